#pragma once

#include "ConnectionActions.h"
#include "ConnectionTarget.h"
#include "common/Error.h"
#include "device/DeviceInfo.h"
#include "device/LinkKeeper.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace iotpro {
class DeviceClient;
class VirtualModuleLauncher;
} // namespace iotpro

namespace iotpro::ui {

class RecentDevices;

/// Something that ended a connection attempt or a connection; shown until the next attempt.
struct ConnectionProblem
{
    enum class Kind { ConnectionFailed, LinkLost };
    Kind kind = Kind::ConnectionFailed;
    Error error;

    friend bool operator==(const ConnectionProblem&, const ConnectionProblem&) = default;
};

/// A Bluetooth link being brought back after it dropped (LinkKeeper): for the status line.
struct ReconnectStatus
{
    QString module; ///< the advertised name, IoTPro-<serial> (else the address)
    int attempt = 0;
    int attempts = 0;
    std::chrono::milliseconds nextIn { 0 };

    friend bool operator==(const ReconnectStatus&, const ReconnectStatus&) = default;
};

/// Decides everything about connecting that the window shows: what is chosen, what is enabled,
/// the link's state, its round-trip time and the one problem of the current attempt. Widgets
/// call its intent functions and redraw on its signals; it needs no widgets and no display.
/// A Bluetooth link that drops is brought back with back-off (LinkKeeper); meanwhile the phase is
/// Connecting and reconnectStatus() says which attempt is next; only giving up is a problem.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    /// How often the link is checked while connected.
    static constexpr std::chrono::milliseconds kPingInterval { 2000 };

    ConnectionController(DeviceClient& client, VirtualModuleLauncher& virtualModule,
        RecentDevices& recentDevices, QObject* parent = nullptr);

    // --- intents -------------------------------------------------------------------------
    /// The user picked a row of the connection list (nothing: the selection was cleared).
    void chooseTarget(const std::optional<ConnectionTarget>& target);
    /// The user typed an address; "host:port" means TCP.
    void setAddressText(const QString& text);
    void connectToChosenTarget();
    void connectTo(const ConnectionTarget& target);
    void disconnectFromDevice();
    /// Repeats the last attempt (a virtual module is started again).
    void reconnect();
    void dismissProblem();

    // --- state ---------------------------------------------------------------------------
    ConnectionPhase phase() const { return m_phase; }
    ConnectionActions actions() const;
    const std::optional<ConnectionTarget>& chosenTarget() const { return m_chosenTarget; }
    /// Why the typed address cannot be used; empty when it can (or nothing is typed).
    const QString& addressProblem() const { return m_addressProblem; }
    /// What the current attempt or connection is to; empty when Idle.
    const std::optional<ConnectionTarget>& activeTarget() const { return m_activeTarget; }
    /// The link's address once known (for the virtual module: after it started).
    const std::optional<DeviceAddress>& activeAddress() const { return m_activeAddress; }
    /// The module's identity while Connected.
    const std::optional<DeviceInfo>& deviceInfo() const { return m_deviceInfo; }
    /// The last measured round trip; empty before the first one and after an unanswered ping.
    const std::optional<std::chrono::microseconds>& roundTripTime() const { return m_roundTripTime; }
    /// The last ping went unanswered although the link is still up.
    bool pingUnanswered() const { return m_pingUnanswered; }
    const std::optional<ConnectionProblem>& problem() const { return m_problem; }
    /// Set while a dropped Bluetooth link is being brought back.
    const std::optional<ReconnectStatus>& reconnectStatus() const { return m_reconnect; }

Q_SIGNALS:
    /// Phase, targets, actions or identity changed.
    void stateChanged();
    void problemChanged();
    void roundTripChanged();

private:
    void setPhase(ConnectionPhase phase);
    void setChosenTarget(const std::optional<ConnectionTarget>& target, const QString& addressProblem);
    void reportProblem(ConnectionProblem::Kind kind, const Error& error);
    void clearProblem();
    void onVirtualModuleStarted(const DeviceAddress& address);
    void onVirtualModuleFailed(const Error& error);
    void onConnected(const DeviceInfo& info);
    /// The client connected again, on its own, to the device this controller last connected to.
    bool isReconnectOfLastDevice() const;
    void onConnectionFailed(const Error& error);
    void onLinkLost(const Error& error);
    void onReconnectWaiting(int attempt, int attempts, std::chrono::milliseconds delay);
    void onReconnectGaveUp(const Error& error);
    /// Back to Idle after the link ended; stops what belonged to it.
    void endConnection();
    /// The link this ping belonged to has ended (or is being brought back).
    void stopPinging();
    void pingNow();
    void setRoundTrip(std::optional<std::chrono::microseconds> roundTrip, bool unanswered);

    DeviceClient& m_client;
    /// Constructed before this controller connects to the client, so that it has seen a lost link
    /// (and decided to bring it back) before onLinkLost() asks.
    LinkKeeper m_keeper;
    VirtualModuleLauncher& m_virtualModule;
    RecentDevices& m_recentDevices;
    QTimer m_pingTimer;

    ConnectionPhase m_phase = ConnectionPhase::Idle;
    std::optional<ConnectionTarget> m_chosenTarget;
    QString m_addressProblem;
    std::optional<ConnectionTarget> m_activeTarget;
    std::optional<ConnectionTarget> m_lastTarget;
    std::optional<DeviceAddress> m_activeAddress;
    std::optional<DeviceInfo> m_deviceInfo;
    std::optional<std::chrono::microseconds> m_roundTripTime;
    bool m_pingUnanswered = false;
    bool m_pingInFlight = false;
    /// Counts ended connections, so that a late ping answer is not taken for the current link.
    quint64 m_connectionNumber = 0;
    std::optional<ConnectionProblem> m_problem;
    std::optional<ReconnectStatus> m_reconnect;
    /// One problem per attempt: a dying link often reports itself more than once.
    bool m_attemptProblemReported = false;
};

} // namespace iotpro::ui
