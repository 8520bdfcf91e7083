#include "LiveReadingsModel.h"

#include "graphics/PhasorDiagram.h"

#include <QLocale>
#include <cmath>

namespace iotpro::ui {

LiveReadingsModel::LiveReadingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void LiveReadingsModel::setSnapshot(const LiveSnapshot& snapshot)
{
    const bool sameShape = m_snapshot && m_snapshot->elements.size() == snapshot.elements.size()
        && m_snapshot->setup.wiring == snapshot.setup.wiring;
    if (!sameShape) {
        beginResetModel();
        m_snapshot = snapshot;
        endResetModel();
        return;
    }
    m_snapshot = snapshot;
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, ValueRole });
}

void LiveReadingsModel::clear()
{
    if (!m_snapshot)
        return;
    beginResetModel();
    m_snapshot.reset();
    endResetModel();
}

void LiveReadingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

int LiveReadingsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_snapshot || m_snapshot->elements.isEmpty())
        return 0;
    return int(m_snapshot->elements.size()) + 1;
}

int LiveReadingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LiveReadingsModel::isTotalsRow(int row) const
{
    return row == rowCount() - 1;
}

QVariant LiveReadingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const std::optional<double> number = value(index.row(), index.column());
        return number ? QLocale().toString(*number, 'f', decimals(index.column())) : QString();
    }
    case ValueRole: {
        const std::optional<double> number = value(index.row(), index.column());
        return number ? QVariant(*number) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

std::optional<double> LiveReadingsModel::value(int row, int column) const
{
    return isTotalsRow(row) ? totalValue(column) : elementValue(row, column);
}

std::optional<double> LiveReadingsModel::elementValue(int element, int column) const
{
    const LiveElement& e = m_snapshot->elements[element];
    switch (column) {
    case Voltage:
        return e.voltage;
    case Current:
        return e.current;
    case RatingShare: {
        const double rating = m_snapshot->setup.ctPrimaryA.value(element);
        if (rating <= 0.0)
            return std::nullopt; // not reported: no share to show
        return 100.0 * e.current / rating;
    }
    case ActivePower:
        return e.activePower / 1000.0;
    case ReactivePower:
        return e.reactivePower / 1000.0;
    case ApparentPower:
        return e.apparentPower / 1000.0;
    case PowerFactor:
        return e.powerFactor;
    case Angle:
        return e.viAngle;
    case ThdVoltage:
        return e.thdVoltage;
    case ThdCurrent:
        return e.thdCurrent;
    }
    return std::nullopt;
}

std::optional<double> LiveReadingsModel::totalValue(int column) const
{
    double active = 0.0;
    double reactive = 0.0;
    double apparent = 0.0;
    for (const LiveElement& e : m_snapshot->elements) {
        active += e.activePower;
        reactive += e.reactivePower;
        apparent += e.apparentPower;
    }
    switch (column) {
    case ActivePower:
        return active / 1000.0;
    case ReactivePower:
        return reactive / 1000.0;
    case ApparentPower:
        // The arithmetic sum, as the metering engine totals it.
        return apparent / 1000.0;
    case PowerFactor:
        if (apparent <= 0.0)
            return std::nullopt;
        return std::abs(active) / apparent;
    default:
        // Voltages, currents, angles and distortion do not add up.
        return std::nullopt;
    }
}

int LiveReadingsModel::decimals(int column)
{
    switch (column) {
    case Current:
    case ActivePower:
    case ReactivePower:
    case ApparentPower:
    case PowerFactor:
        return 2;
    case RatingShare:
        return 0;
    default:
        return 1;
    }
}

QVariant LiveReadingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= ColumnCount)
            return {};
        if (role == Qt::DisplayRole)
            return columnName(section);
        if (role == Qt::ToolTipRole)
            return columnToolTip(section);
        return {};
    }
    if (section < 0 || section >= rowCount() || role != Qt::DisplayRole)
        return {};
    return rowName(section);
}

QString LiveReadingsModel::rowName(int row) const
{
    if (isTotalsRow(row))
        return tr("Total");
    const electrical::Wiring wiring = m_snapshot->setup.wiring;
    const int element = row + 1;
    const QString phase = tr("L%1").arg(electrical::declaredPhase(wiring, element));
    // In 3P3W the voltage of an element is a line-to-line one: say which.
    if (wiring == electrical::Wiring::ThreePhaseThreeWire)
        return tr("%1 (%2)", "phase (voltage name)").arg(phase, graphics::voltageName(wiring, element));
    return phase;
}

QString LiveReadingsModel::columnName(int column)
{
    // The unit on a second line: the columns stay narrow enough for the whole table to fit.
    switch (column) {
    case Voltage:
        return tr("V\n(V)");
    case Current:
        return tr("I\n(A)");
    case RatingShare:
        return tr("CT load\n(%)");
    case ActivePower:
        return tr("P\n(kW)");
    case ReactivePower:
        return tr("Q\n(kvar)");
    case ApparentPower:
        return tr("S\n(kVA)");
    case PowerFactor:
        return tr("PF");
    case Angle:
        return tr("Angle\n(°)");
    case ThdVoltage:
        return tr("THD-V\n(%)");
    case ThdCurrent:
        return tr("THD-I\n(%)");
    }
    return {};
}

QString LiveReadingsModel::columnToolTip(int column)
{
    switch (column) {
    case Voltage:
        return tr("RMS voltage: line to neutral in 3P4W and 1P, line to line in 3P3W.");
    case Current:
        return tr("RMS current in primary amperes, after the CT ratio.");
    case RatingShare:
        return tr("Current as a share of the CT's rated primary current.");
    case ActivePower:
        return tr("Active power; negative means power flows back to the supply.");
    case ReactivePower:
        return tr("Reactive power; positive means inductive (lagging).");
    case ApparentPower:
        return tr("Apparent power.");
    case PowerFactor:
        return tr("Power factor |P| / S, without sign: the angle column tells lagging from leading.");
    case Angle:
        return tr("How far the current lags its voltage; negative means leading.");
    case ThdVoltage:
        return tr("Total harmonic distortion of the voltage.");
    case ThdCurrent:
        return tr("Total harmonic distortion of the current.");
    }
    return {};
}

} // namespace iotpro::ui
