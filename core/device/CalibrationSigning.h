#pragma once

#include "CalibrationConstants.h"
#include "security/Keys.h"

namespace iotpro {

/// Builds CalibrationPayload {serial, counter, signer key id, signed_unix_ms, elements},
/// serializes it once (deterministically) and signs it in the CalibrationConstants domain
/// (docs/security.md 3.1) with the factory key. Pure: no I/O.
SignedCalibration signCalibration(const QString& serialNumber, quint64 counter,
    const QList<ElementConstants>& elements, const QDateTime& signedAt, const security::SigningKey& key);

} // namespace iotpro
