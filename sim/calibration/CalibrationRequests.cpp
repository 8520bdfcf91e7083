#include "CalibrationRequests.h"

#include "ModuleMetering.h"
#include "ProtoBytes.h"
#include "trust/SignatureCheck.h"

#include <QLoggingCategory>
#include <QSet>

#include <cmath>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcCalibration, "iotpro.sim.calibration", QtInfoMsg)

using namespace Qt::StringLiterals;

std::optional<RequestError> checkConstants(const v1::CalibrationPayload& payload)
{
    QSet<quint32> seen;
    for (const v1::ElementCalibration& element : payload.elements()) {
        if (element.element() < 1 || element.element() > 3)
            return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"element %1 does not exist: 1 to 3"_s.arg(element.element()) };
        if (seen.contains(element.element()))
            return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"element %1 is given twice"_s.arg(element.element()) };
        seen.insert(element.element());
        if (!(std::abs(element.gain_pct()) <= CalibrationRequests::kMaxGainPct))
            return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"element %1: gain_pct must be within +-%2"_s.arg(element.element())
                    .arg(CalibrationRequests::kMaxGainPct) };
        if (!(std::abs(element.phase_deg()) <= CalibrationRequests::kMaxPhaseDeg))
            return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"element %1: phase_deg must be within +-%2"_s.arg(element.element())
                    .arg(CalibrationRequests::kMaxPhaseDeg) };
    }
    return std::nullopt;
}

CalibrationRequests::CalibrationRequests(const ModuleIdentity& identity, const TrustStore& trust,
    CalibrationStore& store, const ModuleClock& clock, ModuleMetering& metering)
    : m_identity(identity)
    , m_trust(trust)
    , m_store(store)
    , m_clock(clock)
    , m_metering(metering)
{ }

QList<v1::Envelope::BodyCase> CalibrationRequests::bodies() const
{
    return { v1::Envelope::kCalibrationGet, v1::Envelope::kCalibrationWrite };
}

HandlerReply CalibrationRequests::handle(const v1::Envelope& request, LinkState& /*link*/)
{
    if (request.body_case() == v1::Envelope::kCalibrationWrite)
        return write(request);
    v1::Envelope reply = replyEnvelopeFor(request);
    *reply.mutable_calibration_state() = m_store.current().toState();
    return reply;
}

std::optional<RequestError> CalibrationRequests::verify(
    const v1::SignedCalibration& signedCalibration, v1::CalibrationPayload& payload) const
{
    const QByteArray received = bytesOf(signedCalibration.payload());
    if (received.isEmpty() || !payload.ParseFromArray(received.constData(), int(received.size())))
        return RequestError { v1::ERROR_CODE_MALFORMED_REQUEST,
            u"signed_calibration.payload is no CalibrationPayload"_s };
    if (std::optional<RequestError> refused = checkTrustedSignature(m_trust, v1::TRUST_ROLE_FACTORY,
            security::SignatureDomain::CalibrationConstants, bytesOf(payload.signer_key_id()), received,
            bytesOf(signedCalibration.signature())))
        return refused;
    if (QString::fromStdString(payload.serial_number()) != m_identity.serialNumber)
        return RequestError { v1::ERROR_CODE_WRONG_MODULE,
            u"the constants are for module %1, this is %2"_s.arg(
                QString::fromStdString(payload.serial_number()).left(32), m_identity.serialNumber) };
    const quint64 present = m_store.current().constants.counter();
    if (payload.counter() <= present)
        return RequestError { v1::ERROR_CODE_STALE_COUNTER,
            u"counter %1 is not above the present %2: a replay or a rollback"_s.arg(payload.counter())
                .arg(present) };
    return checkConstants(payload);
}

HandlerReply CalibrationRequests::write(const v1::Envelope& request)
{
    const v1::SignedCalibration& signedCalibration = request.calibration_write().signed_calibration();
    StoredCalibration written;
    if (std::optional<RequestError> refused = verify(signedCalibration, written.constants))
        return withError(replyEnvelopeFor(request), *refused);
    written.payload = bytesOf(signedCalibration.payload());
    written.signature = bytesOf(signedCalibration.signature());
    written.writtenUnixMs = m_clock.unixTimeMs();
    if (!m_store.save(written)) {
        qCWarning(lcCalibration) << m_store.errorString();
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INTERNAL, u"the constants could not be stored; the previous ones stay"_s });
    }
    m_metering.setCalibration(written.perElement());
    qCInfo(lcCalibration) << "calibration constants" << written.constants.counter() << "written";
    v1::Envelope reply = replyEnvelopeFor(request);
    *reply.mutable_calibration_state() = written.toState();
    return reply;
}

} // namespace iotpro::sim
