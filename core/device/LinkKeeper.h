#pragma once

#include "common/Error.h"
#include "device/DeviceInfo.h"
#include "transport/DeviceAddress.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace iotpro {

class DeviceClient;

/// Brings a Bluetooth LE link back after it dropped unexpectedly (the technician walked out of
/// range, the module restarted): reconnects the DeviceClient to the same address with a bounded,
/// exponential back-off, each attempt scanning for the module afresh (BleTransport::open()).
///
/// It acts only on DeviceClient::linkLost(), never after a clean disconnect, and stands down as
/// soon as someone else drives the client (the user connects elsewhere, or a configuration write
/// reconnects on its own to learn what the module has: ConfigWriter's Reconnector). It carries no
/// requests: whoever owns a stream subscribes again on DeviceClient::connected().
class LinkKeeper : public QObject
{
    Q_OBJECT

public:
    /// The wait before each attempt: 1, 2, 4, 8 and 8 s (doubling, capped), five attempts in all.
    static QList<std::chrono::milliseconds> standardDelays();
    /// Whether links to `address` are kept: Bluetooth LE ones, which drop with distance.
    static bool keeps(const DeviceAddress& address);

    explicit LinkKeeper(DeviceClient& client, QObject* parent = nullptr);

    /// Another schedule (tests); takes effect at the next lost link.
    void setDelays(QList<std::chrono::milliseconds> delays);
    bool isReconnecting() const { return m_attempt > 0; }
    /// Gives up the current run without an error (the user disconnected).
    void stop();

Q_SIGNALS:
    /// Attempt `attempt` of `attempts` starts in `delay`.
    void waiting(int attempt, int attempts, std::chrono::milliseconds delay);
    /// The module is back: the client is connected again.
    void reconnected(const iotpro::DeviceInfo& info);
    /// Every attempt failed: one error that says what was tried and what to do.
    void gaveUp(const iotpro::Error& error);

private:
    void onLinkLost(const Error& error);
    void scheduleAttempt();
    void attempt();
    void onAttemptFailed(const Error& error);
    /// The client is being driven by someone else: this run ends quietly.
    void onClientState();

    DeviceClient& m_client;
    QList<std::chrono::milliseconds> m_delays;
    QTimer m_timer;
    std::optional<DeviceAddress> m_address;
    QString m_moduleName;
    int m_attempt = 0; ///< the attempt waited for or running; 0 when idle
    bool m_connecting = false; ///< an attempt of ours is in the client
};

} // namespace iotpro
