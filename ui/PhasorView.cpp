#include "PhasorView.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace iotpro::ui {

namespace {

// Dark on white, thick lines: readable in sunlight on a laptop at arm's length.
constexpr QColor kBackground { 0xff, 0xff, 0xff };
constexpr QColor kGrid { 0xc4, 0xc4, 0xc4 };
constexpr QColor kVoltage { 0x1a, 0x1a, 0x1a };
constexpr QColor kCurrent { 0x0b, 0x4f, 0xa8 };
constexpr QColor kUnjudged { 0x75, 0x75, 0x75 };
constexpr QColor kExporting { 0x8a, 0x4b, 0x00 };
constexpr QColor kSectorFill { 0x0b, 0x4f, 0xa8, 0x38 };
constexpr QColor kSectorEdge { 0x0b, 0x4f, 0xa8, 0x90 };
constexpr QColor kLabelHalo { 0xff, 0xff, 0xff, 0xe0 };
constexpr QColor kPlaceholder { 0x44, 0x44, 0x44 };

/// Room around the circle for the labels, as a share of the widget's side.
constexpr double kLabelMargin = 0.13;
/// The sectors reach a little beyond the longest current.
constexpr double kSectorReach = 1.12;

QPointF direction(double angleDeg)
{
    const double radians = angleDeg * std::numbers::pi / 180.0;
    return { std::cos(radians), -std::sin(radians) }; // widget y grows downwards
}

} // namespace

PhasorView::PhasorView(QWidget* parent)
    : QWidget(parent)
{
    // Everything is painted on every paint: no background erase, no flicker.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PhasorView::setDiagram(const PhasorDiagram& diagram)
{
    if (diagram == m_diagram)
        return;
    m_diagram = diagram;
    update();
}

void PhasorView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    if (m_diagram.isEmpty())
        update();
}

QSize PhasorView::sizeHint() const
{
    return { 420, 420 };
}

QSize PhasorView::minimumSizeHint() const
{
    return { 240, 240 };
}

double PhasorView::fullRadius() const
{
    const double side = std::min(width(), height());
    return std::max(side * (0.5 - kLabelMargin), 1.0);
}

QPointF PhasorView::pointAt(double angleDeg, double share) const
{
    return QRectF(rect()).center() + direction(angleDeg) * (fullRadius() * share);
}

void PhasorView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), kBackground);

    QFont font = painter.font();
    font.setBold(true);
    // Labels grow with the diagram, within what stays readable and fits.
    font.setPixelSize(std::clamp(int(std::min(width(), height()) / 26), 12, 22));
    painter.setFont(font);

    if (m_diagram.isEmpty()) {
        painter.setPen(kPlaceholder);
        painter.drawText(
            rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }

    paintGrid(painter);
    paintSectors(painter);
    for (const PhasorArrow& voltage : m_diagram.voltages)
        paintArrow(painter, voltage, 1.0, kVoltage, 3.0, false);
    // Alarms last: on top of everything they might cross.
    for (const bool alarms : { false, true }) {
        for (const PhasorArrow& current : m_diagram.currents) {
            const bool alarm = current.status == PhasorArrow::Status::Alarm;
            if (alarm != alarms)
                continue;
            switch (current.status) {
            case PhasorArrow::Status::Normal:
                paintArrow(painter, current, kCurrentScale, kCurrent, 4.0, false);
                break;
            case PhasorArrow::Status::Unjudged:
                paintArrow(painter, current, kCurrentScale, kUnjudged, 3.0, false);
                break;
            case PhasorArrow::Status::Exporting:
                paintArrow(painter, current, kCurrentScale, kExporting, 4.0, false);
                break;
            case PhasorArrow::Status::Alarm:
                paintArrow(painter, current, kCurrentScale, kAlarmColor, 4.0, true);
                break;
            }
        }
    }
    for (const PhasorArrow& voltage : m_diagram.voltages)
        paintLabel(painter, voltage, 1.0, kVoltage, false);
    for (const PhasorArrow& current : m_diagram.currents) {
        const QColor colour = current.status == PhasorArrow::Status::Alarm ? kAlarmColor
            : current.status == PhasorArrow::Status::Unjudged              ? kUnjudged
            : current.status == PhasorArrow::Status::Exporting             ? kExporting
                                                                           : kCurrent;
        paintLabel(painter, current, kCurrentScale, colour, current.status == PhasorArrow::Status::Alarm);
    }
}

