#pragma once

#include <QList>
#include <QtGlobal>

#include <span>

namespace iotpro::modbus {

/// How a 32-bit value is split over two 16-bit registers. Within a register the bytes are
/// always big-endian, as Modbus sends them; only the order of the two words varies by device.
enum class WordOrder {
    HighFirst, ///< the register at the lower address holds the high word (SDM630 default)
    LowFirst, ///< the register at the lower address holds the low word ("swapped")
};

enum class ValueType { Float32, Int32, Uint32, Uint16 };

/// Registers a value of `type` occupies: 2 for 32-bit types, 1 for Uint16.
int registerCount(ValueType type);

/// The value in `words` (registerCount(type) of them, in address order). We assemble the bits
/// ourselves instead of using libmodbus's modbus_get_float_* helpers: in libmodbus 3.1.6 their
/// names describe the wrong byte order on little-endian hosts.
double decodeRegisters(std::span<const quint16> words, ValueType type, WordOrder order);

/// The registers, in address order, that hold `value` as `type`. A float is rounded to single
/// precision; integers are rounded to the nearest and clamped to the type's range.
QList<quint16> encodeRegisters(double value, ValueType type, WordOrder order);

} // namespace iotpro::modbus
