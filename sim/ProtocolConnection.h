#pragma once

#include "LinkState.h"
#include "LiveStream.h"
#include "ModuleServices.h"
#include "protocol/FrameCodec.h"

#include <QByteArray>
#include <QObject>
#include <functional>

namespace iotpro::sim {

/// The module's conversation with one peer: bytes from the peer in any chunking, decoded
/// into requests; replies (immediate or deferred) and the live stream framed and handed to the
/// endpoint through frameReady(). Holds what the module keeps per link (LinkState). Knows nothing
/// of the link itself, only how much output it still holds.
class ProtocolConnection : public QObject
{
    Q_OBJECT

public:
    /// Output the link may hold for a peer that does not read. Frames beyond it are dropped
    /// whole, as a module drops what its USB or TCP buffers cannot hold.
    static constexpr qsizetype kMaxOutputBacklog = 64 * 1024;
    /// A live snapshot is skipped, its sequence number used, while the link holds more than
    /// this: a stream to a slow peer never crowds out the replies to its requests.
    static constexpr qsizetype kMaxLiveBacklog = 8 * 1024;

    /// How many bytes the link holds that the peer has not taken yet.
    using BacklogProbe = std::function<qsizetype()>;

    /// `peerName` names the peer in log lines.
    ProtocolConnection(
        const ModuleServices& services, QString peerName, BacklogProbe backlog, QObject* parent = nullptr);

    /// Feeds bytes the peer sent; answers every complete request.
    void receive(QByteArrayView bytes);
    /// Frames `message` for the peer, unless the link already holds kMaxOutputBacklog.
    void send(const v1::Envelope& message);

    const FrameStats& frameStats() const { return m_decoder.stats(); }
    const LiveStream& liveStream() const { return m_liveStream; }
    const LinkState& linkState() const { return m_link; }
    /// Frames dropped because the peer does not read.
    quint64 droppedFrames() const { return m_droppedFrames; }
    quint64 skippedSnapshots() const { return m_skippedSnapshots; }

Q_SIGNALS:
    /// One complete frame to write to the peer.
    void frameReady(const QByteArray& frame);

private:
    void follow(const v1::Envelope& reply);
    void sendSnapshot(const v1::Envelope& snapshot);
    /// Frames `message` and hands it on unless the link would then hold more than
    /// `backlogLimit`; false when it does not fit.
    bool deliver(const v1::Envelope& message, qsizetype backlogLimit);

    ModuleProtocol& m_protocol;
    const QString m_peerName;
    const BacklogProbe m_backlog;
    FrameDecoder m_decoder;
    LiveStream m_liveStream;
    LinkState m_link;
    quint64 m_droppedFrames = 0;
    quint64 m_skippedSnapshots = 0;
};

} // namespace iotpro::sim
