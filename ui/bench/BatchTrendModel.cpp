#include "BatchTrendModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace iotpro::ui {

BatchTrendModel::BatchTrendModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BatchTrendModel::setTrends(const storage::BatchTrends& trends)
{
    beginResetModel();
    m_trends = trends;
    endResetModel();
}

int BatchTrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_trends.points.size());
}

int BatchTrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTrendModel::display(const storage::PointTrend& point, int column) const
{
    const QLocale locale;
    switch (column) {
    case PointColumn:
        return point.pointId;
    case LimitColumn:
        return tr("±%1").arg(locale.toString(point.limitPct, 'f', 2));
    case ModulesColumn:
        return locale.toString(point.modules.size());
    case MeanColumn:
        return locale.toString(point.meanErrorPct, 'f', 3);
    case MaxColumn:
        return locale.toString(point.maxAbsErrorPct, 'f', 3);
    case TrendColumn:
        return point.modules.size() < storage::kTrendMinimumModules
            ? QVariant()
            : QVariant(tr("%1 per module").arg(locale.toString(point.absErrorSlopePct, 'f', 3)));
    case StatusColumn: {
        const bool anyFailed = std::any_of(point.modules.cbegin(), point.modules.cend(),
            [](const storage::ModulePointError& module) { return !module.passed; });
        if (point.driftingTowardLimit)
            return tr("drifting toward the limit");
        return anyFailed ? tr("failures") : tr("steady");
    }
    }
    return {};
}

QVariant BatchTrendModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_trends.points.size())
        return {};
    const storage::PointTrend& point = m_trends.points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(point, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == PointColumn || index.column() == StatusColumn
            ? QVariant()
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // The status word says it; the tint finds the row.
        return index.column() == StatusColumn && point.driftingTowardLimit ? QBrush(QColor(0xfb, 0xe3, 0x9c)) : QVariant();
    default:
        return {};
    }
}

QVariant BatchTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PointColumn:
        return tr("Point");
    case LimitColumn:
        return tr("Limit %");
    case ModulesColumn:
        return tr("Modules");
    case MeanColumn:
        return tr("Mean error %");
    case MaxColumn:
        return tr("Largest |error| %");
    case TrendColumn:
        return tr("Trend of |error| %");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace iotpro::ui
