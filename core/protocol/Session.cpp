#include "Session.h"

#include "ProtocolVersion.h"
#include "transport/Transport.h"

#include <QLoggingCategory>

namespace iotpro {

Q_LOGGING_CATEGORY(lcSession, "iotpro.protocol.session", QtInfoMsg)

Session::Session(Transport& transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_protocolVersion(protocol::kMaxVersion)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Session::onTimer);
    connect(&transport, &Transport::bytesReceived, this, &Session::onBytes);
    connect(&transport, &Transport::opened, this, [this] {
        m_decoder.reset();
        m_linkError = {};
        // One delimiter ends whatever partial frame the module may hold from before.
        m_transport.write(QByteArray(1, framing::kDelimiter));
    });
    connect(&transport, &Transport::errorOccurred, this, [this](const Error& error) { m_linkError = error; });
    connect(&transport, &Transport::closed, this, [this] {
        failAll(m_linkError.kind == ErrorKind::LinkLost
                ? m_linkError
                : Errors::make(ErrorKind::LinkLost,
                    tr("The link to %1 closed.").arg(m_transport.address().toString())));
    });
}

Session::~Session()
{
    // Handlers are not called from a destructor: their owners may be half gone.
    m_pending.clear();
}

quint32 Session::nextRequestId()
{
    do {
        ++m_lastRequestId;
    } while (m_lastRequestId == 0 || m_pending.contains(m_lastRequestId));
    return m_lastRequestId;
}

void Session::request(v1::Envelope message, RequestOptions options, QObject* context, ReplyHandler handler)
{
    send(std::move(message), options, context, std::move(handler));
}

quint32 Session::openStream(v1::Envelope message, RequestOptions options, QObject* context, ReplyHandler onReply,
    StreamHandler onMessage)
{
    Q_ASSERT_X(context, "Session::openStream", "a stream needs a receiver whose lifetime guards it");
    const quint32 id = send(std::move(message), options, context, std::move(onReply));
    if (id != 0)
        m_streams.emplace(id, Stream { context, std::move(onMessage) });
    return id;
}

void Session::closeStream(quint32 streamId)
{
    m_streams.erase(streamId);
}

quint32 Session::send(v1::Envelope message, RequestOptions options, QObject* context, ReplyHandler handler)
{
    if (m_transport.state() != Transport::State::Open) {
        const Error error = Errors::make(ErrorKind::NotConnected,
            tr("Connect to a module first."));
        QTimer::singleShot(0, context ? context : this, [handler = std::move(handler), error] { handler(error); });
        return 0;
    }
    const quint32 id = nextRequestId();
    message.set_request_id(id);
    if (!message.has_hello())
        message.set_protocol_version(m_protocolVersion);
    const std::string payload = message.SerializeAsString();
    Pending pending;
    pending.frame = encodeFrame(QByteArrayView(payload.data(), static_cast<qsizetype>(payload.size())));
    Q_ASSERT_X(!pending.frame.isEmpty(), "Session::request", "request larger than the frame limit");
    pending.options = options;
    pending.attemptsLeft = options.retries;
    pending.deadline = QDeadlineTimer(options.timeout, Qt::PreciseTimer);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.handler = std::move(handler);
    m_transport.write(pending.frame);
    m_pending.emplace(id, std::move(pending));
    rearmTimer();
    return id;
}

void Session::onBytes(const QByteArray& bytes)
{
    const QList<QByteArray> payloads = m_decoder.feed(bytes);
    for (const QByteArray& payload : payloads) {
        v1::Envelope envelope;
        if (!envelope.ParseFromArray(payload.constData(), static_cast<int>(payload.size()))) {
            qCDebug(lcSession) << "dropped a frame that is not an Envelope," << payload.size() << "bytes";
            continue;
        }
        onEnvelope(envelope);
    }
}

void Session::onEnvelope(const v1::Envelope& envelope)
{
    // Stream messages never answer a request: a snapshot left in the line by an earlier tool
    // must not complete a new request that happens to reuse its id.
    const bool streamed = envelope.has_live_snapshot();
    if (streamed || !m_pending.contains(envelope.request_id())) {
        const auto stream = m_streams.find(envelope.request_id());
        if (streamed && stream != m_streams.end()) {
            if (!stream->second.context)
                m_streams.erase(stream); // its receiver is gone
            else
                stream->second.onMessage(envelope);
            return;
        }
        ++m_unmatchedReplies;
        qCDebug(lcSession) << "message for no pending request or stream, id" << envelope.request_id();
        return;
    }
    if (envelope.has_error()) {
        const Pending& pending = m_pending.at(envelope.request_id());
        complete(envelope.request_id(),
            pending.options.explainError ? pending.options.explainError(envelope.error())
                                         : remoteError(envelope.error()));
    }
    else
        complete(envelope.request_id(), envelope);
}

void Session::onTimer()
{
    std::vector<quint32> expired;
    for (auto& [id, pending] : m_pending) {
        if (!pending.deadline.hasExpired())
            continue;
        if (pending.attemptsLeft > 0 && m_transport.state() == Transport::State::Open) {
            --pending.attemptsLeft;
            pending.deadline = QDeadlineTimer(pending.options.timeout, Qt::PreciseTimer);
            qCDebug(lcSession) << "retrying request" << id;
            m_transport.write(pending.frame); // same id: a late first reply still matches
        } else {
            expired.push_back(id);
        }
    }
    for (const quint32 id : expired) {
        const auto tries = m_pending.at(id).options.retries + 1;
        complete(id, Errors::make(ErrorKind::Timeout,
            tr("%1 sent no reply within %2 ms (%n attempt(s)).", nullptr, tries)
                .arg(m_transport.address().toString())
                .arg(m_pending.at(id).options.timeout.count())));
    }
    rearmTimer();
}

void Session::rearmTimer()
{
    if (m_pending.empty()) {
        m_timer.stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const auto& [id, pending] : m_pending)
        earliest = std::min(earliest, pending.deadline.remainingTime());
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, earliest)));
}

void Session::complete(quint32 requestId, Result<v1::Envelope> result)
{
    auto node = m_pending.extract(requestId);
    if (node.empty())
        return;
    Pending& pending = node.mapped();
    if (!result.ok())
        m_streams.erase(requestId); // a stream whose opening failed never starts
    rearmTimer();
    if (pending.hasContext && !pending.context)
        return; // the requester is gone
    pending.handler(std::move(result));
}

void Session::failAll(const Error& error)
{
    m_streams.clear();
    std::vector<quint32> ids;
    for (const auto& [id, pending] : m_pending)
        ids.push_back(id);
    for (const quint32 id : ids)
        complete(id, error);
}

} // namespace iotpro
