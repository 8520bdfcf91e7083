#include "SignatureCheck.h"

#include "trust/TrustStore.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

/// What a key of `role` is called in the module's (English) error messages.
QString roleName(v1::TrustRole role)
{
    return role == v1::TRUST_ROLE_FACTORY ? u"factory key"_s : u"configuration signer"_s;
}

} // namespace

std::optional<RequestError> checkTrustedSignature(const TrustStore& trust, v1::TrustRole role,
    security::SignatureDomain domain, const QByteArray& signerKeyId, const QByteArray& payload,
    const QByteArray& signature)
{
    const std::optional<security::KeyId> keyId = security::KeyId::fromBytes(signerKeyId);
    const std::vector<security::PublicKey> keys
        = keyId ? trust.candidates(*keyId, role) : std::vector<security::PublicKey> {};
    if (keys.empty())
        return RequestError { v1::ERROR_CODE_UNKNOWN_SIGNER,
            keyId ? u"signer %1 is not a trusted %2"_s.arg(keyId->fingerprint(), roleName(role))
                  : u"the signer key id is not 8 bytes"_s };
    for (const security::PublicKey& key : keys) {
        if (security::verify(key, domain, payload, signature))
            return std::nullopt;
    }
    return RequestError { v1::ERROR_CODE_BAD_SIGNATURE,
        u"the signature does not verify with trusted key %1"_s.arg(keyId->fingerprint()) };
}

} // namespace iotpro::sim