void PhasorView::paintGrid(QPainter& painter) const
{
    const QPointF centre = QRectF(rect()).center();
    const double radius = fullRadius();
    painter.setPen(QPen(kGrid, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius, radius);
    painter.drawLine(centre - QPointF(radius, 0), centre + QPointF(radius, 0));
    painter.drawLine(centre - QPointF(0, radius), centre + QPointF(0, radius));
}

void PhasorView::paintSectors(QPainter& painter) const
{
    const QPointF centre = QRectF(rect()).center();
    const double radius = fullRadius() * kCurrentScale * kSectorReach;
    const QRectF box(centre - QPointF(radius, radius), centre + QPointF(radius, radius));
    painter.setPen(QPen(kSectorEdge, 1.0));
    painter.setBrush(kSectorFill);
    for (const ExpectedSector& sector : m_diagram.sectors) {
        // Qt's pie angles run counter-clockwise from 3 o'clock in 1/16 degree, as ours do.
        painter.drawPie(box, int(std::lround(sector.startDeg * 16)), int(std::lround(sector.spanDeg * 16)));
    }
}

void PhasorView::paintArrow(QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour,
    qreal width, bool dashed) const
{
    if (arrow.length <= 0.0)
        return;
    const QPointF centre = QRectF(rect()).center();
    const QPointF tip = pointAt(arrow.angleDeg, arrow.length * scale);
    const QPointF along = direction(arrow.angleDeg);
    const QPointF across(-along.y(), along.x());
    const qreal head = std::max(width * 3.5, 10.0);
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

void PhasorView::paintLabel(
    QPainter& painter, const PhasorArrow& arrow, double scale, const QColor& colour, bool alarm) const
{
    if (arrow.length <= 0.0 || arrow.label.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    const qreal glyph = alarm ? metrics.height() : 0.0;
    const qreal padding = 3.0;
    const QSizeF size(metrics.horizontalAdvance(arrow.label) + glyph + (alarm ? padding : 0.0) + 2 * padding,
        metrics.height() + 2 * padding);
    // Beyond the tip, pushed outwards by half the label so that it never covers its own arrow.
    const QPointF along = direction(arrow.angleDeg);
    const QPointF anchor = pointAt(arrow.angleDeg, arrow.length * scale) + along * (metrics.height() * 0.6);
    QRectF box(QPointF(), size);
    box.moveCenter(anchor + QPointF(along.x() * size.width() / 2, along.y() * size.height() / 2));
    // Inside the widget, whatever the angle.
    const QRectF bounds = QRectF(rect()).adjusted(2, 2, -2, -2);
    box.moveLeft(
        std::clamp(box.left(), bounds.left(), std::max(bounds.left(), bounds.right() - box.width())));
    box.moveTop(std::clamp(box.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - box.height())));

    painter.setPen(alarm ? QPen(kAlarmColor, 2.0) : Qt::NoPen);
    painter.setBrush(kLabelHalo);
    painter.drawRoundedRect(box, 4, 4);
    QRectF text = box.adjusted(padding, padding, -padding, -padding);
    if (alarm) {
        paintWarningGlyph(painter, QPointF(text.left() + glyph / 2, text.center().y()), glyph);
        text.setLeft(text.left() + glyph + padding);
    }
    painter.setPen(colour);
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, arrow.label);
}

void PhasorView::paintWarningGlyph(QPainter& painter, QPointF centre, qreal size) const
{
    const qreal half = size / 2;
    const QPointF triangle[] = { centre + QPointF(0, -half), centre + QPointF(half, half * 0.85),
        centre + QPointF(-half, half * 0.85) };
    painter.setPen(Qt::NoPen);
    painter.setBrush(kAlarmColor);
    painter.drawPolygon(triangle, 3);
    painter.setPen(QPen(kBackground, std::max(size / 8, 1.5), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(centre + QPointF(0, -half * 0.35), centre + QPointF(0, half * 0.3));
    painter.drawPoint(centre + QPointF(0, half * 0.6));
}

} // namespace iotpro::ui
