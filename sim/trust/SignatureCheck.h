#pragma once

#include "RequestError.h"
#include "iotpro.pb.h"
#include "security/Signing.h"

#include <QByteArray>

#include <optional>

namespace iotpro::sim {

class TrustStore;

/// Whether `signature` over `payload` was made, in `domain`, by a key the trust store holds with
/// `role` (docs/security.md, 3 and 5): the key id `signerKeyId` (as received) only picks the keys
/// to try; the full trusted key verifies, over the payload bytes exactly as received.
/// UNKNOWN_SIGNER when no key of that role has the id, BAD_SIGNATURE when none verifies; nullopt
/// when the signature holds. Configuration uploads and calibration writes both check this way.
std::optional<RequestError> checkTrustedSignature(const TrustStore& trust, v1::TrustRole role,
    security::SignatureDomain domain, const QByteArray& signerKeyId, const QByteArray& payload,
    const QByteArray& signature);

} // namespace iotpro::sim
