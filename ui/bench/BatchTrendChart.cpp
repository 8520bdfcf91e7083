#include "BatchTrendChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace iotpro::ui {

namespace {

const QColor kInk(0x11, 0x11, 0x11);
const QColor kLimit(0xa0, 0x00, 0x00);
const QColor kSeries(0x0b, 0x3d, 0x91);
const QColor kFailed(0xc6, 0x00, 0x00);
const QColor kGrid(0xb0, 0xb0, 0xb0);

} // namespace

BatchTrendChart::BatchTrendChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"batchTrendChart"_qs);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    setPalette(palette);
}

void BatchTrendChart::setTrends(const storage::BatchTrends& trends)
{
    m_trends = trends;
    setMinimumHeight(kCellHeight * int((m_trends.points.size() + columns() - 1) / columns()));
    update();
}

QSize BatchTrendChart::sizeHint() const
{
    return { kCellWidth * 3, kCellHeight * 2 };
}

int BatchTrendChart::columns() const
{
    return std::max(1, width() / kCellWidth);
}

void BatchTrendChart::resizeEvent(QResizeEvent* event)
{
    // As many charts per row as fit; the height follows so that none is cut.
    setMinimumHeight(kCellHeight * int((m_trends.points.size() + columns() - 1) / columns()));
    QWidget::resizeEvent(event);
}

void BatchTrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_trends.points.isEmpty()) {
        painter.setPen(kInk);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No accuracy results in this batch yet: calibrate a module with a batch name."));
        return;
    }
    const int perRow = columns();
    const int cellWidth = width() / perRow;
    // Taller charts when there is room: a drift is easier to see on a higher scale.
    const auto rows = int((m_trends.points.size() + perRow - 1) / perRow);
    const int cellHeight = std::max(kCellHeight, height() / rows);
    for (qsizetype i = 0; i < m_trends.points.size(); ++i) {
        const QRect cell(int(i % perRow) * cellWidth, int(i / perRow) * cellHeight, cellWidth, cellHeight);
        paintPoint(painter, cell.adjusted(6, 6, -6, -6), m_trends.points.at(i));
    }
}

void BatchTrendChart::paintPoint(QPainter& painter, const QRect& cell, const storage::PointTrend& point) const
{
    const QLocale locale;
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(kInk);
    const int lineHeight = QFontMetrics(titleFont).height();
    painter.drawText(QRect(cell.left(), cell.top(), cell.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 — limit ±%2 %").arg(point.pointId, locale.toString(point.limitPct, 'f', 2)));
    int top = cell.top() + lineHeight;
    if (point.driftingTowardLimit) {
        painter.setPen(kLimit);
        painter.drawText(QRect(cell.left(), top, cell.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
            u"\u26A0 "_qs + tr("drifting toward the limit"));
        top += lineHeight;
    }
    painter.setFont(font());
    const int labelWidth = QFontMetrics(font()).horizontalAdvance(u"+00.00"_qs) + 6;
    // Room below the plot for the first and last module's place in the test order.
    const QRect plot(cell.left() + labelWidth, top + 4, cell.width() - labelWidth - 8, cell.bottom() - top - 8 - lineHeight);
    if (plot.height() < 20 || plot.width() < 20)
        return;

    // Symmetric scale with room above the limit, so that an error beyond it is still drawn.
    const double range = std::max(point.limitPct * 1.3, point.maxAbsErrorPct * 1.1);
    const auto yOf = [&](double value) { return plot.center().y() - value / range * plot.height() / 2.0; };
    const auto n = point.modules.size();
    const auto xOf = [&](qsizetype index) {
        return n == 1 ? double(plot.center().x()) : plot.left() + double(index) * plot.width() / double(n - 1);
    };

    painter.setPen(QPen(kGrid, 1));
    painter.drawRect(plot);
    painter.drawLine(QPointF(plot.left(), yOf(0.0)), QPointF(plot.right(), yOf(0.0)));
    painter.setPen(QPen(kLimit, 2.5, Qt::DashLine));
    for (const double limit : { point.limitPct, -point.limitPct })
        painter.drawLine(QPointF(plot.left(), yOf(limit)), QPointF(plot.right(), yOf(limit)));
    painter.setPen(kInk);
    for (const double value : { point.limitPct, 0.0, -point.limitPct }) {
        const QString text = value > 0 ? u"+"_qs + locale.toString(value, 'f', 2) : locale.toString(value, 'f', 2);
        painter.drawText(QRectF(cell.left(), yOf(value) - lineHeight / 2.0, labelWidth - 4, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, text);
    }

    painter.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), lineHeight), Qt::AlignLeft | Qt::AlignTop,
        tr("module 1"));
    painter.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), lineHeight), Qt::AlignRight | Qt::AlignTop,
        tr("module %1 (test order)").arg(n));

    QPainterPath series;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF at(xOf(i), yOf(point.modules.at(i).errorPct));
        if (i == 0)
            series.moveTo(at);
        else
            series.lineTo(at);
    }
    painter.setPen(QPen(kSeries, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(series);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF at(xOf(i), yOf(point.modules.at(i).errorPct));
        if (point.modules.at(i).passed) {
            painter.setPen(QPen(kSeries, 1));
            painter.setBrush(kSeries);
            painter.drawEllipse(at, 3.5, 3.5);
        } else {
            painter.setPen(QPen(kFailed, 3));
            painter.drawLine(at + QPointF(-5, -5), at + QPointF(5, 5));
            painter.drawLine(at + QPointF(-5, 5), at + QPointF(5, -5));
        }
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace iotpro::ui
