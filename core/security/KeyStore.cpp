#include "KeyStore.h"

#include "OwnerOnlyFile.h"
#include "PrivateKeyCodec.h"
#include "PublicKeyCodec.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace iotpro::security {

Q_LOGGING_CATEGORY(lcKeyStore, "iotpro.security.keystore")

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::KeyStore)
};

const QString PrivateSuffix = QStringLiteral(".key");
const QString PublicSuffix = QStringLiteral(".pub");

Error keyFileError(const QString& detail)
{
    return Errors::make(ErrorKind::KeyFile, detail);
}

} // namespace

QString KeyStore::defaultDirectory()
{
    // Not AppConfigLocation: that is per program, and the app and the CLI sign with one key store.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/IoT Pro/keys";
}

KeyStore::KeyStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString KeyStore::privateKeyPath(const QString& name) const
{
    return QDir(m_directory).filePath(name + PrivateSuffix);
}

bool KeyStore::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}\\z"));
    return pattern.match(name).hasMatch();
}

QStringList KeyStore::names() const
{
    QStringList result;
    const QStringList files
        = QDir(m_directory).entryList({ QStringLiteral("*.key") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString name = file.chopped(PrivateSuffix.size());
        if (isValidName(name))
            result.append(name);
    }
    return result;
}

Result<PublicKey> KeyStore::generate(const QString& name, const QString& passphrase)
{
    if (Result<void> checked = checkName(name); !checked)
        return checked.error();
    const SigningKey key = SigningKey::generate();
    Result<QByteArray> file = privatekey::encode(key, passphrase);
    if (!file)
        return file.error();
    Result<PublicKey> stored = store(name, file.value(), key.publicKey());
    wipe(file.value());
    if (stored)
        qCInfo(lcKeyStore) << "generated key" << name << stored->fingerprint();
    return stored;
}

Result<PublicKey> KeyStore::import(
    const QString& privateKeyFile, const QString& name, const QString& passphrase)
{
    if (Result<void> checked = checkName(name); !checked)
        return checked.error();
    Result<QByteArray> file = owneronlyfile::read(privateKeyFile, privatekey::MaxFileSize);
    if (!file)
        return file.error();
    const Result<SigningKey> key = privatekey::decode(file.value(), passphrase, privateKeyFile);
    if (!key) {
        wipe(file.value());
        return key.error();
    }
    Result<PublicKey> stored = store(name, file.value(), key->publicKey());
    wipe(file.value());
    if (stored)
        qCInfo(lcKeyStore) << "imported key" << name << stored->fingerprint() << "from" << privateKeyFile;
    return stored;
}

Result<PublicKey> KeyStore::publicKey(const QString& name) const
{
    if (Result<void> checked = checkName(name); !checked)
        return checked.error();
    const QString path = privateKeyPath(name) + PublicSuffix;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    return publickey::decode(file.read(publickey::MaxFileSize + 1), path);
}

Result<bool> KeyStore::isEncrypted(const QString& name) const
{
    Result<QByteArray> file = readPrivateFile(name);
    if (!file)
        return file.error();
    const bool encrypted = privatekey::isEncrypted(file.value());
    wipe(file.value());
    return encrypted;
}

Result<SigningKey> KeyStore::load(const QString& name, const QString& passphrase) const
{
    Result<QByteArray> file = readPrivateFile(name);
    if (!file)
        return file.error();
    Result<SigningKey> key = privatekey::decode(file.value(), passphrase, privateKeyPath(name));
    wipe(file.value());
    return key;
}

Result<void> KeyStore::exportPublic(const QString& name, const QString& destinationFile) const
{
    const Result<PublicKey> key = publicKey(name);
    if (!key)
        return key.error();
    QSaveFile file(destinationFile);
    const QByteArray line = publickey::encode(*key);
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit())
        return keyFileError(Text::tr("cannot write %1: %2").arg(destinationFile, file.errorString()));
    return {};
}

Result<void> KeyStore::remove(const QString& name)
{
    if (Result<void> checked = checkName(name); !checked)
        return checked;
    const QString privatePath = privateKeyPath(name);
    if (!QFile::exists(privatePath))
        return keyFileError(Text::tr("there is no key named %1 in %2").arg(name, m_directory));
    // The private key first: once it is gone the key is unusable, whatever happens next.
    for (const QString& path : QStringList { privatePath, privatePath + PublicSuffix }) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return keyFileError(Text::tr("cannot remove %1: %2").arg(path, file.errorString()));
    }
    qCInfo(lcKeyStore) << "removed key" << name;
    return {};
}

Result<void> KeyStore::checkName(const QString& name) const
{
    if (isValidName(name))
        return {};
    return keyFileError(Text::tr("\"%1\" cannot name a key: use 1 to 64 letters, digits, dots, dashes or "
                                 "underscores, not starting with a dot")
                            .arg(name));
}

Result<void> KeyStore::ensureDirectory() const
{
    const QDir directory(m_directory);
    if (directory.exists())
        return {};
    // The leaf is created 0700 from the start; its parents are ordinary configuration directories.
    const bool created = QDir().mkpath(QFileInfo(directory.absolutePath()).absolutePath())
        && QDir().mkdir(directory.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!created)
        return keyFileError(Text::tr("cannot create the key directory %1").arg(m_directory));
    return {};
}

Result<QByteArray> KeyStore::readPrivateFile(const QString& name) const
{
    if (Result<void> checked = checkName(name); !checked)
        return checked.error();
    const QString path = privateKeyPath(name);
    if (!QFile::exists(path))
        return keyFileError(Text::tr("there is no key named %1 in %2").arg(name, m_directory));
    return owneronlyfile::read(path, privatekey::MaxFileSize);
}

Result<PublicKey> KeyStore::store(const QString& name, const QByteArray& privateKeyFile, const PublicKey& key)
{
    if (Result<void> directory = ensureDirectory(); !directory)
        return directory.error();
    const QString privatePath = privateKeyPath(name);
    const QString publicPath = privatePath + PublicSuffix;
    if (QFile::exists(privatePath) || QFile::exists(publicPath)) {
        return keyFileError(
            Text::tr("a key named %1 already exists in %2: choose another name or remove it first")
                .arg(name, m_directory));
    }
    if (Result<void> written = writeKeyPairFiles(privatePath, privateKeyFile, key); !written)
        return written.error();
    return key;
}

Result<void> writeKeyPairFiles(const QString& privatePath, const QByteArray& privateKeyFile, const PublicKey& key)
{
    if (Result<void> written = owneronlyfile::create(privatePath, privateKeyFile); !written)
        return written;
    if (Result<void> written = owneronlyfile::create(privatePath + PublicSuffix, publickey::encode(key)); !written) {
        QFile::remove(privatePath);
        return written;
    }
    return {};
}

} // namespace iotpro::security
