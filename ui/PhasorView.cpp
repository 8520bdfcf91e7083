#include "PhasorView.h"

#include <QPainter>
#include <algorithm>

namespace iotpro::ui {

namespace {

constexpr QColor kBackground { 0xff, 0xff, 0xff };
constexpr QColor kPlaceholder { 0x44, 0x44, 0x44 };

} // namespace

PhasorView::PhasorView(QWidget* parent)
    : QWidget(parent)
{
    // Everything is painted on every paint: no background erase, no flicker.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PhasorView::setDiagram(const graphics::PhasorDiagram& diagram)
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

QPointF PhasorView::pointAt(double angleDeg, double share) const
{
    return graphics::PhasorPainter(rect()).pointAt(angleDeg, share);
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
    graphics::PhasorPainter(rect()).paint(painter, m_diagram);
}

} // namespace iotpro::ui
