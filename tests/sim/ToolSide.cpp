#include "ToolSide.h"

#include "security/Pake.h"
#include "security/Seal.h"
#include "security/Signing.h"

#include <QCryptographicHash>

namespace iotpro::test {

namespace {

v1::Envelope header(quint32 requestId)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(1);
    return envelope;
}

std::string stdBytes(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray fromStd(const std::string& bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

const char* fieldPath(v1::SecretField field)
{
    switch (field) {
    case v1::SECRET_FIELD_WIFI_PASSPHRASE:
        return "network.wifi.passphrase";
    case v1::SECRET_FIELD_LORAWAN_APP_KEY:
        return "network.lorawan.app_key";
    case v1::SECRET_FIELD_CELLULAR_PASSWORD:
        return "network.cellular.password";
    default:
        return "";
    }
}

} // namespace

v1::Envelope configGetRequest(quint32 requestId)
{
    v1::Envelope envelope = header(requestId);
    envelope.mutable_config_get();
    return envelope;
}

v1::Envelope configUploadRequest(quint32 requestId, const v1::ConfigUpload& upload)
{
    v1::Envelope envelope = header(requestId);
    *envelope.mutable_config_upload() = upload;
    return envelope;
}

v1::Envelope configCommitRequest(quint32 requestId, const QByteArray& payloadSha256)
{
    v1::Envelope envelope = header(requestId);
    envelope.mutable_config_commit()->set_payload_sha256(stdBytes(payloadSha256));
    return envelope;
}

v1::Envelope pairingStartRequest(quint32 requestId, const QByteArray& messageA)
{
    v1::Envelope envelope = header(requestId);
    envelope.mutable_pairing_start()->set_message_a(stdBytes(messageA));
    return envelope;
}

v1::Envelope pairingConfirmRequest(quint32 requestId, const QByteArray& messageC)
{
    v1::Envelope envelope = header(requestId);
    envelope.mutable_pairing_confirm()->set_message_c(stdBytes(messageC));
    return envelope;
}

v1::Envelope trustListRequest(quint32 requestId)
{
    v1::Envelope envelope = header(requestId);
    envelope.mutable_trust_list();
    return envelope;
}

v1::Envelope trustAddRequest(
    quint32 requestId, const QByteArray& publicKey, v1::TrustRole role, const QString& label)
{
    v1::Envelope envelope = header(requestId);
    v1::TrustAdd& add = *envelope.mutable_trust_add();
    add.set_public_key(stdBytes(publicKey));
    add.set_role(role);
    add.set_label(label.toStdString());
    return envelope;
}

v1::Envelope trustRemoveRequest(quint32 requestId, const QByteArray& keyId)
{
    v1::Envelope envelope = header(requestId);
    envelope.mutable_trust_remove()->set_key_id(stdBytes(keyId));
    return envelope;
}

std::optional<security::pake::SessionKeys> pair(
    const Exchange& exchange, const QString& labelCode, const QString& serialNumber, v1::ErrorReply* refusal)
{
    Result<security::PakeInitiator> initiator = security::PakeInitiator::create(labelCode, serialNumber);
    if (!initiator)
        return std::nullopt;
    const Result<QByteArray> messageA = initiator.value().start();
    const v1::Envelope challenge = exchange(pairingStartRequest(100, messageA.value()));
    if (!challenge.has_pairing_challenge()) {
        if (refusal)
            *refusal = challenge.error();
        return std::nullopt;
    }
    Result<security::PakeInitiator::Finished> finished
        = initiator.value().finish(fromStd(challenge.pairing_challenge().message_b()));
    if (!finished)
        return std::nullopt; // a wrong code: the tool sends nothing more
    const v1::Envelope confirmed = exchange(pairingConfirmRequest(101, finished.value().confirmation));
    if (!confirmed.has_pairing_confirmed()) {
        if (refusal)
            *refusal = confirmed.error();
        return std::nullopt;
    }
    return finished.value().keys;
}

ConfigAuthor::ConfigAuthor()
    : m_key(security::SigningKey::generate())
{ }

QByteArray ConfigAuthor::payload(
    const QString& serialNumber, quint64 counter, const v1::DeviceConfig& config) const
{
    v1::SignedConfigPayload payload;
    payload.set_serial_number(serialNumber.toStdString());
    payload.set_counter(counter);
    payload.set_signer_key_id(stdBytes(m_key.publicKey().keyId().toBytes()));
    payload.set_signed_unix_ms(kSignedUnixMs);
    *payload.mutable_config() = config;
    return fromStd(payload.SerializeAsString());
}

v1::ConfigUpload ConfigAuthor::upload(
    const QByteArray& payload, const Secrets& secrets, const security::pake::SessionKeys* keys) const
{
    v1::ConfigUpload upload;
    upload.mutable_signed_config()->set_payload(stdBytes(payload));
    upload.mutable_signed_config()->set_signature(
        stdBytes(security::sign(m_key, security::SignatureDomain::Configuration, payload)));
    if (!keys)
        return upload;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        v1::SealedSecret& sealed = *upload.add_secrets();
        sealed.set_field(it.key());
        sealed.set_sealed(stdBytes(security::seal::seal(
            keys->toolToModule, sealingAssociatedData(fieldPath(it.key()), sha256(payload)), it.value())));
    }
    return upload;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray sealingAssociatedData(const QByteArray& fieldPath, const QByteArray& payloadSha256)
{
    return static_cast<char>(fieldPath.size()) + fieldPath + static_cast<char>(payloadSha256.size())
        + payloadSha256;
}

v1::DeviceConfig wifiConfig(const v1::DeviceConfig& base)
{
    v1::DeviceConfig config = base;
    v1::WifiConfig& wifi = *config.mutable_network()->mutable_wifi();
    wifi.set_enabled(true);
    wifi.set_ssid("Plant-2");
    wifi.set_passphrase_set(true);
    return config;
}

} // namespace iotpro::test
