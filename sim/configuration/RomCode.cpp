#include "RomCode.h"

#include "configuration/ConfigRuleSupport.h"

#include <QByteArray>

namespace iotpro::sim {

namespace {

constexpr quint8 kDs18b20Family = 0x28;
constexpr qsizetype kRomCodeHexDigits = 16;
// x^8 + x^5 + x^4 + 1, bit-reversed for the LSB-first shift.
constexpr quint8 kReflectedPolynomial = 0x8C;

} // namespace

quint8 oneWireCrc8(QByteArrayView bytes)
{
    quint8 crc = 0;
    for (const char byte : bytes) {
        quint8 input = static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit, input >>= 1) {
            const bool feedback = ((crc ^ input) & 1) != 0;
            crc = static_cast<quint8>(crc >> 1);
            if (feedback)
                crc ^= kReflectedPolynomial;
        }
    }
    return crc;
}

std::optional<QString> ds18b20RomCodeProblem(const std::string& romCode)
{
    if (!rules::isHexDigits(romCode, kRomCodeHexDigits))
        return QStringLiteral("a ROM code is 16 hex digits");
    const QByteArray bytes = QByteArray::fromHex(QByteArray::fromStdString(romCode));
    if (static_cast<quint8>(bytes.front()) != kDs18b20Family)
        return QStringLiteral("family code %1 is not a DS18B20's (28)")
            .arg(QString::fromStdString(romCode.substr(0, 2)));
    if (oneWireCrc8(bytes) != 0)
        return QStringLiteral("the ROM code's CRC does not match: a typo, or a misread code");
    return std::nullopt;
}

} // namespace iotpro::sim
