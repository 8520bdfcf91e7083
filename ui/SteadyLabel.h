#pragma once

#include <QLabel>

namespace iotpro::ui {

/// A label for a reading that changes many times a second. A plain QLabel asks its window to
/// lay out again on every new text; this one keeps a fixed size that only grows, so a new
/// value repaints the label alone (Qt skips the layout for fixed-size widgets).
class SteadyLabel : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    void setSteadyText(const QString& text);
    /// Lets the label shrink again, e.g. after the language changed.
    void releaseSize();
};

} // namespace iotpro::ui
