#include "BleTransport.h"

#include "BleGattProfile.h"

#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>

namespace iotpro {

Q_LOGGING_CATEGORY(lcBle, "iotpro.transport.ble", QtInfoMsg)

namespace {
// Modules advertise several times a second; a scan this long sees one in range.
constexpr std::chrono::seconds kScanTime(5);
// Scan, connect, discovery and the first GATT operations together; BlueZ's own connect gives up later.
constexpr std::chrono::seconds kOpenTimeout(20);
} // namespace

BleTransport::BleTransport(const QString& bluetoothAddress, QObject* parent)
    : Transport(parent)
    , m_address(bluetoothAddress.toUpper())
{
    m_openTimer.setSingleShot(true);
    m_openTimer.setInterval(kOpenTimeout);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        openFailed(tr("%1 did not complete the Bluetooth connection within %2 s. Move closer to the "
                      "module and try again.")
                       .arg(address().toString())
                       .arg(std::chrono::seconds(kOpenTimeout).count()));
    });
    connect(&m_scanner, &BleScanner::moduleSeen, this, &BleTransport::onModuleSeen);
    connect(&m_scanner, &BleScanner::finished, this, &BleTransport::onScanFinished);
    connect(&m_scanner, &BleScanner::failed, this, [this](const Error& error) {
        m_openTimer.stop();
        fail(error);
    });
}

BleTransport::~BleTransport()
{
    m_scanner.stop();
    dropLink();
}

DeviceAddress BleTransport::address() const
{
    return DeviceAddress::ble(m_address);
}

void BleTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    m_outgoing.clear();
    m_inFlight = 0;
    m_attPayload = 0;
    m_openTimer.start();
    // From the event loop, like every link: a scan that fails at once (no adapter) must not report
    // before open() has returned.
    QTimer::singleShot(0, this, [this] {
        if (state() != State::Opening || m_scanner.isActive() || m_controller)
            return;
        qCDebug(lcBle) << "scanning for" << m_address;
        m_scanner.start(kScanTime);
    });
}

void BleTransport::close()
{
    m_openTimer.stop();
    m_scanner.stop();
    // Closed first so the controller's own disconnected() is not taken for a lost link.
    setState(State::Closed);
    dropLink();
}

void BleTransport::write(const QByteArray& bytes)
{
    if (state() != State::Open)
        return;
    m_outgoing.append(bytes);
    sendNextChunk();
}

void BleTransport::onModuleSeen(const BleModuleAdvert& module)
{
    if (module.address != m_address || m_controller || state() != State::Opening)
        return;
    m_scanner.stop();
    if (module.busy) {
        openFailed(tr("%1 (serial %2) is busy: another tool is connected to it over Bluetooth. Close "
                      "that connection, or connect with the USB cable.")
                       .arg(address().toString(), module.serial));
        return;
    }
    connectTo(m_scanner.deviceInfo(m_address));
}

void BleTransport::onScanFinished()
{
    if (m_controller || state() != State::Opening)
        return;
    openFailed(tr("No IoT Pro module with the address %1 answered a %2 s Bluetooth scan: it is out of "
                  "range, not powered, or the address is wrong. Move closer, check the module's "
                  "power, or list the modules in range with `iotpro-cli ports --ble`.")
                   .arg(m_address)
                   .arg(std::chrono::seconds(kScanTime).count()));
}

void BleTransport::connectTo(const QBluetoothDeviceInfo& info)
{
    qCDebug(lcBle) << "connecting to" << m_address;
    m_controller.reset(QLowEnergyController::createCentral(info));
    QLowEnergyController* controller = m_controller.get();
    connect(controller, &QLowEnergyController::connected, this, [controller] { controller->discoverServices(); });
    connect(controller, &QLowEnergyController::discoveryFinished, this, &BleTransport::onServicesDiscovered);
    connect(controller, &QLowEnergyController::errorOccurred, this, &BleTransport::onControllerError);
    connect(controller, &QLowEnergyController::disconnected, this, [this] {
        if (state() == State::Open) {
            fail(Errors::make(ErrorKind::LinkLost,
                tr("The Bluetooth link to %1 was lost: the module went out of range or restarted. "
                   "Move closer and reconnect.")
                    .arg(address().toString())));
        } else {
            openFailed(tr("%1 dropped the Bluetooth connection while it was being set up. Try again; "
                          "if it keeps happening, restart the module.")
                           .arg(address().toString()));
        }
    });
    controller->connectToDevice();
}

