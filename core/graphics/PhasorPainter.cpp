#include "PhasorPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace iotpro::graphics {

namespace {

// Dark on white, thick lines: readable in sunlight on a laptop at arm's length, and in print.
constexpr QColor kWhite { 0xff, 0xff, 0xff };
constexpr QColor kGrid { 0xc4, 0xc4, 0xc4 };
constexpr QColor kVoltage { 0x1a, 0x1a, 0x1a };
constexpr QColor kCurrent { 0x0b, 0x4f, 0xa8 };
constexpr QColor kUnjudged { 0x75, 0x75, 0x75 };
constexpr QColor kExporting { 0x8a, 0x4b, 0x00 };
constexpr QColor kSectorFill { 0x0b, 0x4f, 0xa8, 0x38 };
constexpr QColor kSectorEdge { 0x0b, 0x4f, 0xa8, 0x90 };
constexpr QColor kLabelHalo { 0xff, 0xff, 0xff, 0xe0 };

/// Room around the circle for the labels, as a share of the area's side.
constexpr double kLabelMargin = 0.13;
/// The sectors reach a little beyond the longest current.
constexpr double kSectorReach = 1.12;

QPointF direction(double angleDeg)
{
    const double radians = angleDeg * std::numbers::pi / 180.0;
    return { std::cos(radians), -std::sin(radians) }; // y grows downwards on screen and paper
}

QColor colourOf(PhasorArrow::Status status)
{
    switch (status) {
    case PhasorArrow::Status::Normal:
        return kCurrent;
    case PhasorArrow::Status::Unjudged:
        return kUnjudged;
    case PhasorArrow::Status::Exporting:
        return kExporting;
    case PhasorArrow::Status::Alarm:
        return PhasorPainter::kAlarmColor;
    }
    return kCurrent;
}

} // namespace

PhasorPainter::PhasorPainter(const QRectF& area, qreal unit)
    : m_area(area)
    , m_unit(unit)
{ }

double PhasorPainter::fullRadius() const
{
    const double side = std::min(m_area.width(), m_area.height());
    return std::max(side * (0.5 - kLabelMargin), 1.0);
}

QPointF PhasorPainter::pointAt(double angleDeg, double share) const
{
    return m_area.center() + direction(angleDeg) * (fullRadius() * share);
}

void PhasorPainter::paint(QPainter& painter, const PhasorDiagram& diagram) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintGrid(painter);
    paintSectors(painter, diagram);
    for (const PhasorArrow& voltage : diagram.voltages)
        paintArrow(painter, voltage, 1.0, kVoltage, 3.0 * m_unit, false);
    // Alarms last: on top of everything they might cross.
    for (const bool alarms : { false, true }) {
        for (const PhasorArrow& current : diagram.currents) {
            const bool alarm = current.status == PhasorArrow::Status::Alarm;
            if (alarm != alarms)
                continue;
            const qreal width = current.status == PhasorArrow::Status::Unjudged ? 3.0 : 4.0;
            paintArrow(painter, current, kCurrentScale, colourOf(current.status), width * m_unit, alarm);
        }
    }
    for (const PhasorArrow& voltage : diagram.voltages)
        paintLabel(painter, voltage, 1.0, kVoltage, false);
    for (const PhasorArrow& current : diagram.currents) {
        paintLabel(painter, current, kCurrentScale, colourOf(current.status),
            current.status == PhasorArrow::Status::Alarm);
    }
    painter.restore();
}

