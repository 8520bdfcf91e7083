#pragma once

#include "common/Result.h"
#include "security/SymmetricKey.h"

#include <QByteArray>
#include <QByteArrayView>

/// Secret fields on the wire (Wi-Fi passphrase, LoRaWAN AppKey, APN password): XChaCha20-Poly1305
/// (crypto_aead_xchacha20poly1305_ietf) under a session key, with a random 24-byte nonce prepended.
/// The associated data is authenticated, not encrypted: it binds a sealed secret to its context
/// (the hash of the signed configuration it belongs to), so it cannot be moved to another one.
namespace iotpro::security::seal {

inline constexpr qsizetype NonceSize = 24;
inline constexpr qsizetype TagSize = 16;
inline constexpr qsizetype Overhead = NonceSize + TagSize;

/// nonce || ciphertext || tag, plaintext.size() + Overhead bytes.
QByteArray seal(const SymmetricKey& key, QByteArrayView associatedData, QByteArrayView plaintext);

/// The plaintext of seal()'s output; SecurityCheckFailed when the key, the associated data or
/// any byte differs. The result is a secret: wipe() it when done.
Result<QByteArray> open(const SymmetricKey& key, QByteArrayView associatedData, QByteArrayView sealed);

} // namespace iotpro::security::seal
