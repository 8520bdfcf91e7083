#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace iotpro::cobs {

/// Consistent Overhead Byte Stuffing: the output holds no 0x00 byte, so 0x00 can delimit
/// frames on a byte stream. Overhead is one byte per started block of 254 input bytes.
QByteArray encode(QByteArrayView data);

/// Inverse of encode() for one frame without its 0x00 delimiter; nullopt when the input is
/// not valid COBS (a zero byte, or a code byte that points past the end).
std::optional<QByteArray> decode(QByteArrayView encoded);

/// Largest encoded size for an input of `size` bytes (without the delimiter).
constexpr qsizetype maxEncodedSize(qsizetype size)
{
    return size + size / 254 + 1;
}

} // namespace iotpro::cobs