void PhasorPainter::paintGrid(QPainter& painter) const
{
    const QPointF centre = m_area.center();
    const double radius = fullRadius();
    painter.setPen(QPen(kGrid, m_unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius, radius);
    painter.drawLine(centre - QPointF(radius, 0), centre + QPointF(radius, 0));
    painter.drawLine(centre - QPointF(0, radius), centre + QPointF(0, radius));
}

void PhasorPainter::paintSectors(QPainter& painter, const PhasorDiagram& diagram) const
{
    const QPointF centre = m_area.center();
    const double radius = fullRadius() * kCurrentScale * kSectorReach;
    const QRectF box(centre - QPointF(radius, radius), centre + QPointF(radius, radius));
    painter.setPen(QPen(kSectorEdge, m_unit));
    painter.setBrush(kSectorFill);
    for (const ExpectedSector& sector : diagram.sectors) {
        // Qt's pie angles run counter-clockwise from 3 o'clock in 1/16 degree, as ours do.
        painter.drawPie(box, int(std::lround(sector.startDeg * 16)), int(std::lround(sector.spanDeg * 16)));
    }
}

void PhasorPainter::paintArrow(QPainter& painter, const PhasorArrow& arrow, double scale,
    const QColor& colour, qreal width, bool dashed) const
{
    if (arrow.length <= 0.0)
        return;
    const QPointF centre = m_area.center();
    const QPointF tip = pointAt(arrow.angleDeg, arrow.length * scale);
    const QPointF along = direction(arrow.angleDeg);
    const QPointF across(-along.y(), along.x());
    const qreal head = std::max(width * 3.5, 10.0 * m_unit);
    const QPointF headBase = tip - along * head;

    QPen pen(colour, width, Qt::SolidLine, Qt::FlatCap);
    if (dashed)
        pen.setDashPattern({ 2.5, 1.5 });
    painter.setPen(pen);
    painter.drawLine(centre, headBase);

    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QPointF headPoints[]
        = { tip, headBase + across * (head * 0.45), headBase - across * (head * 0.45) };
    painter.drawPolygon(headPoints, 3);
}

void PhasorPainter::paintLabel(
    QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour, bool alarm) const
{
    if (arrow.length <= 0.0 || arrow.label.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal glyph = alarm ? metrics.height() : 0.0;
    const qreal padding = 3.0 * m_unit;
    const QSizeF size(metrics.horizontalAdvance(arrow.label) + glyph + (alarm ? padding : 0.0) + 2 * padding,
        metrics.height() + 2 * padding);
    // Beyond the tip, pushed outwards by half the label so that it never covers its own arrow.
    const QPointF along = direction(arrow.angleDeg);
    const QPointF anchor = pointAt(arrow.angleDeg, arrow.length * scale) + along * (metrics.height() * 0.6);
    QRectF box(QPointF(), size);
    box.moveCenter(anchor + QPointF(along.x() * size.width() / 2, along.y() * size.height() / 2));
    // Inside the area, whatever the angle.
    const QRectF bounds = m_area.adjusted(2 * m_unit, 2 * m_unit, -2 * m_unit, -2 * m_unit);
    box.moveLeft(
        std::clamp(box.left(), bounds.left(), std::max(bounds.left(), bounds.right() - box.width())));
    box.moveTop(std::clamp(box.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - box.height())));

    painter.setPen(alarm ? QPen(kAlarmColor, 2.0 * m_unit) : QPen(Qt::NoPen));
    painter.setBrush(kLabelHalo);
    painter.drawRoundedRect(box, 4 * m_unit, 4 * m_unit);
    QRectF text = box.adjusted(padding, padding, -padding, -padding);
    if (alarm) {
        paintWarningGlyph(painter, QPointF(text.left() + glyph / 2, text.center().y()), glyph);
        text.setLeft(text.left() + glyph + padding);
    }
    painter.setPen(colour);
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, arrow.label);
}

void PhasorPainter::paintWarningGlyph(QPainter& painter, QPointF centre, qreal size) const
{
    const qreal half = size / 2;
    const QPointF triangle[] = { centre + QPointF(0, -half), centre + QPointF(half, half * 0.85),
        centre + QPointF(-half, half * 0.85) };
    painter.setPen(Qt::NoPen);
    painter.setBrush(kAlarmColor);
    painter.drawPolygon(triangle, 3);
    painter.setPen(QPen(kWhite, std::max(size / 8, 1.5 * m_unit), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(centre + QPointF(0, -half * 0.35), centre + QPointF(0, half * 0.3));
    painter.drawPoint(centre + QPointF(0, half * 0.6));
}

} // namespace iotpro::graphics
