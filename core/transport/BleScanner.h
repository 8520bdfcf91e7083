#pragma once

#include "BleModuleAdvert.h"
#include "common/Error.h"

#include <QObject>

#include <chrono>
#include <memory>

class QBluetoothDeviceInfo;

namespace iotpro {

/// Scans for IoT Pro modules over Bluetooth LE (QBluetoothDeviceDiscoveryAgent, LE only).
///
/// moduleSeen() for each advertisement of a module (again when its RSSI changes), then finished()
/// when the scan time is up, or failed() once with an error a technician can act on (no adapter,
/// adapter off, no permission). QtBluetooth stays out of this header: the CLI and the UI see our
/// value types only.
class BleScanner : public QObject
{
    Q_OBJECT

public:
    explicit BleScanner(QObject* parent = nullptr);
    ~BleScanner() override;

    void start(std::chrono::milliseconds duration);
    void stop();
    bool isActive() const;

    /// The modules seen by this scan, strongest signal first.
    QList<BleModuleAdvert> modules() const;
    /// What the platform needs to connect to a module this scan saw; invalid when it saw none.
    QBluetoothDeviceInfo deviceInfo(const QString& address) const;

    /// What to tell a technician when Bluetooth cannot serve the tool: on Linux asked of BlueZ
    /// (service missing, access refused, no adapter); otherwise from the platform's own error, or
    /// "no adapter" when there is none.
    static QString unavailableDetail(const QString& platformError);

Q_SIGNALS:
    void moduleSeen(const iotpro::BleModuleAdvert& module);
    void finished();
    void failed(const iotpro::Error& error);

private:
    static QString noAdapterText();

    struct Private;
    void onDevice(const QBluetoothDeviceInfo& info);
    void onError(int error);

    std::unique_ptr<Private> d;
};

} // namespace iotpro
