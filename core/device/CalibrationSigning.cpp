#include "CalibrationSigning.h"

#include "config/DeterministicBytes.h"
#include "iotpro.pb.h"
#include "security/Hash.h"
#include "security/Signing.h"

namespace iotpro {

SignedCalibration signCalibration(const QString& serialNumber, quint64 counter,
    const QList<ElementConstants>& elements, const QDateTime& signedAt, const security::SigningKey& key)
{
    const security::PublicKey publicKey = key.publicKey();
    v1::CalibrationPayload payload;
    payload.set_serial_number(serialNumber.toStdString());
    payload.set_counter(counter);
    payload.set_signer_key_id(publicKey.keyId().toBytes().toStdString());
    payload.set_signed_unix_ms(signedAt.toMSecsSinceEpoch());
    SignedCalibration signedCalibration;
    for (const ElementConstants& element : elements) {
        v1::ElementCalibration& out = *payload.add_elements();
        out.set_element(quint32(element.element));
        out.set_gain_pct(float(element.gainPct));
        out.set_phase_deg(float(element.phaseDeg));
        signedCalibration.elements.append(element);
    }
    signedCalibration.payload = config::deterministicBytes(payload);
    signedCalibration.signature
        = security::sign(key, security::SignatureDomain::CalibrationConstants, signedCalibration.payload);
    signedCalibration.payloadSha256 = security::sha256(signedCalibration.payload);
    signedCalibration.serialNumber = serialNumber;
    signedCalibration.counter = counter;
    signedCalibration.signerFingerprint = publicKey.fingerprint();
    return signedCalibration;
}

} // namespace iotpro
