#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <string>

namespace iotpro::sim {

/// The CRC-8 of the 1-Wire bus (Dallas/Maxim: polynomial x^8 + x^5 + x^4 + 1, reflected, initial 0)
/// that ends every ROM code: the CRC of all 8 bytes of a valid code is 0.
quint8 oneWireCrc8(QByteArrayView bytes);

/// What is wrong with `romCode` as a DS18B20's ROM code (16 hex digits, bus order: family code
/// 0x28, serial number, CRC-8), or nullopt when it is one.
std::optional<QString> ds18b20RomCodeProblem(const std::string& romCode);

} // namespace iotpro::sim
