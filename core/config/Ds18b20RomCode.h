#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

/// The 64-bit ROM code of a DS18B20 (Maxim DS18B20 datasheet), written as 16 hex digits in
/// the order the bus sends the bytes: family code 0x28 first, 48-bit serial number, CRC last.
namespace iotpro::config::ds18b20 {

inline constexpr quint8 FamilyCode = 0x28;

/// CRC-8/MAXIM, the 1-Wire CRC: polynomial x^8 + x^5 + x^4 + 1 reflected (0x8C), initial value 0,
/// no final XOR. The CRC over all 8 ROM bytes of a valid code is 0.
quint8 crc8(QByteArrayView bytes);

enum class RomCodeCheck {
    Valid,
    NotHex, ///< not exactly 16 hex digits
    WrongFamily, ///< a 1-Wire device, but not a DS18B20
    BadCrc, ///< a typo, or a misread code
};

RomCodeCheck check(const QString& romCode);

} // namespace iotpro::config::ds18b20
