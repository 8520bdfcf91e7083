#pragma once

#include "storage/BatchTrends.h"

#include <QAbstractTableModel>

namespace iotpro::ui {

/// A batch's accuracy points as a table: limit, how many modules, mean and largest error, the
/// trend of |error| across the modules and whether it is heading for the limit.
class BatchTrendModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PointColumn, LimitColumn, ModulesColumn, MeanColumn, MaxColumn, TrendColumn, StatusColumn, ColumnCount };
    explicit BatchTrendModel(QObject* parent = nullptr);

    void setTrends(const storage::BatchTrends& trends);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::PointTrend& point, int column) const;

    storage::BatchTrends m_trends;
};

} // namespace iotpro::ui
