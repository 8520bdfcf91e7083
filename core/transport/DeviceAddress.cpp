#include "DeviceAddress.h"

#include <QRegularExpression>

namespace iotpro {

namespace {

Error invalid(const QString& text, const QString& why)
{
    return Errors::make(ErrorKind::InvalidAddress,
        Errors::tr("\"%1\" %2. Use serial:/dev/ttyACM0, tcp:127.0.0.1:5020 or ble:AA:BB:CC:DD:EE:FF.")
            .arg(text, why));
}

} // namespace

DeviceAddress::DeviceAddress(Kind kind, QString target, quint16 port)
    : m_kind(kind)
    , m_target(std::move(target))
    , m_port(port)
{
}

DeviceAddress DeviceAddress::serial(const QString& portPath)
{
    return DeviceAddress(Kind::Serial, portPath, 0);
}

DeviceAddress DeviceAddress::tcp(const QString& host, quint16 port)
{
    return DeviceAddress(Kind::Tcp, host, port);
}

DeviceAddress DeviceAddress::ble(const QString& bluetoothAddress)
{
    return DeviceAddress(Kind::Ble, bluetoothAddress.toUpper(), 0);
}

Result<DeviceAddress> DeviceAddress::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return invalid(text, Errors::tr("has no link type"));
    const QString scheme = text.left(colon);
    const QString rest = text.mid(colon + 1);

    if (scheme == u"serial") {
        if (rest.isEmpty())
            return invalid(text, Errors::tr("names no serial port"));
        return serial(rest);
    }
    if (scheme == u"tcp") {
        const qsizetype portColon = rest.lastIndexOf(u':');
        bool ok = false;
        const uint port = portColon > 0 ? rest.mid(portColon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535)
            return invalid(text, Errors::tr("needs a host and a port from 1 to 65535"));
        QString host = rest.left(portColon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2); // [::1]:5020
        return tcp(host, static_cast<quint16>(port));
    }
    if (scheme == u"ble") {
        static const QRegularExpression mac(QStringLiteral("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"));
        if (!mac.match(rest).hasMatch())
            return invalid(text, Errors::tr("needs a Bluetooth address of six hex pairs"));
        return ble(rest);
    }
    return invalid(text, Errors::tr("has an unknown link type \"%1\"").arg(scheme));
}

QString DeviceAddress::toString() const
{
    switch (m_kind) {
    case Kind::Serial:
        return u"serial:" + m_target;
    case Kind::Tcp:
        return m_target.contains(u':') ? QStringLiteral("tcp:[%1]:%2").arg(m_target).arg(m_port)
                                       : QStringLiteral("tcp:%1:%2").arg(m_target).arg(m_port);
    case Kind::Ble:
        return u"ble:" + m_target;
    }
    return {};
}

} // namespace iotpro
