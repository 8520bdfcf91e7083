#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace iotpro::security {

inline constexpr qsizetype Sha256Size = 32;

/// SHA-256 (libsodium crypto_hash_sha256) of `data`: the configuration hash and the hash of a signed
/// configuration payload that the module reports back.
QByteArray sha256(QByteArrayView data);

} // namespace iotpro::security
