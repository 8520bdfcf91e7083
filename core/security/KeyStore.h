#pragma once

#include "common/Result.h"
#include "security/Keys.h"

#include <QString>
#include <QStringList>

namespace iotpro::security {

/// The signing keys of this user, one pair of files per key in one directory (mode 0700):
/// NAME.key, the private key (mode 0600, optionally passphrase-encrypted), and NAME.key.pub, its
/// public key line. Formats: docs/security.md. Not a QObject: a few synchronous file operations.
class KeyStore
{
public:
    /// The per-user default, shared by the app and the CLI: GenericConfigLocation + "/IoT Pro/keys".
    static QString defaultDirectory();

    /// A store in `directory`; created (mode 0700) by the first generate() or import().
    explicit KeyStore(QString directory);

    QString directory() const { return m_directory; }
    /// Where the private key of `name` lives (its public key is the same path + ".pub").
    QString privateKeyPath(const QString& name) const;

    /// Names of the keys in the store, sorted.
    QStringList names() const;

    /// A new key pair named `name`; encrypted when `passphrase` is not empty. Never replaces a key.
    Result<PublicKey> generate(const QString& name, const QString& passphrase = {});

    /// Copies an existing private key file into the store as `name`, byte for byte (an encrypted
    /// key stays encrypted with its own passphrase, which is needed here to check the file).
    Result<PublicKey> import(
        const QString& privateKeyFile, const QString& name, const QString& passphrase = {});

    Result<PublicKey> publicKey(const QString& name) const;
    /// Whether `name` needs a passphrase to load.
    Result<bool> isEncrypted(const QString& name) const;
    /// The signing key itself, for signing now; do not keep it longer than needed.
    Result<SigningKey> load(const QString& name, const QString& passphrase = {}) const;

    /// Writes the public key line of `name` to `destinationFile` (replacing it), to hand to a module's
    /// trust store or a colleague.
    Result<void> exportPublic(const QString& name, const QString& destinationFile) const;

    /// Deletes both files of `name`.
    Result<void> remove(const QString& name);

    /// Whether `name` is acceptable as a key name: 1 to 64 of A-Z a-z 0-9 . _ -, not starting with a dot.
    static bool isValidName(const QString& name);

private:
    Result<void> checkName(const QString& name) const;
    Result<void> ensureDirectory() const;
    Result<QByteArray> readPrivateFile(const QString& name) const;
    Result<PublicKey> store(const QString& name, const QByteArray& privateKeyFile, const PublicKey& key);

    QString m_directory;
};

/// Writes an encoded private key file to `privatePath` and the public key beside it
/// (`privatePath` + ".pub"), both owner-only and never over an existing file. Neither is left
/// behind when the other cannot be written: half a pair is worse than none.
Result<void> writeKeyPairFiles(const QString& privatePath, const QByteArray& privateKeyFile, const PublicKey& key);

} // namespace iotpro::security
