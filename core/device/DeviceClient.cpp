#include "DeviceClient.h"

#include "ProtoConversions.h"
#include "RequestChannel.h"
#include "protocol/ProtocolVersion.h"
#include "protocol/Session.h"
#include "transport/TransportFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QtEndian>

namespace iotpro {

namespace {

/// Hello is retried so that a module that missed the first frame (e.g. still booting) is
/// found, while a port with no module behind it is given up on within 3 s.
constexpr int kHelloRetries = 2;
constexpr std::chrono::milliseconds kHelloAttemptTimeout(700);
constexpr quint32 kMinLiveRateHz = 1;
constexpr quint32 kMaxLiveRateHz = 20;
constexpr std::chrono::seconds kLiveKeepAliveInterval(2);

} // namespace

DeviceClient::DeviceClient(QObject* parent)
    : QObject(parent)
    , m_liveKeepAlive(new QTimer(this))
{
    // The module ends a live subscription after 5 s without a frame from us (a serial link
    // cannot tell it that we left); a ping every 2 s keeps it alive.
    m_liveKeepAlive->setInterval(kLiveKeepAliveInterval);
    connect(m_liveKeepAlive, &QTimer::timeout, this, [this] { ping(this, [](Result<std::chrono::microseconds>) { }); });
}

DeviceClient::~DeviceClient()
{
    teardown(Deletion::Now);
}

void DeviceClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

std::chrono::milliseconds DeviceClient::requestTimeout() const
{
    return m_transport ? m_transport->suggestedTimeout() : std::chrono::milliseconds(1000);
}

void DeviceClient::connectToDevice(const DeviceAddress& address)
{
    if (m_state != State::Disconnected)
        disconnectFromDevice();
    m_address = address;
    m_info.reset();
    m_transportError.reset();

    Result<std::unique_ptr<Transport>> transport = createTransport(address);
    if (!transport) {
        const Error error = transport.error();
        QTimer::singleShot(0, this, [this, error] { Q_EMIT connectionFailed(error); });
        return;
    }
    m_transport = std::move(transport).value();
    m_session = std::make_unique<Session>(*m_transport);
    connect(m_transport.get(), &Transport::opened, this, &DeviceClient::sayHello);
    connect(m_transport.get(), &Transport::errorOccurred, this, [this](const Error& e) { m_transportError = e; });
    connect(m_transport.get(), &Transport::closed, this, &DeviceClient::onTransportClosed);
    setState(State::Connecting);
    m_transport->open();
}

void DeviceClient::sayHello()
{
    hello(this, [this](Result<DeviceInfo> result) {
        if (m_state != State::Connecting)
            return;
        if (!result) {
            Error error = result.error();
            if (error.kind == ErrorKind::Timeout)
                error = Errors::make(ErrorKind::NoModule,
                    tr("No IoT Pro module answered on %1. Check that this is the module's port and "
                       "that the module is powered.")
                        .arg(m_address->toString()));
            teardown(Deletion::Deferred);
            setState(State::Disconnected);
            Q_EMIT connectionFailed(error);
            return;
        }
        m_info = result.value();
        setState(State::Connected);
        Q_EMIT connected(*m_info);
    });
}

void DeviceClient::hello(QObject* context, Callback<DeviceInfo> done)
{
    if (!m_session) {
        QTimer::singleShot(0, context, [done] { done(Errors::make(ErrorKind::NotConnected, tr("Connect to a module first."))); });
        return;
    }
    v1::Envelope message;
    v1::Hello* hello = message.mutable_hello();
    hello->set_client_name(QCoreApplication::applicationName().toStdString());
    hello->set_client_version(QCoreApplication::applicationVersion().toStdString());
    hello->set_min_protocol_version(protocol::kMinVersion);
    hello->set_max_protocol_version(protocol::kMaxVersion);
    message.set_protocol_version(protocol::kMaxVersion);
    const Session::RequestOptions options { std::min(requestTimeout(), kHelloAttemptTimeout), kHelloRetries };
    m_session->request(std::move(message), options, context, [this, done](Result<v1::Envelope> reply) {
        if (!reply)
            return done(reply.error());
        if (!reply->has_device_info())
            return done(RequestChannel::unexpectedReply(u"DeviceInfo"_qs));
        DeviceInfo info = fromProto(reply->device_info());
        const std::optional<quint32> version
            = protocol::negotiateVersion(info.minProtocolVersion, info.maxProtocolVersion);
        if (!version) {
            return done(Errors::make(ErrorKind::ProtocolMismatch,
                tr("The module speaks protocol versions %1 to %2, this tool %3 to %4. Update %5.")
                    .arg(info.minProtocolVersion)
                    .arg(info.maxProtocolVersion)
                    .arg(protocol::kMinVersion)
                    .arg(protocol::kMaxVersion)
                    .arg(info.maxProtocolVersion < protocol::kMinVersion ? tr("the module's firmware")
                                                                          : tr("this tool"))));
        }
        info.negotiatedProtocolVersion = *version;
        if (m_session)
            m_session->setProtocolVersion(*version);
        done(std::move(info));
    });
}

void DeviceClient::ping(QObject* context, Callback<std::chrono::microseconds> done)
{
    if (!m_session) {
        QTimer::singleShot(0, context, [done] { done(Errors::make(ErrorKind::NotConnected, tr("Connect to a module first."))); });
        return;
    }
    char payload[sizeof(quint64)];
    qToLittleEndian(++m_pingCounter, payload);
    v1::Envelope message;
    message.mutable_ping()->set_payload(payload, sizeof payload);
    const std::string sent(payload, sizeof payload);
    QElapsedTimer clock;
    clock.start();
    m_session->request(std::move(message), { requestTimeout(), 1 }, context,
        [done, sent, clock](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            if (!reply->has_pong() || reply->pong().payload() != sent)
                return done(RequestChannel::unexpectedReply(u"Pong"_qs));
            done(std::chrono::microseconds(clock.nsecsElapsed() / 1000));
        });
}

void DeviceClient::startLive(quint32 rateHz)
{
    if (!m_session || m_state != State::Connected) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT liveFailed(Errors::make(ErrorKind::NotConnected, tr("Connect to a module first.")));
        });
        return;
    }
    if (rateHz < kMinLiveRateHz || rateHz > kMaxLiveRateHz) {
        QTimer::singleShot(0, this, [this, rateHz] {
            Q_EMIT liveFailed(Errors::make(ErrorKind::Unsupported,
                tr("%1 snapshots per second is not possible; choose %2 to %3.").arg(rateHz).arg(kMinLiveRateHz).arg(kMaxLiveRateHz)));
        });
        return;
    }
    if (m_liveStream)
        m_session->closeStream(m_liveStream);
    m_lastLiveSequence = 0;
    v1::Envelope message;
    message.mutable_live_subscribe()->set_rate_hz(rateHz);
    // Subscribing again with the same request id replaces the stream: safe to retry.
    m_liveStream = m_session->openStream(std::move(message), { requestTimeout(), 1 }, this,
        [this](Result<v1::Envelope> reply) {
            if (reply && !reply->has_live_subscribed())
                reply = RequestChannel::unexpectedReply(u"LiveSubscribed"_qs);
            if (!reply) {
                m_liveStream = 0;
                m_liveKeepAlive->stop();
                return Q_EMIT liveFailed(reply.error());
            }
            m_liveKeepAlive->start();
            Q_EMIT liveStarted(reply->live_subscribed().rate_hz());
        },
        [this](const v1::Envelope& streamed) {
            if (streamed.has_live_snapshot())
                onLiveMessage(fromProto(streamed.live_snapshot()));
        });
}

