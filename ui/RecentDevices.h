#pragma once

#include "transport/DeviceAddress.h"

#include <QList>
#include <QObject>

class QSettings;

namespace iotpro::ui {

/// A module the user connected to before, remembered with the serial number it reported.
struct RecentDevice
{
    DeviceAddress address = DeviceAddress::serial(QString());
    QString serialNumber;

    friend bool operator==(const RecentDevice&, const RecentDevice&) = default;
};

/// The devices most recently connected to, most recent first, kept in the settings.
class RecentDevices : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kCapacity = 8;

    explicit RecentDevices(QSettings& settings, QObject* parent = nullptr);

    const QList<RecentDevice>& devices() const { return m_devices; }

    /// Moves `address` to the front (adding it if new), dropping the oldest beyond kCapacity.
    void remember(const DeviceAddress& address, const QString& serialNumber);

Q_SIGNALS:
    void changed(const QList<iotpro::ui::RecentDevice>& devices);

private:
    void load();
    void save();

    QSettings& m_settings;
    QList<RecentDevice> m_devices;
};

} // namespace iotpro::ui
