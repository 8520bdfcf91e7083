#include "BenchPointModel.h"

#include "calibration/PointResultJson.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace iotpro::ui {

using namespace calibration;

BenchPointModel::BenchPointModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BenchPointModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void BenchPointModel::pointStarted(RunStage stage, const TestPoint& point)
{
    const auto row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({ stage, point, std::nullopt });
    endInsertRows();
}

void BenchPointModel::pointFinished(RunStage stage, const PointResult& result)
{
    for (auto row = m_rows.size() - 1; row >= 0; --row) {
        Row& entry = m_rows[row];
        if (entry.stage == stage && entry.point.id == result.point.id && !entry.result) {
            entry.result = result;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return;
        }
    }
}

int BenchPointModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchPointModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchPointModel::display(const Row& row, int column) const
{
    const QLocale locale;
    const TestPoint& p = row.point;
    const bool accuracy = p.kind == PointKind::Accuracy;
    switch (column) {
    case RunColumn:
        return row.stage == RunStage::AsFound ? tr("As found") : tr("As left");
    case PointColumn:
        return p.id;
    case TestColumn: {
        const QString load = p.element == 0 ? tr("balanced") : tr("element %1").arg(p.element);
        switch (p.kind) {
        case PointKind::Accuracy:
            return tr("%1 % In, %2, %3").arg(locale.toString(p.currentPct, 'g', 4), p.powerFactorText(), load);
        case PointKind::StartingCurrent:
            return tr("starting current, %1 % In").arg(locale.toString(p.currentPct, 'g', 4));
        case PointKind::NoLoad:
            return tr("no load, %1 % Un").arg(locale.toString(p.voltagePct, 'g', 4));
        }
        return {};
    }
    case ErrorColumn:
        if (!row.result)
            return {};
        return accuracy ? locale.toString(row.result->errorPct, 'f', 3)
                        : tr("%1 Wh").arg(locale.toString(row.result->moduleEnergyWh, 'f', 0));
    case LimitColumn:
        return row.result && accuracy ? tr("±%1").arg(locale.toString(row.result->limitPct, 'f', 2)) : QVariant();
    case VerdictColumn:
        return row.result ? CertificateTexts::verdict(row.result->verdict) : tr("running…");
    }
    return {};
}

QVariant BenchPointModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case VerdictCodeRole:
        return row.result ? verdictCode(row.result->verdict) : QString();
    case Qt::TextAlignmentRole:
        return index.column() == ErrorColumn || index.column() == LimitColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::BackgroundRole:
        // The verdict's word says it; the tint only helps the eye find the failed rows.
        if (index.column() == VerdictColumn && row.result)
            return QBrush(row.result->passed() ? QColor(0xd7, 0xf0, 0xdb) : QColor(0xf8, 0xd4, 0xd4));
        return {};
    default:
        return {};
    }
}

QVariant BenchPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunColumn:
        return tr("Run");
    case PointColumn:
        return tr("Point");
    case TestColumn:
        return tr("Test");
    case ErrorColumn:
        return tr("Error %");
    case LimitColumn:
        return tr("Limit %");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

} // namespace iotpro::ui
