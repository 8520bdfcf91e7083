#include "ConnectionController.h"

#include "RecentDevices.h"
#include "device/DeviceClient.h"
#include "device/VirtualModuleLauncher.h"

#include <QLoggingCategory>

namespace iotpro::ui {

Q_LOGGING_CATEGORY(lcConnection, "iotpro.ui.connection")

namespace {

/// What the address field accepts besides the full syntax: "host:port" for TCP (the common
/// case for a module on the site network) and a bare device path for a serial port.
QString completeAddress(const QString& text)
{
    for (const QLatin1String scheme :
        { QLatin1String("serial:"), QLatin1String("tcp:"), QLatin1String("ble:") }) {
        if (text.startsWith(scheme))
            return text;
    }
    const QLatin1String scheme = text.startsWith(u'/') ? QLatin1String("serial:") : QLatin1String("tcp:");
    return scheme + text;
}

} // namespace

ConnectionController::ConnectionController(
    DeviceClient& client, VirtualModuleLauncher& virtualModule, RecentDevices& recentDevices, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keeper(client)
    , m_virtualModule(virtualModule)
    , m_recentDevices(recentDevices)
{
    m_pingTimer.setInterval(kPingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &ConnectionController::pingNow);
    connect(&m_client, &DeviceClient::connected, this, &ConnectionController::onConnected);
    connect(&m_client, &DeviceClient::connectionFailed, this, &ConnectionController::onConnectionFailed);
    connect(&m_client, &DeviceClient::linkLost, this, &ConnectionController::onLinkLost);
    connect(&m_keeper, &LinkKeeper::waiting, this, &ConnectionController::onReconnectWaiting);
    connect(&m_keeper, &LinkKeeper::gaveUp, this, &ConnectionController::onReconnectGaveUp);
    connect(&m_virtualModule, &VirtualModuleLauncher::started, this,
        &ConnectionController::onVirtualModuleStarted);
    connect(
        &m_virtualModule, &VirtualModuleLauncher::failed, this, &ConnectionController::onVirtualModuleFailed);
}

ConnectionActions ConnectionController::actions() const
{
    return ConnectionActions::forState(m_phase, m_chosenTarget.has_value(), m_lastTarget.has_value());
}

void ConnectionController::chooseTarget(const std::optional<ConnectionTarget>& target)
{
    if (m_phase == ConnectionPhase::Idle)
        setChosenTarget(target, QString());
}

void ConnectionController::setAddressText(const QString& text)
{
    if (m_phase != ConnectionPhase::Idle)
        return;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setChosenTarget(std::nullopt, QString());
        return;
    }
    const Result<DeviceAddress> address = DeviceAddress::parse(completeAddress(trimmed));
    if (address)
        setChosenTarget(ConnectionTarget::device(address.value()), QString());
    else
        setChosenTarget(std::nullopt, address.error().detail);
}

void ConnectionController::setChosenTarget(
    const std::optional<ConnectionTarget>& target, const QString& addressProblem)
{
    if (target == m_chosenTarget && addressProblem == m_addressProblem)
        return;
    m_chosenTarget = target;
    m_addressProblem = addressProblem;
    Q_EMIT stateChanged();
}

void ConnectionController::connectToChosenTarget()
{
    if (actions().canConnect)
        connectTo(*m_chosenTarget);
}

void ConnectionController::reconnect()
{
    if (actions().canReconnect)
        connectTo(*m_lastTarget);
}

void ConnectionController::connectTo(const ConnectionTarget& target)
{
    if (m_phase != ConnectionPhase::Idle)
        return;
    clearProblem();
    m_attemptProblemReported = false;
    m_activeTarget = target;
    m_lastTarget = target;
    // Started from the command line or by Reconnect: the list shows what is being connected.
    m_chosenTarget = target;
    m_addressProblem.clear();
    if (target.kind == ConnectionTarget::Kind::VirtualModule) {
        setPhase(ConnectionPhase::StartingVirtualModule);
        m_virtualModule.start(); // may fail at once: the phase is set first
        return;
    }
    m_activeAddress = target.address;
    setPhase(ConnectionPhase::Connecting);
    m_client.connectToDevice(target.address);
}

void ConnectionController::disconnectFromDevice()
{
    if (m_phase != ConnectionPhase::Idle)
        endConnection();
}

void ConnectionController::dismissProblem()
{
    clearProblem();
}

void ConnectionController::onVirtualModuleStarted(const DeviceAddress& address)
{
    if (m_phase != ConnectionPhase::StartingVirtualModule)
        return;
    m_activeAddress = address;
    setPhase(ConnectionPhase::Connecting);
    m_client.connectToDevice(address);
}

void ConnectionController::onVirtualModuleFailed(const Error& error)
{
    const bool ours = m_activeTarget && m_activeTarget->kind == ConnectionTarget::Kind::VirtualModule;
    if (!ours || m_phase == ConnectionPhase::Idle) {
        qCDebug(lcConnection) << "virtual module:" << error.toString();
        return;
    }
    reportProblem(m_phase == ConnectionPhase::Connected ? ConnectionProblem::Kind::LinkLost
                                                        : ConnectionProblem::Kind::ConnectionFailed,
        error);
    endConnection();
}

void ConnectionController::onConnected(const DeviceInfo& info)
{
    if (m_phase == ConnectionPhase::Idle && isReconnectOfLastDevice()) {
        // The link came back by itself: a configuration write reconnects to learn what the
        // module has after it reset. It is the same connection again, not a new attempt.
        m_activeTarget = m_lastTarget;
        m_activeAddress = m_lastTarget->address;
        clearProblem();
        setPhase(ConnectionPhase::Connecting);
    }
    if (m_phase != ConnectionPhase::Connecting)
        return;
    m_reconnect.reset();
    m_deviceInfo = info;
    // The virtual module's pseudo-terminal changes with every start: not worth remembering.
    if (m_activeTarget->kind == ConnectionTarget::Kind::Device)
        m_recentDevices.remember(m_activeTarget->address, info.serialNumber);
    setPhase(ConnectionPhase::Connected);
    pingNow();
    m_pingTimer.start();
}

bool ConnectionController::isReconnectOfLastDevice() const
{
    // A virtual module that went away is gone for good: only Reconnect starts it again.
    return m_lastTarget && m_lastTarget->kind == ConnectionTarget::Kind::Device && m_client.address()
        && *m_client.address() == m_lastTarget->address;
}

void ConnectionController::onConnectionFailed(const Error& error)
{
    // A failed reconnect attempt is the keeper's to retry; giving up is reported once.
    if (m_phase != ConnectionPhase::Connecting || m_reconnect)
        return;
    reportProblem(ConnectionProblem::Kind::ConnectionFailed, error);
    endConnection();
}

void ConnectionController::onLinkLost(const Error& error)
{
    // A link the keeper brings back is not lost yet: onReconnectWaiting() took it over.
    if (m_phase != ConnectionPhase::Connected || m_reconnect)
        return;
    reportProblem(ConnectionProblem::Kind::LinkLost, error);
    endConnection();
}

void ConnectionController::onReconnectWaiting(int attempt, int attempts, std::chrono::milliseconds delay)
{
    // The keeper hears of the lost link first and announces its first attempt from there.
    if (attempt == 1 && m_phase == ConnectionPhase::Connected) {
        stopPinging();
        const bool named = m_deviceInfo && !m_deviceInfo->bleName.isEmpty();
        m_reconnect = ReconnectStatus { named ? m_deviceInfo->bleName : m_activeAddress->toString(), 0, 0, {} };
        m_deviceInfo.reset();
        m_phase = ConnectionPhase::Connecting; // stateChanged() below
    }
    if (!m_reconnect)
        return;
    m_reconnect->attempt = attempt;
    m_reconnect->attempts = attempts;
    m_reconnect->nextIn = delay;
    Q_EMIT stateChanged();
}

void ConnectionController::onReconnectGaveUp(const Error& error)
{
    if (!m_reconnect)
        return;
    reportProblem(ConnectionProblem::Kind::LinkLost, error);
    endConnection();
}

void ConnectionController::endConnection()
{
    m_keeper.stop();
    m_reconnect.reset();
    stopPinging();
    // A module on USB cannot see the port close: tell it to stop streaming first
    // (docs/protocol.md, 4.6). Nothing to do when the link is already gone.
    if (m_client.isLive() && m_client.state() == DeviceClient::State::Connected)
        m_client.stopLive();
    if (m_client.state() != DeviceClient::State::Disconnected)
        m_client.disconnectFromDevice();
    if (m_activeTarget && m_activeTarget->kind == ConnectionTarget::Kind::VirtualModule)
        m_virtualModule.stop();
    m_activeTarget.reset();
    m_activeAddress.reset();
    m_deviceInfo.reset();
    setPhase(ConnectionPhase::Idle);
}

void ConnectionController::stopPinging()
{
    m_pingTimer.stop();
    m_pingInFlight = false;
    ++m_connectionNumber;
    setRoundTrip(std::nullopt, false);
}

void ConnectionController::setPhase(ConnectionPhase phase)
{
    m_phase = phase;
    Q_EMIT stateChanged();
}

void ConnectionController::reportProblem(ConnectionProblem::Kind kind, const Error& error)
{
    if (m_attemptProblemReported) {
        qCDebug(lcConnection) << "further problem in the same attempt:" << error.toString();
        return;
    }
    m_attemptProblemReported = true;
    qCInfo(lcConnection).noquote() << error.toString();
    m_problem = ConnectionProblem { kind, error };
    Q_EMIT problemChanged();
}

void ConnectionController::clearProblem()
{
    if (!m_problem)
        return;
    m_problem.reset();
    Q_EMIT problemChanged();
}

void ConnectionController::pingNow()
{
    if (m_phase != ConnectionPhase::Connected || m_pingInFlight)
        return;
    m_pingInFlight = true;
    m_client.ping(this, [this, connection = m_connectionNumber](Result<std::chrono::microseconds> result) {
        if (connection != m_connectionNumber)
            return; // an answer about a link that has ended since
        m_pingInFlight = false;
        if (result)
            setRoundTrip(result.value(), false);
        else if (result.error().kind == ErrorKind::Timeout)
            setRoundTrip(std::nullopt, true);
        // Other errors mean the link is going; linkLost() reports that.
    });
}

void ConnectionController::setRoundTrip(std::optional<std::chrono::microseconds> roundTrip, bool unanswered)
{
    if (roundTrip == m_roundTripTime && unanswered == m_pingUnanswered)
        return;
    m_roundTripTime = roundTrip;
    m_pingUnanswered = unanswered;
    Q_EMIT roundTripChanged();
}

} // namespace iotpro::ui
