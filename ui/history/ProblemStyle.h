#pragma once

#include <QString>

namespace iotpro::ui {

/// How the job history tab shows a problem inline (a history that cannot be read, a refused job
/// pack): dark text on light red inside a red border; the text itself says what is wrong.
inline QString problemStyleSheet()
{
    return QStringLiteral(
        "background: #fde7e4; color: #1a1a1a; border: 1px solid #b3261e; border-radius: 4px; padding: 8px;");
}

} // namespace iotpro::ui
