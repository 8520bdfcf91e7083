#include "RecentDevices.h"

#include <QLoggingCategory>
#include <QSettings>

namespace iotpro::ui {

Q_LOGGING_CATEGORY(lcRecent, "iotpro.ui.recent")

namespace {
const QString kArrayKey = QStringLiteral("recentDevices");
const QString kAddressKey = QStringLiteral("address");
const QString kSerialNumberKey = QStringLiteral("serialNumber");
} // namespace

RecentDevices::RecentDevices(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

void RecentDevices::remember(const DeviceAddress& address, const QString& serialNumber)
{
    QList<RecentDevice> devices { RecentDevice { address, serialNumber } };
    for (const RecentDevice& device : std::as_const(m_devices)) {
        if (device.address != address && devices.size() < kCapacity)
            devices.append(device);
    }
    if (devices == m_devices)
        return;
    m_devices = std::move(devices);
    save();
    Q_EMIT changed(m_devices);
}

void RecentDevices::load()
{
    const int count = m_settings.beginReadArray(kArrayKey);
    for (int i = 0; i < count && m_devices.size() < kCapacity; ++i) {
        m_settings.setArrayIndex(i);
        const QString text = m_settings.value(kAddressKey).toString();
        Result<DeviceAddress> address = DeviceAddress::parse(text);
        if (!address) {
            // A hand-edited or older settings file: skip the entry rather than refuse them all.
            qCWarning(lcRecent) << "ignoring a recent device with a bad address:" << text;
            continue;
        }
        m_devices.append(RecentDevice { address.value(), m_settings.value(kSerialNumberKey).toString() });
    }
    m_settings.endArray();
}

void RecentDevices::save()
{
    m_settings.remove(kArrayKey);
    m_settings.beginWriteArray(kArrayKey, static_cast<int>(m_devices.size()));
    for (int i = 0; i < m_devices.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(kAddressKey, m_devices[i].address.toString());
        m_settings.setValue(kSerialNumberKey, m_devices[i].serialNumber);
    }
    m_settings.endArray();
}

} // namespace iotpro::ui
