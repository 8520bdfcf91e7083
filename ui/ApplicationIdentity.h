#pragma once

namespace iotpro::ui {

/// Names the application for QSettings, QStandardPaths and --version. Call right after
/// constructing the (Core)Application.
void setApplicationIdentity();

} // namespace iotpro::ui
