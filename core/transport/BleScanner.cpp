#include "BleScanner.h"

#ifdef IOTPRO_HAVE_BLUEZ
#include "BluezProbe.h"
#endif

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

namespace iotpro {

Q_LOGGING_CATEGORY(lcBleScan, "iotpro.transport.ble.scan", QtInfoMsg)

QString BleScanner::unavailableDetail(const QString& platformError)
{
#ifdef IOTPRO_HAVE_BLUEZ
    switch (probeBluez()) {
    case BluezAccess::NotRunning:
        return tr("The Bluetooth service (BlueZ) is not running on this computer. Start it (`systemctl "
                  "start bluetooth`), or connect with the USB cable.");
    case BluezAccess::PermissionDenied:
        return tr("The tool is not allowed to use Bluetooth: the system refused it access to the "
                  "Bluetooth service. Ask the administrator for Bluetooth access, then try again.");
    case BluezAccess::NoAdapter:
        return noAdapterText();
    case BluezAccess::Available:
        break;
    }
#endif
    if (platformError.isEmpty())
        return noAdapterText();
    return tr("The Bluetooth scan failed: %1 Check that Bluetooth works on this computer, or connect with "
              "the USB cable.")
        .arg(platformError);
}

QString BleScanner::noAdapterText()
{
    return tr("This computer has no Bluetooth adapter that the tool can use. Plug in a Bluetooth LE "
              "adapter, or connect with the USB cable.");
}

struct BleScanner::Private
{
    QBluetoothDeviceDiscoveryAgent agent;
    QHash<QString, QBluetoothDeviceInfo> devices;
    QHash<QString, BleModuleAdvert> modules;
};

BleScanner::BleScanner(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    QBluetoothDeviceDiscoveryAgent* agent = &d->agent;
    connect(agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this, &BleScanner::onDevice);
    connect(agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
        [this](const QBluetoothDeviceInfo& info, QBluetoothDeviceInfo::Fields) { onDevice(info); });
    connect(agent, &QBluetoothDeviceDiscoveryAgent::finished, this, &BleScanner::finished);
    connect(agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
        [this](QBluetoothDeviceDiscoveryAgent::Error error) { onError(error); });
}

BleScanner::~BleScanner() = default;

bool BleScanner::isActive() const
{
    return d->agent.isActive();
}

void BleScanner::start(std::chrono::milliseconds duration)
{
    d->devices.clear();
    d->modules.clear();
    d->agent.setLowEnergyDiscoveryTimeout(static_cast<int>(duration.count()));
    d->agent.start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void BleScanner::stop()
{
    if (d->agent.isActive())
        d->agent.stop();
}

QList<BleModuleAdvert> BleScanner::modules() const
{
    QList<BleModuleAdvert> sorted = d->modules.values();
    std::sort(sorted.begin(), sorted.end(), strongerFirst);
    return sorted;
}

QBluetoothDeviceInfo BleScanner::deviceInfo(const QString& address) const
{
    return d->devices.value(address.toUpper());
}

void BleScanner::onDevice(const QBluetoothDeviceInfo& info)
{
    // BlueZ keeps devices it heard earlier and QtBluetooth reports them when a scan starts, but
    // BlueZ drops their RSSI when a scan ends: without one, the module was not heard by this scan
    // (it may be out of range). Its own advertisement brings the RSSI and reports it again.
    if (info.rssi() == 0)
        return;
    const std::optional<BleModuleAdvert> module = readModuleAdvert(info);
    if (!module)
        return;
    qCDebug(lcBleScan) << "seen" << module->address << module->serial << module->rssi;
    d->devices.insert(module->address, info);
    d->modules.insert(module->address, *module);
    Q_EMIT moduleSeen(*module);
}

void BleScanner::onError(int error)
{
    qCDebug(lcBleScan) << "scan error" << error << d->agent.errorString();
    QString detail;
    switch (static_cast<QBluetoothDeviceDiscoveryAgent::Error>(error)) {
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        detail = tr("Bluetooth is switched off on this computer. Switch it on (system settings or "
                    "`bluetoothctl power on`), then try again.");
        break;
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
    case QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError:
        detail = tr("The tool is not allowed to use Bluetooth. Grant it the Bluetooth permission "
                    "(and location, where the system asks for it), then try again.");
        break;
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
        detail = unavailableDetail({});
        break;
    default:
        // QtBluetooth 6.4 on BlueZ reports a missing adapter or service as an I/O error.
        detail = unavailableDetail(d->agent.errorString());
        break;
    }
    Q_EMIT failed(Errors::make(ErrorKind::OpenFailed, detail));
}

} // namespace iotpro
