#pragma once

#include "PhasorDiagram.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace iotpro::graphics {

/// Draws a PhasorDiagram with a QPainter, on a screen or on paper: the expected sector of each
/// current shaded, voltages in black, currents in blue, a current out of place in the alarm
/// colour, dashed, with a warning glyph and a label that says what is wrong. The live view's
/// widget and the commissioning report's PDF both draw through it, so they show the same picture.
class PhasorPainter
{
public:
    /// Red that stays red in sunlight and reads against white; never used for anything else.
    static constexpr QColor kAlarmColor { 0xc6, 0x28, 0x28 };
    /// The radius of the current scale as a share of the full radius (voltages use the full one).
    static constexpr double kCurrentScale = 0.62;

    /// Draws into `area` (centred in it, leaving room for the labels). `unit` is the size of one
    /// screen pixel of the design in the painter's units: 1 on a screen, the resolution / 96 on
    /// paper; line widths and label padding scale with it.
    explicit PhasorPainter(const QRectF& area, qreal unit = 1.0);

    /// Paints `diagram`; labels use the painter's font.
    void paint(QPainter& painter, const PhasorDiagram& diagram) const;

    /// Where a phasor at `angleDeg` with `share` of the full radius ends.
    QPointF pointAt(double angleDeg, double share) const;

private:
    /// The radius of a full-length voltage, leaving room for labels.
    double fullRadius() const;
    void paintGrid(QPainter& painter) const;
    void paintSectors(QPainter& painter, const PhasorDiagram& diagram) const;
    void paintArrow(QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour,
        qreal width, bool dashed) const;
    void paintLabel(
        QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour, bool alarm) const;
    void paintWarningGlyph(QPainter& painter, QPointF centre, qreal size) const;

    QRectF m_area;
    qreal m_unit;
};

} // namespace iotpro::graphics