void DeviceClient::onLiveMessage(const LiveSnapshot& snapshot)
{
    if (m_lastLiveSequence != 0 && snapshot.sequence > m_lastLiveSequence + 1)
        Q_EMIT liveGap(m_lastLiveSequence + 1, snapshot.sequence - m_lastLiveSequence - 1);
    m_lastLiveSequence = std::max(m_lastLiveSequence, snapshot.sequence);
    Q_EMIT liveSnapshot(snapshot);
}

void DeviceClient::stopLive()
{
    if (!m_liveStream || !m_session)
        return;
    m_liveKeepAlive->stop();
    m_session->closeStream(std::exchange(m_liveStream, 0));
    v1::Envelope message;
    message.mutable_live_subscribe()->set_rate_hz(0);
    // Nothing waits for the acknowledgement; a lost one only means the module sends a few
    // snapshots nobody reads.
    m_session->request(std::move(message), { requestTimeout(), 1 }, this, [](Result<v1::Envelope>) { });
}

void DeviceClient::onTransportClosed()
{
    const Error error = m_transportError.value_or(
        Errors::make(ErrorKind::LinkLost, tr("The link to %1 closed.").arg(m_address->toString())));
    const State was = m_state;
    teardown(Deletion::Deferred);
    setState(State::Disconnected);
    if (was == State::Connecting)
        Q_EMIT connectionFailed(error);
    else if (was == State::Connected)
        Q_EMIT linkLost(error);
}

void DeviceClient::disconnectFromDevice()
{
    if (m_state == State::Disconnected && !m_transport)
        return;
    if (m_session)
        m_session->failAll(Errors::make(ErrorKind::Cancelled, tr("Disconnected.")));
    teardown(Deletion::Deferred);
    setState(State::Disconnected);
    Q_EMIT disconnected();
}

void DeviceClient::teardown(Deletion deletion)
{
    m_liveStream = 0;
    m_liveKeepAlive->stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    if (deletion == Deletion::Now) {
        m_session.reset();
        m_transport.reset();
        return;
    }
    // Called from inside the transport's or the session's own signal handling: they may only
    // be deleted once control is back in the event loop.
    if (m_session)
        m_session.release()->deleteLater();
    if (m_transport)
        m_transport.release()->deleteLater();
}

} // namespace iotpro
