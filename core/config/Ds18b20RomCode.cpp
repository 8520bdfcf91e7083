#include "Ds18b20RomCode.h"

#include "ValidationText.h"

#include <QByteArray>

namespace iotpro::config::ds18b20 {

quint8 crc8(QByteArrayView bytes)
{
    quint8 crc = 0;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<quint8>((crc >> 1) ^ 0x8C) : static_cast<quint8>(crc >> 1);
    }
    return crc;
}

RomCodeCheck check(const QString& romCode)
{
    if (!isHexDigits(romCode, 16))
        return RomCodeCheck::NotHex;
    const QByteArray bytes = QByteArray::fromHex(romCode.toLatin1());
    if (static_cast<quint8>(bytes.front()) != FamilyCode)
        return RomCodeCheck::WrongFamily;
    return crc8(bytes) == 0 ? RomCodeCheck::Valid : RomCodeCheck::BadCrc;
}

} // namespace iotpro::config::ds18b20
