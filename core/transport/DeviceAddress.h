#pragma once

#include "common/Result.h"

#include <QString>

namespace iotpro {

/// The one way a device is named everywhere: "serial:/dev/ttyACM0", "tcp:127.0.0.1:5020",
/// "ble:AA:BB:CC:DD:EE:FF".
class DeviceAddress
{
public:
    enum class Kind { Serial, Tcp, Ble };

    static Result<DeviceAddress> parse(const QString& text);
    static DeviceAddress serial(const QString& portPath);
    static DeviceAddress tcp(const QString& host, quint16 port);
    /// `bluetoothAddress` as AA:BB:CC:DD:EE:FF (checked by parse(), not here).
    static DeviceAddress ble(const QString& bluetoothAddress);

    Kind kind() const { return m_kind; }
    /// Serial: the port's device path. TCP: the host. BLE: the device address (upper case).
    const QString& target() const { return m_target; }
    /// TCP only.
    quint16 port() const { return m_port; }

    QString toString() const;

    friend bool operator==(const DeviceAddress&, const DeviceAddress&) = default;

private:
    DeviceAddress(Kind kind, QString target, quint16 port);

    Kind m_kind;
    QString m_target;
    quint16 m_port;
};

} // namespace iotpro
