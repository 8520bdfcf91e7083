#pragma once

#include "ModbusTypes.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

struct _modbus;

namespace iotpro::modbus {

/// One libmodbus connection, used from one thread only: every call blocks until the device
/// answers, times out or the retries are spent. ModbusWorker runs it on a worker thread.
class ModbusLink
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::modbus::ModbusLink)

public:
    ModbusLink();
    ~ModbusLink();

    ModbusLink(const ModbusLink&) = delete;
    ModbusLink& operator=(const ModbusLink&) = delete;

    /// Opens the serial port or connects the socket.
    Result<void> open(const ModbusAddress& address, const ModbusTiming& timing);
    void close();
    bool isOpen() const { return m_context != nullptr; }

    Result<RegisterValues> read(const ModbusReadRequest& request);
    Result<void> write(const ModbusWriteRequest& request);

    const ModbusStats& stats() const { return m_stats; }

private:
    struct ContextDeleter
    {
        void operator()(_modbus* context) const;
    };

    /// Runs `call` (a libmodbus request returning < 0 on failure) for `unitId`, retrying what
    /// may pass on a second try; `what` describes the request in errors ("reading 4 input
    /// registers from 0x0034").
    Result<void> transact(int unitId, const QString& what, const std::function<int(_modbus*)>& call);
    /// The error for libmodbus's errno `code`; counts it in the statistics.
    Error classify(int code, int unitId, const QString& what);
    bool reconnect();

    std::unique_ptr<_modbus, ContextDeleter> m_context;
    ModbusAddress m_address;
    ModbusTiming m_timing;
    ModbusStats m_stats;
};

} // namespace iotpro::modbus
