#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace iotpro::modbus {

/// Where a Modbus device is reached, in the project's one address syntax:
/// `modbus-tcp:HOST:PORT[:UNIT]` or `modbus-rtu:DEVICE:BAUD:FRAME[:UNIT]` with FRAME as data bits,
/// parity and stop bits, e.g. `modbus-rtu:/dev/ttyUSB0:9600:8N1:1`. Without a unit id the
/// register profile's default applies.
struct ModbusAddress
{
    enum class Kind { Tcp, Rtu };

    Kind kind = Kind::Tcp;
    QString host; ///< TCP
    quint16 port = 0; ///< TCP
    QString device; ///< RTU: the serial port's path
    int baud = 9600; ///< RTU
    char parity = 'N'; ///< RTU: 'N', 'E' or 'O'
    int dataBits = 8; ///< RTU: 7 or 8
    int stopBits = 1; ///< RTU: 1 or 2
    std::optional<int> unitId; ///< 1 to 247

    static Result<ModbusAddress> parse(const QString& text);
    QString toString() const;

    friend bool operator==(const ModbusAddress&, const ModbusAddress&) = default;
};

} // namespace iotpro::modbus
