#pragma once

#include "common/Result.h"
#include "security/Keys.h"

#include <QString>

/// A signing key pair as files anywhere on disk (`iotpro-cli keygen --out FILE`): FILE, the private
/// key, and FILE.pub, its public key (docs/security.md, section 4). The key store keeps its keys the
/// same way; this is for a key the user points at.
namespace iotpro::security::keyfile {

/// Whether the private key in `path` needs a passphrase. KeyFile when it cannot be read safely.
Result<bool> isEncrypted(const QString& path);

/// The signing key in `path`, for signing now; do not keep it longer than needed.
Result<SigningKey> load(const QString& path, const QString& passphrase = {});

/// The public key beside the private key (`path` + ".pub"), readable without a passphrase.
Result<PublicKey> publicKey(const QString& path);

/// The public key in a public key file of its own (FILE.pub, as handed over for a trust store).
Result<PublicKey> readPublicKeyFile(const QString& publicPath);

} // namespace iotpro::security::keyfile
