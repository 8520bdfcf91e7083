#pragma once

#include "FrameCodec.h"
#include "RemoteError.h"
#include "common/Result.h"
#include "iotpro.pb.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>

namespace iotpro {

class Transport;

/// Carries protobuf envelopes over a Transport: frames them, numbers requests, matches
/// replies by request id, times out, retries idempotent requests, and fails every pending
/// request with a typed error when the link goes.
///
/// Lives on the transport's thread and is driven by its signals only; never blocks.
class Session : public QObject
{
    Q_OBJECT

public:
    struct RequestOptions
    {
        std::chrono::milliseconds timeout { 1000 };
        /// Extra attempts after a timeout; only for requests that are safe to repeat.
        int retries = 0;
        /// Turns the module's ErrorReply into the Error the handler gets; remoteError() when empty.
        /// A request that knows more (which key signed, which serial) names it in the message.
        std::function<Error(const v1::ErrorReply&)> explainError {};
    };
    using ReplyHandler = std::function<void(Result<v1::Envelope>)>;
    using StreamHandler = std::function<void(const v1::Envelope&)>;

    explicit Session(Transport& transport, QObject* parent = nullptr);
    ~Session() override;

    /// Version written into every envelope; set once the Hello exchange has chosen it.
    void setProtocolVersion(quint32 version) { m_protocolVersion = version; }
    quint32 protocolVersion() const { return m_protocolVersion; }

    /// Sends `message` (its request id and version are filled in) and calls `handler` exactly
    /// once: with the reply envelope, or with a typed error (the module's ErrorReply included).
    /// If `context` is destroyed first, the handler is dropped.
    void request(v1::Envelope message, RequestOptions options, QObject* context, ReplyHandler handler);

    /// Like request(); in addition every later envelope the module sends with the same request
    /// id goes to `onMessage` until closeStream() or the link closes. Returns the stream id.
    quint32 openStream(v1::Envelope message, RequestOptions options, QObject* context, ReplyHandler onReply,
        StreamHandler onMessage);
    /// Stops delivering a stream's messages (the module is told separately, by a request).
    void closeStream(quint32 streamId);

    /// Fails every pending request with `error` (e.g. Cancelled on a deliberate disconnect).
    void failAll(const Error& error);

    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    const FrameStats& frameStats() const { return m_decoder.stats(); }
    /// Replies that matched no pending request (late after a timeout, or spurious).
    quint64 unmatchedReplies() const { return m_unmatchedReplies; }

private:
    struct Pending
    {
        QByteArray frame;
        RequestOptions options;
        int attemptsLeft = 0;
        QDeadlineTimer deadline;
        QPointer<QObject> context;
        bool hasContext = false;
        ReplyHandler handler;
    };

    quint32 nextRequestId();
    void onBytes(const QByteArray& bytes);
    void onEnvelope(const v1::Envelope& envelope);
    void onTimer();
    void rearmTimer();
    void complete(quint32 requestId, Result<v1::Envelope> result);
    quint32 send(v1::Envelope message, RequestOptions options, QObject* context, ReplyHandler handler);

    struct Stream
    {
        QPointer<QObject> context;
        StreamHandler onMessage;
    };

    Transport& m_transport;
    FrameDecoder m_decoder;
    std::map<quint32, Pending> m_pending;
    std::map<quint32, Stream> m_streams;
    QTimer m_timer;
    Error m_linkError;
    quint32 m_lastRequestId = 0;
    quint32 m_protocolVersion;
    quint64 m_unmatchedReplies = 0;
};

} // namespace iotpro
