#include "LiveStreamController.h"

#include "device/DeviceClient.h"

#include <QLoggingCategory>
#include <algorithm>

namespace iotpro::ui {

Q_LOGGING_CATEGORY(lcLiveStream, "iotpro.ui.livestream")

LiveStreamController::LiveStreamController(DeviceClient& client, quint32 rateHz, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_rateHz(rateHz)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { setState(State::Stalled); });
    connect(&m_client, &DeviceClient::stateChanged, this, &LiveStreamController::onConnectionStateChanged);
    connect(&m_client, &DeviceClient::liveStarted, this, [this] {
        if (m_state == State::Starting)
            m_stallTimer.start(); // the first snapshot is due within a period
    });
    connect(&m_client, &DeviceClient::liveSnapshot, this, &LiveStreamController::onSnapshot);
    connect(&m_client, &DeviceClient::liveFailed, this, &LiveStreamController::onFailed);
    connect(&m_client, &DeviceClient::liveGap, this, [](quint64 firstMissing, quint64 missing) {
        qCDebug(lcLiveStream) << "the module dropped" << missing << "snapshots from" << firstMissing;
    });
    onConnectionStateChanged();
}

void LiveStreamController::restart()
{
    if (m_client.state() != DeviceClient::State::Connected)
        return;
    m_error.reset();
    const std::chrono::milliseconds period(1000 / std::max<quint32>(m_rateHz, 1));
    m_stallTimer.setInterval(std::max<std::chrono::milliseconds>(kStallTimeout, 3 * period));
    setState(State::Starting);
    m_client.startLive(m_rateHz);
}

void LiveStreamController::setRateHz(quint32 rateHz)
{
    if (rateHz == m_rateHz)
        return;
    m_rateHz = rateHz;
    restart();
}

void LiveStreamController::onConnectionStateChanged()
{
    if (m_client.state() == DeviceClient::State::Connected) {
        if (m_state == State::Off)
            restart();
        return;
    }
    if (m_state == State::Off)
        return;
    m_stallTimer.stop();
    m_error.reset();
    setState(State::Off);
    Q_EMIT stopped();
}

void LiveStreamController::onSnapshot(const LiveSnapshot& snapshot)
{
    if (m_state == State::Off)
        return;
    m_stallTimer.start();
    setState(State::Live);
    Q_EMIT snapshotReceived(snapshot);
}

void LiveStreamController::onFailed(const Error& error)
{
    // A stream that dies with its link is reported by the connection, once.
    if (m_client.state() != DeviceClient::State::Connected || m_state == State::Off)
        return;
    qCInfo(lcLiveStream).noquote() << error.toString();
    m_stallTimer.stop();
    m_error = error;
    setState(State::Failed);
}

void LiveStreamController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace iotpro::ui
