#include "CtDirectionPicture.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace iotpro::ui {

namespace {

constexpr QColor kBackground { 0xff, 0xff, 0xff };
constexpr QColor kInk { 0x1a, 0x1a, 0x1a };
constexpr QColor kConductor { 0x5a, 0x5a, 0x5a };
constexpr QColor kCtBody { 0x10, 0x24, 0x3a };
constexpr QColor kArrow { 0x1b, 0x5e, 0x20 };
constexpr QColor kFlow { 0x0b, 0x4f, 0xa8 };

/// A filled arrow from `from` to `to` with a head `head` long.
void drawArrow(QPainter& painter, QPointF from, QPointF to, qreal head, const QColor& colour, qreal width)
{
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    const QPointF along = (to - from) / std::hypot(to.x() - from.x(), to.y() - from.y());
    const QPointF across(-along.y(), along.x());
    painter.drawLine(from, to - along * head * 0.8);
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to - along * head + across * head * 0.55);
    tip.lineTo(to - along * head - across * head * 0.55);
    tip.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(tip);
    painter.setBrush(Qt::NoBrush);
}

} // namespace

CtDirectionPicture::CtDirectionPicture(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ctDirectionPicture"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize CtDirectionPicture::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 14 };
}

QSize CtDirectionPicture::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 14 };
}

void CtDirectionPicture::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void CtDirectionPicture::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), kBackground);
    painter.setPen(QPen(kConductor, 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const qreal w = width();
    const qreal margin = line;
    const qreal half = w / 2 - margin - line * 0.5; // room for one side's words
    const qreal conductorY = line * 7.5;
    const QPointF centre(w / 2, conductorY);
    const auto fitted = [&metrics](const QString& text, qreal room) {
        return metrics.elidedText(text, Qt::ElideRight, room);
    };

    QFont bold = font();
    bold.setBold(true);

    // The two ends: words, not only sides.
    painter.setFont(bold);
    painter.setPen(kInk);
    painter.drawText(QRectF(margin, line * 0.6, half, line * 1.2), Qt::AlignLeft | Qt::AlignVCenter, tr("SUPPLY"));
    painter.drawText(QRectF(w - margin - half, line * 0.6, half, line * 1.2), Qt::AlignRight | Qt::AlignVCenter,
        tr("LOAD"));
    painter.setFont(font());
    painter.drawText(QRectF(margin, line * 1.7, half, line * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
        fitted(tr("transformer, main breaker"), half));
    painter.drawText(QRectF(w - margin - half, line * 1.7, half, line * 1.2), Qt::AlignRight | Qt::AlignVCenter,
        fitted(tr("machines, sub-board"), half));

    // The conductor, and the way the current flows along it.
    painter.setPen(QPen(kConductor, line * 0.55, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(margin, conductorY), QPointF(w - margin, conductorY));
    const qreal flowEnd = w / 2 - line * 2.6;
    drawArrow(painter, QPointF(margin, conductorY + line * 1.4), QPointF(flowEnd, conductorY + line * 1.4),
        line * 0.7, kFlow, 2);
    painter.setPen(kFlow);
    painter.drawText(QRectF(margin, conductorY + line * 1.9, flowEnd - margin, line * 1.2),
        Qt::AlignLeft | Qt::AlignVCenter, fitted(tr("current to the load"), flowEnd - margin));

    // The CT: a ring around the conductor, P1 on the supply side, P2 on the load side.
    const QRectF ring(centre.x() - line * 1.6, conductorY - line * 2.4, line * 3.2, line * 4.8);
    painter.setPen(QPen(kCtBody, line * 0.45));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(ring, line * 0.8, line * 0.8);
    painter.setFont(bold);
    painter.setPen(kCtBody);
    painter.drawText(QRectF(ring.left() - line * 2.6, ring.center().y() - line * 1.8, line * 2.3, line * 1.2),
        Qt::AlignRight | Qt::AlignVCenter, tr("P1"));
    painter.drawText(QRectF(ring.right() + line * 0.3, ring.center().y() - line * 1.8, line * 2.3, line * 1.2),
        Qt::AlignLeft | Qt::AlignVCenter, tr("P2"));

    // The arrow on the CT body points to the load; its name above it.
    const qreal arrowY = ring.top() - line * 0.9;
    drawArrow(painter, QPointF(ring.left() - line * 0.6, arrowY), QPointF(ring.right() + line * 0.6, arrowY),
        line * 0.8, kArrow, line * 0.3);
    painter.setPen(kArrow);
    painter.drawText(QRectF(margin, arrowY - line * 1.9, w - 2 * margin, line * 1.2), Qt::AlignHCenter | Qt::AlignVCenter,
        tr("arrow on the CT"));

    // The rule in one sentence.
    painter.setPen(kInk);
    painter.drawText(QRectF(margin, conductorY + line * 3.3, w - 2 * margin, line * 2.6),
        Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap,
        tr("P1 faces the supply; the arrow on the CT points to the load."));
}

} // namespace iotpro::ui
