#pragma once

#include "config/DeviceConfig.h"
#include "security/Keys.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// The signed configuration of a write (docs/security.md, 3; docs/protocol.md, 4.7): pure
/// functions, no I/O, so the bytes are pinned by test vectors.
namespace iotpro::commissioning {

/// `edited` with its `*_set` flags as they will be after the write: true where a new secret is
/// given, the module's current flag where the secret is left empty ("keep the stored one"). The
/// validator, the signed payload and the readback all work on this form.
config::DeviceConfig withModuleSecretFlags(config::DeviceConfig edited, const config::DeviceConfig& active);

/// What the signed payload names besides the configuration.
struct PayloadHeader
{
    QString serialNumber; ///< the target module's DeviceInfo.serial_number
    quint64 counter = 0; ///< the module's configuration counter + 1
    QDateTime signedAt; ///< for records; the module does not check it
};

/// A configuration signed for one module.
struct SignedConfig
{
    /// The serialized SignedConfigPayload: the exact bytes signed, sent and hashed.
    QByteArray payload;
    /// Ed25519 over "IoTPro config v1\0" || payload, 64 bytes.
    QByteArray signature;
    /// SHA-256 of `payload`: what the module reports back once the configuration is active.
    QByteArray payloadSha256;
    /// The configuration as signed: secrets empty, `*_set` flags as given.
    config::DeviceConfig config;
    quint64 counter = 0;
    QString signerFingerprint;

    friend bool operator==(const SignedConfig&, const SignedConfig&) = default;
};

/// Builds SignedConfigPayload {serial, counter, signer key id, signed_unix_ms, config without its
/// secrets}, serializes it once (deterministically, so the same input gives the same bytes) and
/// signs it in the Configuration domain. `config`'s flags must already be final
/// (withModuleSecretFlags); its secrets are dropped here and travel sealed (SecretSealing.h).
SignedConfig signConfig(const config::DeviceConfig& config, const PayloadHeader& header, const security::SigningKey& key);

} // namespace iotpro::commissioning