void BleTransport::onControllerError(QLowEnergyController::Error error)
{
    qCDebug(lcBle) << "controller error" << error << (m_controller ? m_controller->errorString() : QString());
    const QString where = address().toString();
    QString detail;
    switch (error) {
    case QLowEnergyController::UnknownRemoteDeviceError:
        detail = tr("%1 is no longer known to the Bluetooth adapter: it went out of range. Move closer "
                    "and try again.").arg(where);
        break;
    case QLowEnergyController::InvalidBluetoothAdapterError:
        detail = BleScanner::unavailableDetail({});
        break;
    case QLowEnergyController::AuthorizationError:
    case QLowEnergyController::MissingPermissionsError:
        detail = tr("The tool is not allowed to connect to %1 over Bluetooth. Grant it the Bluetooth "
                    "permission, then try again.").arg(where);
        break;
    case QLowEnergyController::RemoteHostClosedError:
        detail = tr("%1 closed the Bluetooth connection. Reconnect; if it keeps happening, restart "
                    "the module.").arg(where);
        break;
    default:
        detail = tr("The Bluetooth connection to %1 failed (%2). Move closer, make sure no other tool "
                    "is connected to the module, and try again.")
                     .arg(where, m_controller ? m_controller->errorString() : QString());
        break;
    }
    if (state() == State::Open)
        fail(Errors::make(ErrorKind::LinkLost, detail));
    else
        openFailed(detail);
}

void BleTransport::onServicesDiscovered()
{
    if (!m_controller->services().contains(ble::serviceUuid())) {
        openFailed(tr("%1 is not an IoT Pro module: it offers no IoT Pro Bluetooth service.")
                       .arg(address().toString()));
        return;
    }
    m_service.reset(m_controller->createServiceObject(ble::serviceUuid()));
    QLowEnergyService* service = m_service.get();
    connect(service, &QLowEnergyService::stateChanged, this, &BleTransport::onServiceState);
    connect(service, &QLowEnergyService::errorOccurred, this, &BleTransport::onServiceError);
    connect(service, &QLowEnergyService::characteristicChanged, this,
        [this](const QLowEnergyCharacteristic& characteristic, const QByteArray& value) {
            if (state() == State::Open && characteristic.uuid() == ble::txUuid())
                Q_EMIT bytesReceived(value);
        });
    connect(service, &QLowEnergyService::characteristicWritten, this,
        [this](const QLowEnergyCharacteristic& characteristic, const QByteArray&) {
            if (characteristic.uuid() != ble::rxUuid() || m_inFlight == 0)
                return;
            m_outgoing.remove(0, m_inFlight);
            m_inFlight = 0;
            sendNextChunk();
        });
    connect(service, &QLowEnergyService::characteristicRead, this,
        [this](const QLowEnergyCharacteristic& characteristic, const QByteArray& value) {
            if (characteristic.uuid() != ble::linkInfoUuid() || state() != State::Opening)
                return;
            const int reported = value.size() >= 2 ? qFromLittleEndian<quint16>(value.constData()) : 0;
            m_attPayload = std::clamp(reported, ble::kMinAttPayload, ble::kMaxAttPayload);
            enableNotifications();
        });
    connect(service, &QLowEnergyService::descriptorWritten, this, [this](const QLowEnergyDescriptor& descriptor) {
        if (state() != State::Opening || descriptor != m_tx.clientCharacteristicConfiguration())
            return;
        m_openTimer.stop();
        qCDebug(lcBle) << "open" << m_address << "ATT payload" << m_attPayload;
        setState(State::Open);
    });
    service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
}

