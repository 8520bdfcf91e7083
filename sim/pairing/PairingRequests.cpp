#include "PairingRequests.h"

#include "ProtoBytes.h"
#include "pairing/PairingGuard.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcPairing, "iotpro.sim.pairing", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMessageASize = 48;
constexpr qsizetype kMessageCSize = 64;

} // namespace

PairingRequests::PairingRequests(
    QString labelCode, QString serialNumber, PairingGuard& guard, const ModuleClock& clock)
    : m_labelCode(std::move(labelCode))
    , m_serialNumber(std::move(serialNumber))
    , m_guard(guard)
    , m_clock(clock)
{ }

PairingRequests::~PairingRequests() = default;

QList<v1::Envelope::BodyCase> PairingRequests::bodies() const
{
    return { v1::Envelope::kPairingStart, v1::Envelope::kPairingConfirm };
}

HandlerReply PairingRequests::handle(const v1::Envelope& request, LinkState& link)
{
    if (request.has_pairing_start())
        return start(request, link);
    return confirm(request, link);
}

v1::Envelope PairingRequests::start(const v1::Envelope& request, LinkState& link)
{
    const QByteArray messageA = bytesOf(request.pairing_start().message_a());
    if (messageA.size() != kMessageASize)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_MALFORMED_REQUEST,
                u"message_a is %1 bytes, not %2"_s.arg(messageA.size()).arg(kMessageASize) });
    if (const std::chrono::milliseconds lock = m_guard.lockRemaining(); lock.count() > 0)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_PAIRING_LOCKED,
                u"too many wrong label codes: pairing refused for %1 s"_s.arg((lock.count() + 999) / 1000),
                {}, static_cast<quint64>(lock.count()) });

    // A new run ends this link's pairing and the open run, whichever link it was on (already
    // counted as failed when its B went out).
    link.pairing.reset();
    m_open.reset();
    Result<security::PakeResponder> responder = security::PakeResponder::create(m_labelCode, m_serialNumber);
    if (!responder)
        return withError(
            replyEnvelopeFor(request), { v1::ERROR_CODE_INTERNAL, u"the label code is not usable"_s });
    Result<QByteArray> messageB = responder.value().respond(messageA);
    if (!messageB)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_PAIRING_FAILED, u"message_a carries no valid share"_s });
    // B lets the peer test one guess of the code: counted before it goes out (docs/security.md, 6.6).
    if (!m_guard.countAttempt()) {
        qCWarning(lcPairing) << m_guard.errorString();
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INTERNAL, u"the pairing attempt could not be recorded"_s });
    }
    m_open.emplace(OpenRun { link.conversationId(), std::move(responder.value()) });
    qCDebug(lcPairing) << "pairing run open; failed attempts:" << m_guard.failedAttempts();

    v1::Envelope reply = replyEnvelopeFor(request);
    reply.mutable_pairing_challenge()->set_message_b(messageB.value().toStdString());
    return reply;
}

v1::Envelope PairingRequests::confirm(const v1::Envelope& request, LinkState& link)
{
    const QByteArray messageC = bytesOf(request.pairing_confirm().message_c());
    if (messageC.size() != kMessageCSize)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_MALFORMED_REQUEST,
                u"message_c is %1 bytes, not %2"_s.arg(messageC.size()).arg(kMessageCSize) });
    if (!m_open || m_open->conversationId != link.conversationId())
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_PAIRING_FAILED, u"no pairing is open on this link; start one"_s });

    // A run is never resumed: it ends here, whatever C says.
    Result<security::pake::SessionKeys> keys = m_open->responder.finish(messageC);
    m_open.reset();
    if (!keys)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_PAIRING_FAILED, u"the confirmation does not match: wrong label code"_s });
    if (!m_guard.recordSuccess())
        qCWarning(lcPairing) << m_guard.errorString();
    link.pairing = PairedSession { keys.value(), m_clock.uptimeMs() };
    qCDebug(lcPairing) << "paired";

    v1::Envelope reply = replyEnvelopeFor(request);
    reply.mutable_pairing_confirmed();
    return reply;
}

} // namespace iotpro::sim
