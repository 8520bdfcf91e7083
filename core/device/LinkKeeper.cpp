#include "LinkKeeper.h"

#include "DeviceClient.h"

#include <QLoggingCategory>

namespace iotpro {

Q_LOGGING_CATEGORY(lcLinkKeeper, "iotpro.device.linkkeeper", QtInfoMsg)

using std::chrono::milliseconds;

QList<milliseconds> LinkKeeper::standardDelays()
{
    // Out of range usually means a few steps too far: the first tries come quickly. Doubling
    // stops at 8 s so that a module back in range is found soon, and five attempts (about 23 s
    // of waiting plus a scan each) bound how long the technician waits for the verdict.
    return { milliseconds(1000), milliseconds(2000), milliseconds(4000), milliseconds(8000), milliseconds(8000) };
}

bool LinkKeeper::keeps(const DeviceAddress& address)
{
    return address.kind() == DeviceAddress::Kind::Ble;
}

LinkKeeper::LinkKeeper(DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_delays(standardDelays())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LinkKeeper::attempt);
    connect(&m_client, &DeviceClient::linkLost, this, &LinkKeeper::onLinkLost);
    connect(&m_client, &DeviceClient::connectionFailed, this, &LinkKeeper::onAttemptFailed);
    connect(&m_client, &DeviceClient::connected, this, [this](const DeviceInfo& info) {
        if (!m_connecting)
            return;
        qCInfo(lcLinkKeeper) << "reconnected to" << m_address->toString() << "at attempt" << m_attempt;
        m_connecting = false;
        m_attempt = 0;
        Q_EMIT reconnected(info);
    });
    connect(&m_client, &DeviceClient::stateChanged, this, &LinkKeeper::onClientState);
    connect(&m_client, &DeviceClient::disconnected, this, &LinkKeeper::stop);
}

void LinkKeeper::setDelays(QList<milliseconds> delays)
{
    Q_ASSERT(!delays.isEmpty());
    m_delays = std::move(delays);
}

void LinkKeeper::stop()
{
    m_timer.stop();
    m_attempt = 0;
    m_connecting = false;
}

void LinkKeeper::onLinkLost(const Error& error)
{
    const std::optional<DeviceAddress> address = m_client.address();
    // Someone else already reconnects (a configuration write), or this link is not ours to keep.
    if (!address || !keeps(*address) || m_client.state() != DeviceClient::State::Disconnected)
        return;
    m_address = address;
    const std::optional<DeviceInfo>& info = m_client.deviceInfo();
    m_moduleName = info && !info->bleName.isEmpty() ? info->bleName : address->toString();
    m_attempt = 1;
    qCInfo(lcLinkKeeper).noquote() << "link to" << address->toString() << "lost:" << error.toString();
    scheduleAttempt();
}

void LinkKeeper::scheduleAttempt()
{
    const milliseconds delay = m_delays.at(m_attempt - 1);
    Q_EMIT waiting(m_attempt, int(m_delays.size()), delay);
    m_timer.start(delay);
}

void LinkKeeper::attempt()
{
    if (m_client.state() != DeviceClient::State::Disconnected) {
        stop(); // the client was taken over while we waited
        return;
    }
    qCDebug(lcLinkKeeper) << "attempt" << m_attempt << "to" << m_address->toString();
    m_connecting = true;
    m_client.connectToDevice(*m_address);
}

void LinkKeeper::onAttemptFailed(const Error& error)
{
    if (!m_connecting)
        return;
    m_connecting = false;
    if (m_attempt < m_delays.size()) {
        ++m_attempt;
        scheduleAttempt();
        return;
    }
    const int attempts = m_attempt;
    stop();
    Q_EMIT gaveUp(Errors::make(ErrorKind::LinkLost,
        tr("The Bluetooth link to %1 was lost, and reconnecting failed (attempts: %2). The last attempt: %3 "
           "Connect again when the module is in range, or connect with the USB cable.")
            .arg(m_moduleName)
            .arg(attempts)
            .arg(error.detail)));
}

void LinkKeeper::onClientState()
{
    // Our own attempt moves the client to Connecting; any other move while we run is someone else's.
    if (m_attempt == 0 || m_connecting || m_client.state() == DeviceClient::State::Disconnected)
        return;
    qCDebug(lcLinkKeeper) << "the client is driven elsewhere; standing down";
    stop();
}

} // namespace iotpro
