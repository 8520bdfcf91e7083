#pragma once

#include "config/DeviceConfig.h"
#include "device/IoState.h"

#include <QAbstractTableModel>
#include <QHash>

namespace iotpro::ui {

/// The DS18B20 sensors of one digital input: ROM code, the name the technician gives it
/// (editable), and its temperature as last read. Changes to the list come back through
/// sensorsEdited(); the temperatures only decorate.
class Ds18b20SensorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RomCodeColumn, NameColumn, TemperatureColumn, ColumnCount };

    explicit Ds18b20SensorModel(QObject* parent = nullptr);

    const QList<config::Ds18b20Sensor>& sensors() const { return m_sensors; }
    /// The list as the configuration holds it now.
    void setSensors(const QList<config::Ds18b20Sensor>& sensors);
    /// Temperatures as the module last read them; sensors not among them show none.
    void setReadings(const QList<Ds18b20Reading>& readings);
    /// The row of `romCode`, or -1.
    int rowOf(const QString& romCode) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user renamed a sensor: the whole list as it should be now.
    void sensorsEdited(const QList<iotpro::config::Ds18b20Sensor>& sensors);

private:
    QList<config::Ds18b20Sensor> m_sensors;
    QHash<QString, Ds18b20Reading> m_readings; ///< by upper-case ROM code
};

} // namespace iotpro::ui
