#pragma once

#include "LiveSource.h"
#include "iotpro.pb.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace iotpro::sim {

/// One link's live subscription (docs/protocol.md, 4.6): a snapshot every 1/rate seconds,
/// numbered from 1 and carrying the LiveSubscribe's request id and protocol version, until it
/// is stopped or replaced, or until the link has been silent for the lease time (a serial
/// link cannot tell the module that the tool went away).
class LiveStream : public QObject
{
    Q_OBJECT

public:
    /// The lease of iotpro.proto's LiveSubscribe.
    static constexpr std::chrono::seconds kLease { 5 };

    explicit LiveStream(
        LiveSource& source, std::chrono::milliseconds lease = kLease, QObject* parent = nullptr);

    /// Starts a subscription at `rateHz` (1 to 20), replacing the current one: the sequence
    /// starts again at 1.
    void start(quint32 requestId, quint32 protocolVersion, quint32 rateHz);
    void stop();
    /// The peer sent a frame: the lease starts again.
    void renewLease();

    bool isActive() const { return m_ticker.isActive(); }
    quint32 rateHz() const { return m_rateHz; }

Q_SIGNALS:
    /// A snapshot is due. Its sequence number is used whether or not the link can take it.
    void snapshotDue(const iotpro::v1::Envelope& snapshot);
    /// The lease ran out: the peer sent nothing for the lease time.
    void leaseExpired();

private:
    void emitSnapshot();

    LiveSource& m_source;
    QTimer m_ticker;
    QTimer m_lease;
    quint32 m_requestId = 0;
    quint32 m_protocolVersion = 0;
    quint32 m_rateHz = 0;
    quint64 m_sequence = 0;
};

} // namespace iotpro::sim
