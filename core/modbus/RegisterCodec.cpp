#include "RegisterCodec.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace iotpro::modbus {

namespace {

quint32 joinWords(std::span<const quint16> words, WordOrder order)
{
    const quint32 first = words[0];
    const quint32 second = words[1];
    return order == WordOrder::HighFirst ? (first << 16) | second : (second << 16) | first;
}

QList<quint16> splitWords(quint32 bits, WordOrder order)
{
    const auto high = static_cast<quint16>(bits >> 16);
    const auto low = static_cast<quint16>(bits & 0xFFFFu);
    return order == WordOrder::HighFirst ? QList<quint16> { high, low } : QList<quint16> { low, high };
}

template <typename Int>
Int roundClamped(double value)
{
    const double rounded = std::round(value);
    const double clamped = std::clamp(rounded, double(std::numeric_limits<Int>::min()),
        double(std::numeric_limits<Int>::max()));
    return static_cast<Int>(std::isnan(clamped) ? 0.0 : clamped);
}

} // namespace

int registerCount(ValueType type)
{
    return type == ValueType::Uint16 ? 1 : 2;
}

double decodeRegisters(std::span<const quint16> words, ValueType type, WordOrder order)
{
    Q_ASSERT(words.size() >= std::size_t(registerCount(type)));
    switch (type) {
    case ValueType::Float32:
        return double(std::bit_cast<float>(joinWords(words, order)));
    case ValueType::Int32:
        return double(std::bit_cast<qint32>(joinWords(words, order)));
    case ValueType::Uint32:
        return double(joinWords(words, order));
    case ValueType::Uint16:
        return double(words[0]);
    }
    return 0.0;
}

QList<quint16> encodeRegisters(double value, ValueType type, WordOrder order)
{
    switch (type) {
    case ValueType::Float32:
        return splitWords(std::bit_cast<quint32>(static_cast<float>(value)), order);
    case ValueType::Int32:
        return splitWords(std::bit_cast<quint32>(roundClamped<qint32>(value)), order);
    case ValueType::Uint32:
        return splitWords(roundClamped<quint32>(value), order);
    case ValueType::Uint16:
        return { roundClamped<quint16>(value) };
    }
    return {};
}

} // namespace iotpro::modbus
