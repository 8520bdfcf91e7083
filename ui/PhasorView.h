#pragma once

#include "PhasorDiagram.h"

#include <QColor>
#include <QWidget>

namespace iotpro::ui {

/// Draws a PhasorDiagram: the expected sector of each current shaded, voltages in black,
/// currents in blue, a current out of place in the alarm colour, dashed, with a warning glyph
/// and a label that says what is wrong. Painter only; repaints only when the diagram changes.
class PhasorView : public QWidget
{
    Q_OBJECT

public:
    /// Red that stays red in sunlight and reads against white; never used for anything else.
    static constexpr QColor kAlarmColor { 0xc6, 0x28, 0x28 };

    explicit PhasorView(QWidget* parent = nullptr);

    /// Shows `diagram`; an empty diagram shows the placeholder text.
    void setDiagram(const PhasorDiagram& diagram);
    const PhasorDiagram& diagram() const { return m_diagram; }
    /// Shown while the diagram is empty.
    void setPlaceholderText(const QString& text);

    /// Where a phasor at `angleDeg` with `share` of the full radius ends, in widget coordinates.
    QPointF pointAt(double angleDeg, double share) const;
    /// The radius of the current scale as a share of the full radius (voltages use the full one).
    static constexpr double kCurrentScale = 0.62;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// The radius of a full-length voltage, leaving room for labels.
    double fullRadius() const;
    void paintGrid(QPainter& painter) const;
    void paintSectors(QPainter& painter) const;
    void paintArrow(QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour,
        qreal width, bool dashed) const;
    void paintLabel(
        QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour, bool alarm) const;
    void paintWarningGlyph(QPainter& painter, QPointF centre, qreal size) const;

    PhasorDiagram m_diagram;
    QString m_placeholder;
};

} // namespace iotpro::ui
