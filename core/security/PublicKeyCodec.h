#pragma once

#include "common/Result.h"
#include "security/Keys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// The text form of a public key, one line: "iotpro-ed25519 <base64 of the 32 key bytes> <fingerprint>"
/// (docs/security.md, section 4.3). Safe to mail, paste and print.
namespace iotpro::security::publickey {

/// No valid public key file is larger.
inline constexpr qsizetype MaxFileSize = 1024;

/// The line for `key`, ending in "\n".
QByteArray encode(const PublicKey& key);

/// The key in a public key line. The fingerprint may be omitted; when present it must match the
/// key (it catches a mistyped or hand-edited line). `fileName` only names the file in errors (KeyFile).
Result<PublicKey> decode(QByteArrayView text, const QString& fileName);

} // namespace iotpro::security::publickey
