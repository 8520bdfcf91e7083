#include "ConfigConversions.h"

#include "config/ConfigProto.h"
#include "security/Keys.h"

#include <QCoreApplication>

namespace iotpro {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::ConfigConversions)
};

QByteArray bytes(const std::string& wire)
{
    return QByteArray::fromStdString(wire);
}

std::string wire(const QByteArray& bytes)
{
    return bytes.toStdString();
}

QDateTime utcFromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Error badReply(const QString& detail)
{
    return Errors::make(ErrorKind::BadReply, detail);
}

v1::SecretField toProto(SecretField field)
{
    switch (field) {
    case SecretField::WifiPassphrase:
        return v1::SECRET_FIELD_WIFI_PASSPHRASE;
    case SecretField::LorawanAppKey:
        return v1::SECRET_FIELD_LORAWAN_APP_KEY;
    case SecretField::CellularPassword:
        return v1::SECRET_FIELD_CELLULAR_PASSWORD;
    }
    Q_UNREACHABLE();
}

TrustRole fromProto(v1::TrustRole role)
{
    switch (role) {
    case v1::TRUST_ROLE_CONFIGURATION:
        return TrustRole::Configuration;
    case v1::TRUST_ROLE_FACTORY:
        return TrustRole::Factory;
    default:
        return TrustRole::Unknown;
    }
}

} // namespace

Result<ConfigState> fromProto(const v1::ConfigState& message)
{
    config::ReadResult<config::DeviceConfig> config = config::fromProto(message.config());
    if (!config) {
        return badReply(Texts::tr("The module reported a configuration this tool cannot read (%1): update "
                                  "this tool.")
                            .arg(config.problem().toString()));
    }
    ConfigState state;
    state.config = std::move(config).value();
    state.counter = message.counter();
    state.activeSlot = message.active_slot();
    state.payloadSha256 = bytes(message.payload_sha256());
    state.signedPayload = bytes(message.signed_config().payload());
    state.signature = bytes(message.signed_config().signature());
    state.committedAt = utcFromMs(message.committed_unix_ms());
    if (!state.signedPayload.isEmpty()) {
        v1::SignedConfigPayload payload;
        if (!payload.ParseFromString(message.signed_config().payload()))
            return badReply(Texts::tr("The module reported a signed configuration that does not parse."));
        state.signerKeyId = bytes(payload.signer_key_id());
        const std::optional<security::KeyId> keyId = security::KeyId::fromBytes(state.signerKeyId);
        state.signerFingerprint = keyId ? keyId->fingerprint() : QString::fromLatin1(state.signerKeyId.toHex());
        state.signedAt = utcFromMs(payload.signed_unix_ms());
    }
    return state;
}

ConfigStaged fromProto(const v1::ConfigStaged& message)
{
    return { bytes(message.payload_sha256()), message.counter(), message.slot() };
}

Result<TrustStore> fromProto(const v1::TrustStore& message)
{
    TrustStore store;
    store.factoryMode = message.factory_mode();
    for (const v1::TrustedKey& entry : message.keys()) {
        const std::optional<security::PublicKey> key = security::PublicKey::fromBytes(bytes(entry.public_key()));
        if (!key)
            return badReply(Texts::tr("The module reported a trusted key that is not a valid Ed25519 public key."));
        TrustedKey trusted;
        trusted.publicKey = key->toBytes();
        trusted.keyId = key->keyId().toBytes();
        trusted.fingerprint = key->fingerprint();
        trusted.role = fromProto(entry.role());
        trusted.label = QString::fromStdString(entry.label());
        trusted.added = utcFromMs(entry.added_unix_ms());
        store.keys.append(trusted);
    }
    return store;
}

ModuleClock fromProto(const v1::ModuleClock& message)
{
    return { QDateTime::fromMSecsSinceEpoch(message.unix_time_ms(), Qt::UTC),
        QString::fromStdString(message.time_zone()), message.synchronized() };
}

v1::ConfigUpload toProto(const ConfigUpload& upload)
{
    v1::ConfigUpload message;
    message.mutable_signed_config()->set_payload(wire(upload.payload));
    message.mutable_signed_config()->set_signature(wire(upload.signature));
    for (const SealedSecret& secret : upload.secrets) {
        v1::SealedSecret& sealed = *message.add_secrets();
        sealed.set_field(toProto(secret.field));
        sealed.set_sealed(wire(secret.sealed));
    }
    return message;
}

v1::TrustRole toProto(TrustRole role)
{
    switch (role) {
    case TrustRole::Configuration:
        return v1::TRUST_ROLE_CONFIGURATION;
    case TrustRole::Factory:
        return v1::TRUST_ROLE_FACTORY;
    case TrustRole::Unknown:
        break;
    }
    return v1::TRUST_ROLE_UNSPECIFIED;
}

} // namespace iotpro
