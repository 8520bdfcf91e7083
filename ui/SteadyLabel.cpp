#include "SteadyLabel.h"

namespace iotpro::ui {

void SteadyLabel::setSteadyText(const QString& text)
{
    if (text == this->text())
        return;
    setText(text);
    const QSize needed = sizeHint();
    if (minimumSize() == maximumSize() && needed.width() <= width() && needed.height() <= height())
        return;
    setFixedSize(needed.expandedTo(minimumSize()));
}

void SteadyLabel::releaseSize()
{
    setMinimumSize(0, 0);
    setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}

} // namespace iotpro::ui
