#pragma once

#include "ModuleIdentity.h"
#include "RequestError.h"
#include "configuration/ConfigRules.h"
#include "configuration/ConfigStore.h"
#include "iotpro.pb.h"
#include "security/PakeKeySchedule.h"

#include <variant>

namespace iotpro::sim {

class TrustStore;

/// A configuration upload the module accepts: what goes into the inactive slot.
struct VerifiedUpload
{
    SlotContents contents;
    quint64 counter = 0;
    QByteArray payloadSha256;
};

/// Decides whether the module takes a ConfigUpload (docs/protocol.md, 4.7; docs/security.md, 3),
/// checking in this order, each with its own error: a completed pairing on the link
/// (PAIRING_REQUIRED); a payload that parses (MALFORMED_REQUEST); a signer key id that names a
/// configuration-signer key of the trust store (UNKNOWN_SIGNER); a signature that verifies over the
/// bytes received (BAD_SIGNATURE); this module's serial number (WRONG_MODULE); a counter above the
/// active one (STALE_COUNTER); valid values (INVALID_CONFIG); fitted options (OPTION_NOT_FITTED);
/// sealed secrets that open (SECRET_REJECTED); and the secrets the module would hold against their
/// `*_set` flags and rules (INVALID_CONFIG). Nothing is written here.
class UploadVerifier
{
public:
    /// Keeps references to the three.
    UploadVerifier(const ModuleIdentity& identity, const TrustStore& trust, const ConfigRules& rules);

    /// `sessionKeys` are the link's pairing, nullptr without a valid one. `active` is the configuration the
    /// module runs.
    std::variant<VerifiedUpload, RequestError> verify(const v1::ConfigUpload& upload,
        const security::pake::SessionKeys* sessionKeys, const ActiveConfig& active) const;

private:
    std::optional<RequestError> checkSignature(
        const v1::SignedConfig& signedConfig, const v1::SignedConfigPayload& payload) const;

    const ModuleIdentity& m_identity;
    const TrustStore& m_trust;
    const ConfigRules& m_rules;
};

/// The associated data a secret of `field` is sealed with (iotpro.proto, SealedSecret):
/// lv_cat(field path, payload SHA-256).
QByteArray sealedSecretAssociatedData(QLatin1StringView fieldPath, const QByteArray& payloadSha256);

} // namespace iotpro::sim
