#include "Pake.h"

#include "Cpace.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace iotpro::security {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::Pake)
};

constexpr qsizetype InitiatorMessageSize = pake::SessionIdSize + cpace::PointSize;
constexpr qsizetype ResponderMessageSize = cpace::PointSize + pake::TagSize;
constexpr qsizetype ConfirmationSize = pake::TagSize;
static_assert(pake::TagSize == 64, "tags are compared with crypto_verify_64");

Error pairingError(const QString& detail)
{
    return Errors::make(ErrorKind::SecurityCheckFailed, detail);
}

Error outOfOrder()
{
    return pairingError(Text::tr("pairing message out of order: this pairing run has ended or not begun; "
                                 "start a new one"));
}

Error malformed(qsizetype size, qsizetype expected)
{
    return pairingError(Text::tr("malformed pairing message (%1 bytes, expected %2): pairing aborted")
                            .arg(size)
                            .arg(expected));
}

bool sameTag(QByteArrayView a, QByteArrayView b)
{
    return a.size() == pake::TagSize && b.size() == pake::TagSize
        && crypto_verify_64(uchars(a), uchars(b)) == 0;
}

/// What both roles derive once K is known; secrets wiped when it dies.
struct KeySchedule
{
    KeySchedule(QByteArrayView sessionId, QByteArrayView k, QByteArrayView initiatorShare,
        QByteArrayView responderShare)
        : isk(cpace::intermediateSessionKey(
            sessionId, k, initiatorShare, pake::InitiatorAd, responderShare, pake::ResponderAd))
        , confirmationKey(pake::confirmationKey(sessionId, isk))
        , initiatorTag(pake::confirmationTag(confirmationKey, initiatorShare, pake::InitiatorAd))
        , responderTag(pake::confirmationTag(confirmationKey, responderShare, pake::ResponderAd))
    { }
    ~KeySchedule()
    {
        wipe(isk);
        wipe(confirmationKey);
    }
    KeySchedule(const KeySchedule&) = delete;
    KeySchedule& operator=(const KeySchedule&) = delete;

    pake::SessionKeys sessionKeys(QByteArrayView sessionId) const
    {
        return pake::sessionKeys(isk, sessionId);
    }

    QByteArray isk;
    QByteArray confirmationKey;
    QByteArray initiatorTag;
    QByteArray responderTag;
};

} // namespace

// ---- PakeInitiator ----------------------------------------------------------------------------

Result<PakeInitiator> PakeInitiator::create(const QString& labelCode, const QString& moduleSerial)
{
    Result<QByteArray> password = pake::passwordFromLabelCode(labelCode);
    if (!password)
        return password.error();
    return PakeInitiator(std::move(password).value(), pake::channelIdentifier(moduleSerial));
}

PakeInitiator::PakeInitiator(QByteArray password, QByteArray channelIdentifier)
    : m_password(std::move(password))
    , m_channelIdentifier(std::move(channelIdentifier))
{ }

PakeInitiator::~PakeInitiator()
{
    wipeSecrets();
}

void PakeInitiator::wipeSecrets()
{
    wipe(m_password);
    wipe(m_scalar);
}

Result<QByteArray> PakeInitiator::start()
{
    if (m_stage != Stage::Ready)
        return outOfOrder();
    m_stage = Stage::Started;
    m_sessionId = randomBytes(pake::SessionIdSize);
    const QByteArray generator = cpace::calculateGenerator(m_password, m_channelIdentifier, m_sessionId);
    wipe(m_password);
    m_scalar = cpace::sampleScalar();
    // The generator is a valid element and the scalar is never zero, so this cannot fail.
    m_share = cpace::scalarMultVfy(m_scalar, generator).value();
    return QByteArray(m_sessionId + m_share);
}

