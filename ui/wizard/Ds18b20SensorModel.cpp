#include "Ds18b20SensorModel.h"

#include <QLocale>

namespace iotpro::ui {

Ds18b20SensorModel::Ds18b20SensorModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void Ds18b20SensorModel::setSensors(const QList<config::Ds18b20Sensor>& sensors)
{
    if (sensors == m_sensors)
        return;
    if (sensors.size() == m_sensors.size()) {
        // Same rows: a renamed sensor must not lose the editor's place.
        m_sensors = sensors;
        if (!m_sensors.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sensors = sensors;
    endResetModel();
}

void Ds18b20SensorModel::setReadings(const QList<Ds18b20Reading>& readings)
{
    m_readings.clear();
    for (const Ds18b20Reading& reading : readings)
        m_readings.insert(reading.romCode.toUpper(), reading);
    if (!m_sensors.isEmpty())
        Q_EMIT dataChanged(index(0, TemperatureColumn), index(rowCount() - 1, TemperatureColumn));
}

int Ds18b20SensorModel::rowOf(const QString& romCode) const
{
    for (qsizetype row = 0; row < m_sensors.size(); ++row) {
        if (m_sensors[row].romCode.compare(romCode, Qt::CaseInsensitive) == 0)
            return static_cast<int>(row);
    }
    return -1;
}

int Ds18b20SensorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sensors.size());
}

int Ds18b20SensorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant Ds18b20SensorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const config::Ds18b20Sensor& sensor = m_sensors[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RomCodeColumn:
        return sensor.romCode;
    case NameColumn:
        return sensor.name;
    case TemperatureColumn: {
        if (role == Qt::EditRole)
            return {};
        const auto reading = m_readings.constFind(sensor.romCode.toUpper());
        if (reading == m_readings.cend())
            return tr("—");
        if (!reading->present)
            return tr("not answering");
        return tr("%1 °C").arg(QLocale().toString(reading->temperatureC, 'f', 1));
    }
    default:
        return {};
    }
}

bool Ds18b20SensorModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    if (name == m_sensors[index.row()].name)
        return true;
    m_sensors[index.row()].name = name;
    Q_EMIT dataChanged(index, index);
    Q_EMIT sensorsEdited(m_sensors);
    return true;
}

Qt::ItemFlags Ds18b20SensorModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant Ds18b20SensorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RomCodeColumn:
        return tr("ROM code");
    case NameColumn:
        return tr("Name (what it measures)");
    case TemperatureColumn:
        return tr("Now");
    default:
        return {};
    }
}

} // namespace iotpro::ui
