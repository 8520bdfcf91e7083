#include "ModbusWorker.h"

namespace iotpro::modbus {

void ModbusWorker::finish(quint64 id, std::optional<Error> error, RegisterValues values)
{
    Q_EMIT finished(id, ModbusOutcome { std::move(error), std::move(values), m_link.stats() });
}

void ModbusWorker::open(quint64 id, const ModbusAddress& address, const ModbusTiming& timing)
{
    const Result<void> opened = m_link.open(address, timing);
    finish(id, opened ? std::nullopt : std::optional(opened.error()));
}

void ModbusWorker::read(quint64 id, const ModbusReadRequest& request)
{
    Result<RegisterValues> values = m_link.read(request);
    if (!values)
        return finish(id, values.error());
    finish(id, std::nullopt, std::move(values).value());
}

void ModbusWorker::write(quint64 id, const ModbusWriteRequest& request)
{
    const Result<void> written = m_link.write(request);
    finish(id, written ? std::nullopt : std::optional(written.error()));
}

} // namespace iotpro::modbus
