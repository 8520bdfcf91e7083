#include "SignedConfigBuilder.h"

#include "config/ConfigProto.h"
#include "config/DeterministicBytes.h"
#include "iotpro.pb.h"
#include "security/Hash.h"
#include "security/Signing.h"

namespace iotpro::commissioning {

namespace {

/// The flag of one secret after the write: a new value sets it, an empty one keeps the module's.
void settle(const QString& secret, bool& flag, bool activeFlag)
{
    flag = !secret.isEmpty() || activeFlag;
}

} // namespace

config::DeviceConfig withModuleSecretFlags(config::DeviceConfig edited, const config::DeviceConfig& active)
{
    config::NetworkConfig& network = edited.network;
    settle(network.wifi.passphrase, network.wifi.passphraseSet, active.network.wifi.passphraseSet);
    settle(network.lorawan.appKey, network.lorawan.appKeySet, active.network.lorawan.appKeySet);
    settle(network.cellular.password, network.cellular.passwordSet, active.network.cellular.passwordSet);
    return edited;
}

SignedConfig signConfig(const config::DeviceConfig& config, const PayloadHeader& header, const security::SigningKey& key)
{
    const security::PublicKey publicKey = key.publicKey();
    SignedConfig signedConfig;
    signedConfig.config = config::withoutSecrets(config);
    signedConfig.counter = header.counter;
    signedConfig.signerFingerprint = publicKey.fingerprint();

    v1::SignedConfigPayload payload;
    payload.set_serial_number(header.serialNumber.toStdString());
    payload.set_counter(header.counter);
    payload.set_signer_key_id(publicKey.keyId().toBytes().toStdString());
    payload.set_signed_unix_ms(header.signedAt.toMSecsSinceEpoch());
    *payload.mutable_config() = config::toProto(signedConfig.config);

    signedConfig.payload = config::deterministicBytes(payload);
    signedConfig.signature = security::sign(key, security::SignatureDomain::Configuration, signedConfig.payload);
    signedConfig.payloadSha256 = security::sha256(signedConfig.payload);
    return signedConfig;
}

} // namespace iotpro::commissioning