Result<PakeInitiator::Finished> PakeInitiator::finish(QByteArrayView responderMessage)
{
    if (m_stage != Stage::Started)
        return outOfOrder();
    m_stage = Stage::Ended;
    if (responderMessage.size() != ResponderMessageSize) {
        wipeSecrets();
        return malformed(responderMessage.size(), ResponderMessageSize);
    }
    const QByteArrayView responderShare = responderMessage.first(cpace::PointSize);
    const QByteArrayView responderTag = responderMessage.sliced(cpace::PointSize);

    std::optional<QByteArray> k = cpace::scalarMultVfy(m_scalar, responderShare);
    wipeSecrets();
    if (!k)
        return pairingError(Text::tr("the module sent an invalid key share: pairing aborted"));
    const KeySchedule schedule(m_sessionId, *k, m_share, responderShare);
    wipe(*k);
    if (!sameTag(schedule.responderTag, responderTag)) {
        return pairingError(Text::tr("the module did not prove it knows the pairing code: check the code on "
                                     "the module label and try again (the module locks pairing for a while "
                                     "after repeated wrong codes)"));
    }
    return Finished { schedule.initiatorTag, schedule.sessionKeys(m_sessionId) };
}

// ---- PakeResponder ----------------------------------------------------------------------------

Result<PakeResponder> PakeResponder::create(const QString& labelCode, const QString& moduleSerial)
{
    Result<QByteArray> password = pake::passwordFromLabelCode(labelCode);
    if (!password)
        return password.error();
    return PakeResponder(std::move(password).value(), pake::channelIdentifier(moduleSerial));
}

PakeResponder::PakeResponder(QByteArray password, QByteArray channelIdentifier)
    : m_password(std::move(password))
    , m_channelIdentifier(std::move(channelIdentifier))
{ }

PakeResponder::~PakeResponder()
{
    wipeSecrets();
}

void PakeResponder::wipeSecrets()
{
    wipe(m_password);
    wipe(m_expectedConfirmation);
    m_keys.reset();
}

Result<QByteArray> PakeResponder::respond(QByteArrayView initiatorMessage)
{
    if (m_stage != Stage::Ready)
        return outOfOrder();
    m_stage = Stage::Responded;
    if (initiatorMessage.size() != InitiatorMessageSize) {
        m_stage = Stage::Ended;
        wipeSecrets();
        return malformed(initiatorMessage.size(), InitiatorMessageSize);
    }
    const QByteArrayView sessionId = initiatorMessage.first(pake::SessionIdSize);
    const QByteArrayView initiatorShare = initiatorMessage.sliced(pake::SessionIdSize);

    const QByteArray generator = cpace::calculateGenerator(m_password, m_channelIdentifier, sessionId);
    wipe(m_password);
    QByteArray scalar = cpace::sampleScalar();
    const QByteArray share = cpace::scalarMultVfy(scalar, generator).value();
    std::optional<QByteArray> k = cpace::scalarMultVfy(scalar, initiatorShare);
    wipe(scalar);
    if (!k) {
        m_stage = Stage::Ended;
        wipeSecrets();
        return pairingError(Text::tr("the tool sent an invalid key share: pairing aborted"));
    }
    const KeySchedule schedule(sessionId, *k, initiatorShare, share);
    wipe(*k);
    m_expectedConfirmation = schedule.initiatorTag;
    m_keys = schedule.sessionKeys(sessionId);
    return QByteArray(share + schedule.responderTag);
}

Result<pake::SessionKeys> PakeResponder::finish(QByteArrayView initiatorConfirmation)
{
    if (m_stage != Stage::Responded)
        return outOfOrder();
    m_stage = Stage::Ended;
    if (initiatorConfirmation.size() != ConfirmationSize) {
        wipeSecrets();
        return malformed(initiatorConfirmation.size(), ConfirmationSize);
    }
    if (!sameTag(m_expectedConfirmation, initiatorConfirmation)) {
        wipeSecrets();
        return pairingError(Text::tr("the tool did not prove it knows the pairing code: wrong code"));
    }
    pake::SessionKeys keys = std::move(*m_keys);
    wipeSecrets();
    return keys;
}

} // namespace iotpro::security
