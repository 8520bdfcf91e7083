#pragma once

#include "DeviceConfig.h"

#include <QByteArray>

namespace iotpro::config {

/// The configuration hash reports show and the configuration write reads back: SHA-256
/// (libsodium crypto_hash_sha256, 32 bytes) of the deterministic protobuf serialization of
/// toProto(withoutSecrets(config)).
///
/// The secrets are left out on purpose. A Wi-Fi passphrase or an APN password is chosen by people
/// and guessable, and SHA-256 is fast: a hash printed on a report would let anyone test guesses
/// offline. Without them the hash is also what the module computes over the configuration it
/// reports back (secrets empty, "set" flags raised), so the tool can compare the two.
///
/// "Deterministic" is protobuf's SetSerializationDeterministic(true) over a message toProto() filled:
/// fields in number order, scalars at their default value (0, false, "") left out, every
/// sub-message written even when empty. Another encoder (the module's) reproduces these bytes by
/// following the same three rules.
QByteArray configHash(const DeviceConfig& config);

} // namespace iotpro::config
