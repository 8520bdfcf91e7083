#pragma once

#include "ModbusAddress.h"
#include "RegisterMap.h"
#include "common/Error.h"

#include <QList>

#include <chrono>
#include <optional>

namespace iotpro::modbus {

/// How patiently a client waits: each request gets `responseTimeout`, and is tried again
/// `retries` times after no answer, a damaged reply or a dropped link.
struct ModbusTiming
{
    std::chrono::milliseconds responseTimeout { 500 };
    int retries = 2;

    friend bool operator==(const ModbusTiming&, const ModbusTiming&) = default;
};

/// What happened on a link since it was opened: the figures a technician asks for when a
/// bench misbehaves.
struct ModbusStats
{
    quint64 requests = 0; ///< requests sent, retries included
    quint64 timeouts = 0; ///< requests that got no answer in time
    quint64 crcErrors = 0; ///< replies with a bad CRC (RTU) or a damaged frame (TCP)
    quint64 exceptions = 0; ///< replies carrying an exception code
    quint64 reconnects = 0; ///< the link was lost and opened again

    friend bool operator==(const ModbusStats&, const ModbusStats&) = default;
};

struct ModbusReadRequest
{
    int unitId = 1;
    QList<RegisterDefinition> definitions;
    int maxRegistersPerRead = 80;
    int maxReadGap = 0;
};

/// One value to write; values whose registers follow each other go out in one request
/// (function 16), so a device takes them together.
struct RegisterWrite
{
    RegisterDefinition definition;
    double value = 0.0;
};

struct ModbusWriteRequest
{
    int unitId = 1;
    QList<RegisterWrite> writes;
};

/// The outcome of one request, as the worker thread hands it back.
struct ModbusOutcome
{
    std::optional<Error> error;
    RegisterValues values;
    ModbusStats stats;
};

} // namespace iotpro::modbus
