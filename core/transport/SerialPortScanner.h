#pragma once

#include "DeviceAddress.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace iotpro {

/// USB identity of the module's CDC-ACM port (docs/protocol.md, "USB identity").
inline constexpr quint16 kModuleUsbVendorId = 0x1209;
inline constexpr quint16 kModuleUsbProductId = 0x7A30;

/// One serial port as the system lists it.
struct SerialPortEntry
{
    DeviceAddress address = DeviceAddress::serial(QString());
    QString description;
    QString manufacturer;
    QString usbSerialNumber;
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasUsbIdentity = false;
    /// Recognised as an IoT Pro module by its USB identity; nothing was sent to it.
    bool isModule = false;

    friend bool operator==(const SerialPortEntry&, const SerialPortEntry&) = default;
};

/// The serial ports present now, modules first, then by name.
QList<SerialPortEntry> listSerialPorts();

/// Watches for hot-plugged serial ports. QSerialPortInfo has no change notification, so the
/// list is polled; each poll is a directory scan, cheap enough for once a second.
class SerialPortWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SerialPortWatcher(QObject* parent = nullptr);

    void start(std::chrono::milliseconds interval = std::chrono::milliseconds(1000));

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void portsChanged(const QList<iotpro::SerialPortEntry>& ports);

private:
    QTimer m_timer;
    QList<SerialPortEntry> m_ports;
};

} // namespace iotpro
