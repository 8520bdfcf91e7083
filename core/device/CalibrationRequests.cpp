#include "CalibrationRequests.h"

#include "RequestChannel.h"
#include "protocol/RemoteError.h"

#include <QCoreApplication>

#include <chrono>

namespace iotpro {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::CalibrationRequests)
};

constexpr std::chrono::seconds kFlashWriteTime(3);

ElementConstants fromProto(const v1::ElementCalibration& element)
{
    return { int(element.element()), double(element.gain_pct()), double(element.phase_deg()) };
}

CalibrationConstants fromProto(const v1::CalibrationState& state)
{
    CalibrationConstants constants;
    for (const v1::ElementCalibration& element : state.elements())
        constants.elements.append(fromProto(element));
    constants.counter = state.counter();
    constants.payloadSha256 = QByteArray::fromStdString(state.payload_sha256());
    if (state.written_unix_ms() != 0)
        constants.written = QDateTime::fromMSecsSinceEpoch(state.written_unix_ms(), Qt::UTC);
    return constants;
}

RequestChannel::Handler toConstants(DeviceClient::Callback<CalibrationConstants> done)
{
    return [done = std::move(done)](Result<v1::Envelope> reply) {
        if (!reply)
            return done(reply.error());
        done(fromProto(reply->calibration_state()));
    };
}

/// The module's refusal of signed constants in calibration terms (the general texts speak of
/// configurations).
QString signerText(const v1::ErrorReply& reply, const SignedCalibration& constants, const QString& moduleSerial)
{
    switch (reply.code()) {
    case v1::ERROR_CODE_UNKNOWN_SIGNER:
        return Texts::tr("The module does not trust key %1 as a factory key: enrol it in factory mode "
                         "(iotpro-cli trust add FILE.pub --role factory) or sign with the factory key it trusts.")
            .arg(constants.signerFingerprint);
    case v1::ERROR_CODE_BAD_SIGNATURE:
        return Texts::tr("The calibration constants' signature does not verify with the factory key %1 the "
                         "module trusts.")
            .arg(constants.signerFingerprint);
    case v1::ERROR_CODE_WRONG_MODULE:
        return Texts::tr("The calibration constants were signed for module %1, but this module is %2.")
            .arg(constants.serialNumber, moduleSerial);
    case v1::ERROR_CODE_STALE_COUNTER:
        return Texts::tr("The module already holds calibration constants with counter %1 or higher: read them "
                         "again and sign new ones.")
            .arg(constants.counter);
    default:
        return {};
    }
}

} // namespace

ElementConstants CalibrationConstants::of(int element) const
{
    for (const ElementConstants& constants : elements) {
        if (constants.element == element)
            return constants;
    }
    return { element, 0.0, 0.0 };
}

void CalibrationRequests::read(QObject* context, DeviceClient::Callback<CalibrationConstants> done)
{
    v1::Envelope message;
    message.mutable_calibration_get();
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kCalibrationState, { .retries = 1 }, context,
        toConstants(std::move(done)));
}

void CalibrationRequests::write(
    const SignedCalibration& constants, QObject* context, DeviceClient::Callback<CalibrationConstants> done)
{
    v1::Envelope message;
    v1::SignedCalibration& signedCalibration = *message.mutable_calibration_write()->mutable_signed_calibration();
    signedCalibration.set_payload(constants.payload.toStdString());
    signedCalibration.set_signature(constants.signature.toStdString());
    const QString moduleSerial = m_client.deviceInfo() ? m_client.deviceInfo()->serialNumber : QString();
    RequestChannel::Policy policy { .extraTime = kFlashWriteTime,
        .explainError = [constants, moduleSerial](const v1::ErrorReply& reply) {
            Error error = remoteError(reply);
            const QString text = signerText(reply, constants, moduleSerial);
            if (!text.isEmpty())
                error.detail = text + u" (" + QString::fromStdString(reply.message()) + u')';
            return error;
        } };
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kCalibrationState, std::move(policy), context,
        toConstants(std::move(done)));
}

} // namespace iotpro
