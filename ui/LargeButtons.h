#pragma once

class QAbstractButton;

namespace iotpro::ui {

/// Gives a button a large target: the app is used standing at a switchboard, often with gloves.
void makeLargeTarget(QAbstractButton& button);

} // namespace iotpro::ui
