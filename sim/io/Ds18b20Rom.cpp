#include "Ds18b20Rom.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>

namespace iotpro::sim::ds18b20 {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::ds18b20)
};

constexpr quint8 kReflectedPolynomial = 0x8C;
constexpr qsizetype kHexDigits = 2 * kRomSize;

} // namespace

quint8 crc8(QByteArrayView bytes)
{
    quint8 crc = 0;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = static_cast<quint8>((crc & 1U) != 0 ? (crc >> 1) ^ kReflectedPolynomial : crc >> 1);
    }
    return crc;
}

QString romProblem(const QString& text)
{
    const QByteArray latin = text.toLatin1();
    const auto isHexDigit = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (text.size() != kHexDigits || !std::all_of(latin.begin(), latin.end(), isHexDigit))
        return Texts::tr("a ROM code is 16 hex digits");
    const QByteArray rom = QByteArray::fromHex(latin);
    if (rom.at(0) != kFamilyCode)
        return Texts::tr("a DS18B20 ROM code starts with its family code 28");
    // The CRC over all 8 bytes of a good code, its own CRC included, is 0.
    if (crc8(rom) != 0)
        return Texts::tr("the last two digits are not the CRC of the first 14 (it would be %1): a typo?")
            .arg(QString::number(crc8(QByteArrayView(rom).first(kRomSize - 1)), 16)
                     .rightJustified(2, u'0')
                     .toUpper());
    return {};
}

std::optional<QByteArray> parseRom(const QString& text)
{
    if (!romProblem(text).isEmpty())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

QString romText(const QByteArray& rom)
{
    return QString::fromLatin1(rom.toHex()).toUpper();
}

} // namespace iotpro::sim::ds18b20
