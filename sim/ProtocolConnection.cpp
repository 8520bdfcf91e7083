#include "ProtocolConnection.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcConnection, "iotpro.sim.connection", QtInfoMsg)

ProtocolConnection::ProtocolConnection(
    const ModuleServices& services, QString peerName, BacklogProbe backlog, QObject* parent)
    : QObject(parent)
    , m_protocol(services.protocol)
    , m_peerName(std::move(peerName))
    , m_backlog(std::move(backlog))
    , m_liveStream(services.live)
    // Deferred replies come back through the link state, which this connection owns: they can
    // only arrive while it exists.
    , m_link([this](const v1::Envelope& reply) { send(reply); })
{
    connect(&m_liveStream, &LiveStream::snapshotDue, this, &ProtocolConnection::sendSnapshot);
}

void ProtocolConnection::receive(QByteArrayView bytes)
{
    const std::uint64_t rejectedBefore = m_decoder.stats().rejectedFrames();
    const QList<QByteArray> payloads = m_decoder.feed(bytes);
    if (const std::uint64_t rejected = m_decoder.stats().rejectedFrames() - rejectedBefore; rejected > 0) {
        // A firmware drops damaged frames silently; the tool's timeout and retry recover.
        qCDebug(lcConnection).nospace() << "dropped " << rejected << " bad frame(s) from " << m_peerName
                                        << ", " << m_decoder.stats().rejectedFrames() << " in all";
    }
    for (const QByteArray& payload : payloads) {
        m_liveStream.renewLease();
        const HandlerReply reply = m_protocol.replyToPayload(payload, m_link);
        if (!reply)
            continue; // the handler replies later
        send(*reply);
        follow(*reply);
    }
}

void ProtocolConnection::follow(const v1::Envelope& reply)
{
    // The reply says what the module agreed to: the stream starts after it, so that
    // LiveSubscribed always comes before the first snapshot.
    if (!reply.has_live_subscribed())
        return;
    if (const quint32 rate = reply.live_subscribed().rate_hz(); rate > 0)
        m_liveStream.start(reply.request_id(), reply.protocol_version(), rate);
    else
        m_liveStream.stop();
}

bool ProtocolConnection::deliver(const v1::Envelope& message, qsizetype backlogLimit)
{
    const std::string payload = message.SerializeAsString();
    const QByteArray frame
        = encodeFrame(QByteArrayView(payload.data(), static_cast<qsizetype>(payload.size())));
    if (frame.isEmpty()) {
        qCWarning(lcConnection) << "not sending an envelope of" << payload.size() << "bytes to" << m_peerName
                                << "(empty or beyond the payload limit)";
        return true;
    }
    if (m_backlog() + frame.size() > backlogLimit)
        return false;
    Q_EMIT frameReady(frame);
    return true;
}

void ProtocolConnection::send(const v1::Envelope& message)
{
    if (!deliver(message, kMaxOutputBacklog)) {
        ++m_droppedFrames;
        qCDebug(lcConnection) << m_peerName << "reads nothing - dropped a frame," << m_droppedFrames
                              << "in all";
    }
}

void ProtocolConnection::sendSnapshot(const v1::Envelope& snapshot)
{
    if (!deliver(snapshot, kMaxLiveBacklog)) {
        ++m_skippedSnapshots;
        qCDebug(lcConnection) << m_peerName << "is slow - skipped snapshot"
                              << snapshot.live_snapshot().sequence();
    }
}

} // namespace iotpro::sim
