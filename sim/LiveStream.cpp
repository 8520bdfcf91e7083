#include "LiveStream.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcLive, "iotpro.sim.live", QtInfoMsg)

namespace {

constexpr int kMillisecondsPerSecond = 1000;

} // namespace

LiveStream::LiveStream(LiveSource& source, std::chrono::milliseconds lease, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &LiveStream::emitSnapshot);
    m_lease.setSingleShot(true);
    m_lease.setInterval(lease);
    connect(&m_lease, &QTimer::timeout, this, [this] {
        qCDebug(lcLive) << "no frame from the peer for" << m_lease.interval() << "ms: stream" << m_requestId
                        << "ends";
        stop();
        Q_EMIT leaseExpired();
    });
}

void LiveStream::start(quint32 requestId, quint32 protocolVersion, quint32 rateHz)
{
    Q_ASSERT(rateHz > 0);
    m_requestId = requestId;
    m_protocolVersion = protocolVersion;
    m_rateHz = rateHz;
    m_sequence = 0;
    // The first snapshot ends the first measurement window, one period from now.
    m_ticker.start(static_cast<int>(kMillisecondsPerSecond / rateHz));
    m_lease.start();
    qCDebug(lcLive) << "stream" << requestId << "at" << rateHz << "Hz";
}

void LiveStream::stop()
{
    m_ticker.stop();
    m_lease.stop();
    m_rateHz = 0;
}

void LiveStream::renewLease()
{
    if (isActive())
        m_lease.start();
}

void LiveStream::emitSnapshot()
{
    v1::Envelope envelope;
    envelope.set_protocol_version(m_protocolVersion);
    envelope.set_request_id(m_requestId);
    v1::LiveSnapshot* snapshot = envelope.mutable_live_snapshot();
    *snapshot = m_source.snapshotNow();
    snapshot->set_sequence(++m_sequence);
    Q_EMIT snapshotDue(envelope);
}

} // namespace iotpro::sim
