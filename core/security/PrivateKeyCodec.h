#pragma once

#include "common/Result.h"
#include "security/Keys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// The bytes of a private key file, plain or passphrase-protected (format: docs/security.md,
/// sections 4.1 and 4.2). File access and permissions are OwnerOnlyFile's job, not this one's.
namespace iotpro::security::privatekey {

/// No valid private key file is larger; a reader can refuse bigger files before reading them.
inline constexpr qsizetype MaxFileSize = 256;

/// The file bytes for `key`: plain when `passphrase` is empty, otherwise encrypted with a key
/// derived from the passphrase by Argon2id (OPSLIMIT_MODERATE, MEMLIMIT_MODERATE, random salt).
/// Fails only when the memory Argon2id needs cannot be had.
Result<QByteArray> encode(const SigningKey& key, const QString& passphrase);

/// Whether well-formed file bytes hold an encrypted key (a caller asks for the passphrase first).
bool isEncrypted(QByteArrayView file);

/// The key in file bytes. `fileName` only names the file in error messages. KeyFile for bytes
/// that are not a valid key file, KeyLocked for an encrypted key with a missing or wrong passphrase.
/// A passphrase given for a plain key is ignored.
Result<SigningKey> decode(QByteArrayView file, const QString& passphrase, const QString& fileName);

} // namespace iotpro::security::privatekey
