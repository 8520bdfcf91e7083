#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace iotpro::sim {

/// The 64-bit ROM code a DS18B20 answers a 1-Wire search with: family code 0x28, a 48-bit
/// serial number, then the CRC-8/MAXIM of those 7 bytes, in the order the bus sends them. The
/// module's own implementation, as its firmware has one: it shares no code with the tool's.
namespace ds18b20 {

inline constexpr char kFamilyCode = 0x28;
inline constexpr qsizetype kRomSize = 8;

/// CRC-8/MAXIM (Dallas 1-Wire): polynomial x^8 + x^5 + x^4 + 1, reflected, initial value 0.
quint8 crc8(QByteArrayView bytes);

/// The 8 ROM bytes of 16 hex digits (either case) with the DS18B20 family code and a good CRC;
/// nullopt for anything else.
std::optional<QByteArray> parseRom(const QString& text);
/// Why `text` is not a DS18B20 ROM code, in a few words; empty when it is one.
QString romProblem(const QString& text);
/// 16 upper-case hex digits, in bus order.
QString romText(const QByteArray& rom);

} // namespace ds18b20

} // namespace iotpro::sim