void BleTransport::onServiceState(QLowEnergyService::ServiceState serviceState)
{
    if (serviceState != QLowEnergyService::RemoteServiceDiscovered || state() != State::Opening)
        return;
    m_rx = m_service->characteristic(ble::rxUuid());
    m_tx = m_service->characteristic(ble::txUuid());
    const bool rxWritable = m_rx.isValid() && (m_rx.properties() & QLowEnergyCharacteristic::Write);
    const bool txNotifies = m_tx.isValid() && (m_tx.properties() & QLowEnergyCharacteristic::Notify)
        && m_tx.clientCharacteristicConfiguration().isValid();
    if (!rxWritable || !txNotifies) {
        openFailed(tr("%1 offers the IoT Pro service without its data characteristics. Update the "
                      "module's firmware, or connect with the USB cable.")
                       .arg(address().toString()));
        return;
    }
    const QLowEnergyCharacteristic linkInfo = m_service->characteristic(ble::linkInfoUuid());
    if (linkInfo.isValid() && (linkInfo.properties() & QLowEnergyCharacteristic::Read)) {
        m_service->readCharacteristic(linkInfo);
        return;
    }
    // No report from the module: what the platform knows, else the size every link has.
    const int mtu = m_controller->mtu();
    m_attPayload = mtu > 3 ? std::clamp(mtu - 3, ble::kMinAttPayload, ble::kMaxAttPayload) : ble::kMinAttPayload;
    enableNotifications();
}

void BleTransport::onServiceError(QLowEnergyService::ServiceError error)
{
    qCDebug(lcBle) << "service error" << error;
    if (error == QLowEnergyService::CharacteristicReadError && state() == State::Opening) {
        m_attPayload = ble::kMinAttPayload; // the link-info read failed: the smallest size is always safe
        enableNotifications();
        return;
    }
    const QString detail = error == QLowEnergyService::DescriptorWriteError
        ? tr("%1 did not let the tool switch on its notifications. Restart the module and try again.")
              .arg(address().toString())
        : tr("%1 refused a Bluetooth write. Reconnect; if it keeps happening, restart the module.")
              .arg(address().toString());
    if (state() == State::Open)
        fail(Errors::make(ErrorKind::LinkLost, detail));
    else
        openFailed(detail);
}

void BleTransport::enableNotifications()
{
    m_service->writeDescriptor(m_tx.clientCharacteristicConfiguration(),
        QLowEnergyCharacteristic::CCCDEnableNotification);
}

void BleTransport::sendNextChunk()
{
    if (m_inFlight != 0 || m_outgoing.isEmpty() || state() != State::Open)
        return;
    // One chunk in flight, each acknowledged by the module (write with response): the flow control
    // that holds on every platform. The next chunk goes when characteristicWritten() confirms this one.
    const QByteArray chunk = m_outgoing.left(m_attPayload);
    m_inFlight = chunk.size();
    m_service->writeCharacteristic(m_rx, chunk, QLowEnergyService::WriteWithResponse);
}

void BleTransport::openFailed(const QString& detail)
{
    m_openTimer.stop();
    fail(Errors::make(ErrorKind::OpenFailed, detail));
}

void BleTransport::dropLink()
{
    m_service.reset();
    m_rx = {};
    m_tx = {};
    if (!m_controller)
        return;
    QLowEnergyController* controller = m_controller.release();
    disconnect(controller, nullptr, this, nullptr);
    if (controller->state() == QLowEnergyController::UnconnectedState) {
        controller->deleteLater();
        return;
    }
    // Let the controller finish its disconnect (BlueZ ends the radio link), then go.
    controller->setParent(this);
    connect(controller, &QLowEnergyController::disconnected, controller, &QObject::deleteLater);
    connect(controller, &QLowEnergyController::errorOccurred, controller, &QObject::deleteLater);
    controller->disconnectFromDevice();
}

} // namespace iotpro
