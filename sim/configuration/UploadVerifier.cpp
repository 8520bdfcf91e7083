#include "UploadVerifier.h"

#include "ProtoBytes.h"
#include "configuration/SecretFields.h"
#include "security/Cpace.h"
#include "security/Seal.h"
#include "security/Sodium.h"
#include "trust/SignatureCheck.h"

#include <QByteArray>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

/// Opens every sealed secret of `upload` with the link's tool-to-module key.
std::variant<ConfigSecrets, RequestError> openSecrets(
    const v1::ConfigUpload& upload, const security::SymmetricKey& key, const QByteArray& payloadSha256)
{
    ConfigSecrets opened;
    for (const v1::SealedSecret& sealed : upload.secrets()) {
        const SecretFieldInfo* info = secretFieldInfo(sealed.field());
        if (!info)
            return RequestError { v1::ERROR_CODE_MALFORMED_REQUEST,
                u"sealed secret of unknown field %1"_s.arg(sealed.field()) };
        if (opened.contains(info->field))
            return RequestError { v1::ERROR_CODE_MALFORMED_REQUEST, u"%1 is sealed twice"_s.arg(info->path) };
        Result<QByteArray> plain = security::seal::open(
            key, sealedSecretAssociatedData(info->path, payloadSha256), bytesOf(sealed.sealed()));
        if (!plain)
            return RequestError { v1::ERROR_CODE_SECRET_REJECTED,
                u"the sealed %1 does not open: altered, or sealed for another configuration, field or pairing"_s
                    .arg(info->name),
                info->path };
        opened.insert(info->field, QString::fromUtf8(plain.value()));
        security::wipe(plain.value());
    }
    return opened;
}

} // namespace

QByteArray sealedSecretAssociatedData(QLatin1StringView fieldPath, const QByteArray& payloadSha256)
{
    return security::cpace::lvCat({ QByteArrayView(fieldPath.data(), fieldPath.size()), payloadSha256 });
}

UploadVerifier::UploadVerifier(
    const ModuleIdentity& identity, const TrustStore& trust, const ConfigRules& rules)
    : m_identity(identity)
    , m_trust(trust)
    , m_rules(rules)
{ }

std::optional<RequestError> UploadVerifier::checkSignature(
    const v1::SignedConfig& signedConfig, const v1::SignedConfigPayload& payload) const
{
    return checkTrustedSignature(m_trust, v1::TRUST_ROLE_CONFIGURATION, security::SignatureDomain::Configuration,
        bytesOf(payload.signer_key_id()), bytesOf(signedConfig.payload()), bytesOf(signedConfig.signature()));
}

std::variant<VerifiedUpload, RequestError> UploadVerifier::verify(const v1::ConfigUpload& upload,
    const security::pake::SessionKeys* sessionKeys, const ActiveConfig& active) const
{
    if (!sessionKeys)
        return RequestError { v1::ERROR_CODE_PAIRING_REQUIRED,
            u"pair with the label code first: secrets travel only under a pairing"_s };

    const v1::SignedConfig& signedConfig = upload.signed_config();
    const QByteArray received = bytesOf(signedConfig.payload());
    v1::SignedConfigPayload payload;
    if (received.isEmpty()
        || !payload.ParseFromArray(received.constData(), static_cast<int>(received.size())))
        return RequestError { v1::ERROR_CODE_MALFORMED_REQUEST,
            u"signed_config.payload is no SignedConfigPayload"_s };

    if (std::optional<RequestError> refused = checkSignature(signedConfig, payload))
        return *refused;
    if (QString::fromStdString(payload.serial_number()) != m_identity.serialNumber)
        return RequestError { v1::ERROR_CODE_WRONG_MODULE,
            u"the configuration is for module %1, this is %2"_s.arg(
                QString::fromStdString(payload.serial_number()).left(32), m_identity.serialNumber) };
    if (payload.counter() <= active.counter)
        return RequestError { v1::ERROR_CODE_STALE_COUNTER,
            u"counter %1 is not above the active %2: a replay or a rollback"_s.arg(payload.counter())
                .arg(active.counter) };
    if (std::optional<RequestError> refused = m_rules.checkValues(payload.config()))
        return *refused;
    if (std::optional<RequestError> refused = m_rules.checkFitted(payload.config()))
        return *refused;

    const QByteArray sha256 = payloadSha256(received);
    std::variant<ConfigSecrets, RequestError> given = openSecrets(upload, sessionKeys->toolToModule, sha256);
    if (const RequestError* refused = std::get_if<RequestError>(&given))
        return *refused;
    const ConfigSecrets& opened = std::get<ConfigSecrets>(given);
    if (std::optional<RequestError> refused = m_rules.checkSecrets(payload.config(), opened, active.secrets))
        return *refused;

    // The module keeps a secret it is not sent: the new slot holds what it will run with.
    ConfigSecrets held = active.secrets;
    for (auto it = opened.cbegin(); it != opened.cend(); ++it)
        held.insert(it.key(), it.value());
    return VerifiedUpload { { received, bytesOf(signedConfig.signature()), held }, payload.counter(),
        sha256 };
}

} // namespace iotpro::sim
