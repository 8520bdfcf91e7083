#include "SerialPortScanner.h"

#include <QSerialPortInfo>

#include <algorithm>

namespace iotpro {

QList<SerialPortEntry> listSerialPorts()
{
    QList<SerialPortEntry> entries;
    const auto infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo& info : infos) {
        SerialPortEntry entry;
        entry.address = DeviceAddress::serial(info.systemLocation());
        entry.description = info.description();
        entry.manufacturer = info.manufacturer();
        entry.usbSerialNumber = info.serialNumber();
        entry.hasUsbIdentity = info.hasVendorIdentifier() && info.hasProductIdentifier();
        entry.vendorId = info.vendorIdentifier();
        entry.productId = info.productIdentifier();
        entry.isModule = entry.hasUsbIdentity && entry.vendorId == kModuleUsbVendorId
            && entry.productId == kModuleUsbProductId;
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const SerialPortEntry& a, const SerialPortEntry& b) {
        if (a.isModule != b.isModule)
            return a.isModule;
        return a.address.target() < b.address.target();
    });
    return entries;
}

SerialPortWatcher::SerialPortWatcher(QObject* parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &SerialPortWatcher::refresh);
}

void SerialPortWatcher::start(std::chrono::milliseconds interval)
{
    refresh();
    m_timer.start(interval);
}

void SerialPortWatcher::refresh()
{
    QList<SerialPortEntry> now = listSerialPorts();
    if (now == m_ports)
        return;
    m_ports = std::move(now);
    Q_EMIT portsChanged(m_ports);
}

} // namespace iotpro
