#pragma once

#include "storage/BatchTrends.h"

#include <QWidget>

namespace iotpro::ui {

/// A batch's error trends, one small chart per accuracy point: each module's error in test order
/// joined by a line, the class limit as two heavy dashed lines, zero as a thin one. A failed
/// module is a cross, a passed one a dot; a point drifting toward its limit says so in words
/// above its chart. Painted with QPainter in high contrast (black on white, limits dark red).
class BatchTrendChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCellWidth = 300;
    static constexpr int kCellHeight = 190;

    explicit BatchTrendChart(QWidget* parent = nullptr);

    void setTrends(const storage::BatchTrends& trends);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int columns() const;
    void paintPoint(QPainter& painter, const QRect& cell, const storage::PointTrend& point) const;

    storage::BatchTrends m_trends;
};

} // namespace iotpro::ui
