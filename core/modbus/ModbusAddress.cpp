#include "ModbusAddress.h"

#include <QRegularExpression>
#include <QStringList>

namespace iotpro::modbus {

namespace {

constexpr int kMaxUnitId = 247;

Error invalid(const QString& text, const QString& why)
{
    return Errors::make(ErrorKind::InvalidAddress,
        Errors::tr("\"%1\" %2. Use modbus-tcp:127.0.0.1:502 or modbus-rtu:/dev/ttyUSB0:9600:8N1:1.")
            .arg(text, why));
}

std::optional<int> parseUnit(const QString& text)
{
    bool ok = false;
    const int unit = text.toInt(&ok);
    return ok && unit >= 1 && unit <= kMaxUnitId ? std::optional(unit) : std::nullopt;
}

Result<ModbusAddress> parseTcp(const QString& text, const QStringList& parts)
{
    // HOST:PORT or HOST:PORT:UNIT; a host never contains ':' here (IPv6 is not supported).
    if (parts.size() < 2 || parts.size() > 3 || parts.first().isEmpty())
        return invalid(text, Errors::tr("needs a host and a port"));
    ModbusAddress address;
    address.kind = ModbusAddress::Kind::Tcp;
    address.host = parts.at(0);
    bool ok = false;
    const uint port = parts.at(1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return invalid(text, Errors::tr("needs a port from 1 to 65535"));
    address.port = static_cast<quint16>(port);
    if (parts.size() == 3) {
        address.unitId = parseUnit(parts.at(2));
        if (!address.unitId)
            return invalid(text, Errors::tr("needs a unit id from 1 to %1").arg(kMaxUnitId));
    }
    return address;
}

Result<ModbusAddress> parseRtu(const QString& text, QStringList parts)
{
    static const QRegularExpression frame(QStringLiteral("^([78])([NEO])([12])$"),
        QRegularExpression::CaseInsensitiveOption);
    ModbusAddress address;
    address.kind = ModbusAddress::Kind::Rtu;
    // Read from the right: a device path is the only part that may itself contain ':'.
    if (parts.size() >= 3 && !frame.match(parts.last()).hasMatch()) {
        address.unitId = parseUnit(parts.takeLast());
        if (!address.unitId)
            return invalid(text, Errors::tr("needs a unit id from 1 to %1").arg(kMaxUnitId));
    }
    if (parts.size() < 3)
        return invalid(text, Errors::tr("needs a serial port, a baud rate and a frame such as 8N1"));
    const QRegularExpressionMatch match = frame.match(parts.takeLast());
    if (!match.hasMatch())
        return invalid(text, Errors::tr("needs a frame of data bits (7, 8), parity (N, E, O) and stop bits (1, 2)"));
    address.dataBits = match.captured(1).toInt();
    address.parity = match.captured(2).toUpper().at(0).toLatin1();
    address.stopBits = match.captured(3).toInt();
    bool ok = false;
    address.baud = parts.takeLast().toInt(&ok);
    if (!ok || address.baud < 300 || address.baud > 921600)
        return invalid(text, Errors::tr("needs a baud rate from 300 to 921600"));
    address.device = parts.join(u':');
    if (address.device.isEmpty())
        return invalid(text, Errors::tr("names no serial port"));
    return address;
}

} // namespace

Result<ModbusAddress> ModbusAddress::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString scheme = colon > 0 ? text.left(colon) : QString();
    const QStringList parts = text.mid(colon + 1).split(u':');
    if (scheme == u"modbus-tcp")
        return parseTcp(text, parts);
    if (scheme == u"modbus-rtu")
        return parseRtu(text, parts);
    return invalid(text, Errors::tr("is not a Modbus address"));
}

QString ModbusAddress::toString() const
{
    const QString unit = unitId ? QStringLiteral(":%1").arg(*unitId) : QString();
    if (kind == Kind::Tcp)
        return QStringLiteral("modbus-tcp:%1:%2").arg(host).arg(port) + unit;
    return QStringLiteral("modbus-rtu:%1:%2:%3%4%5")
               .arg(device)
               .arg(baud)
               .arg(dataBits)
               .arg(QChar::fromLatin1(parity))
               .arg(stopBits)
        + unit;
}

} // namespace iotpro::modbus
