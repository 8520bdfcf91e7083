#include "LargeButtons.h"

#include <QAbstractButton>

namespace iotpro::ui {

void makeLargeTarget(QAbstractButton& button)
{
    const QFontMetrics metrics = button.fontMetrics();
    button.setMinimumHeight(metrics.height() * 2 + 8);
    button.setMinimumWidth(metrics.averageCharWidth() * 16);
}

} // namespace iotpro::ui
