#pragma once

#include "ModbusLink.h"
#include "ModbusTypes.h"

#include <QObject>

namespace iotpro::modbus {

/// Lives on ModbusClient's worker thread and runs its blocking libmodbus link there. Requests
/// arrive and outcomes leave through queued signals only; data crosses by value.
class ModbusWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public Q_SLOTS:
    void open(quint64 id, const iotpro::modbus::ModbusAddress& address, const iotpro::modbus::ModbusTiming& timing);
    void read(quint64 id, const iotpro::modbus::ModbusReadRequest& request);
    void write(quint64 id, const iotpro::modbus::ModbusWriteRequest& request);

Q_SIGNALS:
    void finished(quint64 id, const iotpro::modbus::ModbusOutcome& outcome);

private:
    void finish(quint64 id, std::optional<Error> error, RegisterValues values = {});

    ModbusLink m_link;
};

} // namespace iotpro::modbus
