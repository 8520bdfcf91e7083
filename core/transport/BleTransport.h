#pragma once

#include "BleScanner.h"
#include "Transport.h"

#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QPointer>
#include <QTimer>

namespace iotpro {

/// The module protocol over Bluetooth LE (docs/protocol.md 1.3): the byte stream written to the RX
/// characteristic in chunks of the ATT payload, received as TX notifications.
///
/// open() scans first (the platform connects only to a device a scan has seen), connects,
/// discovers the IoT Pro service, reads the ATT payload size from the link-info characteristic
/// (BlueZ's D-Bus backend cannot tell the MTU), and enables TX notifications; only then is the
/// link Open. Writes go one chunk at a time, each with response, so the module's receive buffer
/// is never overrun.
class BleTransport final : public Transport
{
    Q_OBJECT

public:
    explicit BleTransport(const QString& bluetoothAddress, QObject* parent = nullptr);
    ~BleTransport() override;

    DeviceAddress address() const override;
    /// A BLE round trip spans several connection intervals and may wait for a retransmission.
    std::chrono::milliseconds suggestedTimeout() const override { return std::chrono::milliseconds(3000); }

    void open() override;
    void close() override;
    void write(const QByteArray& bytes) override;

    /// The ATT payload size in use; the chunk size of writes. Valid once open.
    int attPayload() const { return m_attPayload; }

private:
    void onModuleSeen(const BleModuleAdvert& module);
    void onScanFinished();
    void connectTo(const QBluetoothDeviceInfo& info);
    void onControllerError(QLowEnergyController::Error error);
    void onServicesDiscovered();
    void onServiceState(QLowEnergyService::ServiceState serviceState);
    void onServiceError(QLowEnergyService::ServiceError error);
    void enableNotifications();
    void sendNextChunk();
    void openFailed(const QString& detail);
    void dropLink();

    QString m_address;
    BleScanner m_scanner;
    QTimer m_openTimer;
    std::unique_ptr<QLowEnergyController> m_controller;
    std::unique_ptr<QLowEnergyService> m_service;
    QLowEnergyCharacteristic m_rx;
    QLowEnergyCharacteristic m_tx;
    int m_attPayload = 0;
    QByteArray m_outgoing;
    qsizetype m_inFlight = 0; ///< bytes of the chunk awaiting its write response
};

} // namespace iotpro
