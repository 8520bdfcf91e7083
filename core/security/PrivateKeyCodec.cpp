#include "PrivateKeyCodec.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sodium.h>

namespace iotpro::security::privatekey {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::PrivateKeyCodec)
};

// Layout (all integers little-endian), docs/security.md sections 4.1 and 4.2:
//   magic "IOTPROSK" | version u8 = 1 | protection u8 | body
//   protection 0, plain:     secret key (64, libsodium form: seed || public key)
//   protection 1, encrypted: opslimit u64 | memlimit u64 | salt (16) | nonce (24) |
//                            crypto_secretbox_easy(secret key) (64 + 16)
constexpr QByteArrayView Magic = "IOTPROSK";
constexpr quint8 FormatVersion = 1;
enum Protection : quint8 { Plain = 0, Argon2idSecretbox = 1 };

constexpr qsizetype HeaderSize = Magic.size() + 2;
constexpr qsizetype PlainSize = HeaderSize + SigningKey::SecretKeySize;
constexpr qsizetype SaltOffset = HeaderSize + 8 + 8;
constexpr qsizetype NonceOffset = SaltOffset + crypto_pwhash_SALTBYTES;
constexpr qsizetype CiphertextOffset = NonceOffset + crypto_secretbox_NONCEBYTES;
constexpr qsizetype EncryptedSize = CiphertextOffset + crypto_secretbox_MACBYTES + SigningKey::SecretKeySize;
static_assert(EncryptedSize <= MaxFileSize);

// Reading accepts any cost up to SENSITIVE (so stronger files can come later) but no more: the
// parameters come from the file, and a damaged file must not make us allocate gigabytes.
constexpr unsigned long long MinOps = crypto_pwhash_OPSLIMIT_MIN;
constexpr unsigned long long MaxOps = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr size_t MinMem = crypto_pwhash_MEMLIMIT_MIN;
constexpr size_t MaxMem = crypto_pwhash_MEMLIMIT_SENSITIVE;

QByteArray header(Protection protection)
{
    QByteArray bytes = Magic.toByteArray();
    bytes.append(char(FormatVersion));
    bytes.append(char(protection));
    return bytes;
}

Error damaged(const QString& fileName)
{
    return Errors::make(ErrorKind::KeyFile,
        Text::tr("key %1 is damaged (truncated or altered): restore it from a backup").arg(fileName));
}

/// Argon2id(passphrase) into a secretbox key; false when the memory cannot be had.
bool deriveKey(const QString& passphrase, QByteArrayView salt, unsigned long long ops, size_t mem,
    unsigned char (&key)[crypto_secretbox_KEYBYTES])
{
    // NFC so the same passphrase typed on another system (composed or decomposed accents) matches.
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const int result = crypto_pwhash(key, sizeof key, utf8.constData(), ullSize(utf8), uchars(salt), ops, mem,
        crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    return result == 0;
}

Result<SigningKey> fromSecretKey(QByteArrayView secretKey, const QString& fileName)
{
    std::optional<SigningKey> key = SigningKey::fromSecretKey(secretKey);
    if (!key)
        return damaged(fileName);
    return std::move(*key);
}

} // namespace

Result<QByteArray> encode(const SigningKey& key, const QString& passphrase)
{
    ensureSodiumInitialized();
    QByteArray secretKey = key.exportSecretKey();
    if (passphrase.isEmpty()) {
        QByteArray file = header(Plain) + secretKey;
        wipe(secretKey);
        return file;
    }

    constexpr unsigned long long ops = crypto_pwhash_OPSLIMIT_MODERATE;
    constexpr size_t mem = crypto_pwhash_MEMLIMIT_MODERATE;
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    unsigned char boxKey[crypto_secretbox_KEYBYTES];
    if (!deriveKey(passphrase, salt, ops, mem, boxKey)) {
        wipe(secretKey);
        return Errors::make(ErrorKind::KeyFile,
            Text::tr("not enough memory to protect the key with its passphrase "
                     "(Argon2id needs %1 MiB): close other programs and try again")
                .arg(mem / (1024 * 1024)));
    }
    QByteArray ciphertext(crypto_secretbox_MACBYTES + secretKey.size(), Qt::Uninitialized);
    crypto_secretbox_easy(uchars(ciphertext), uchars(secretKey), ullSize(secretKey), uchars(nonce), boxKey);
    sodium_memzero(boxKey, sizeof boxKey);
    wipe(secretKey);

    QByteArray file = header(Argon2idSecretbox);
    file.resize(SaltOffset);
    qToLittleEndian<quint64>(ops, file.data() + HeaderSize);
    qToLittleEndian<quint64>(mem, file.data() + HeaderSize + 8);
    file += salt + nonce + ciphertext;
    Q_ASSERT(file.size() == EncryptedSize);
    return file;
}

bool isEncrypted(QByteArrayView file)
{
    return file.size() > HeaderSize && file.startsWith(Magic) && quint8(file[Magic.size()]) == FormatVersion
        && quint8(file[Magic.size() + 1]) == Argon2idSecretbox;
}

Result<SigningKey> decode(QByteArrayView file, const QString& passphrase, const QString& fileName)
{
    ensureSodiumInitialized();
    if (!file.startsWith(Magic)) {
        // A file cut inside the magic is a damaged key, anything else is some other file.
        if (Magic.startsWith(file))
            return damaged(fileName);
        return Errors::make(ErrorKind::KeyFile, Text::tr("%1 is not an IoT Pro private key").arg(fileName));
    }
    if (file.size() < HeaderSize)
        return damaged(fileName);
    const quint8 version = quint8(file[Magic.size()]);
    if (version != FormatVersion) {
        return Errors::make(ErrorKind::KeyFile,
            Text::tr("key %1 has format version %2, this tool reads version %3: "
                     "use a newer version of the tool")
                .arg(fileName)
                .arg(version)
                .arg(FormatVersion));
    }

    switch (quint8(file[Magic.size() + 1])) {
    case Plain:
        if (file.size() != PlainSize)
            return damaged(fileName);
        return fromSecretKey(file.sliced(HeaderSize), fileName);
    case Argon2idSecretbox:
        break;
    default:
        return damaged(fileName);
    }

    if (file.size() != EncryptedSize)
        return damaged(fileName);
    const auto ops = qFromLittleEndian<quint64>(file.data() + HeaderSize);
    const auto mem = qFromLittleEndian<quint64>(file.data() + HeaderSize + 8);
    if (ops < MinOps || ops > MaxOps || mem < MinMem || mem > MaxMem)
        return damaged(fileName);
    if (passphrase.isEmpty())
        return Errors::make(
            ErrorKind::KeyLocked, Text::tr("key %1 is encrypted: give its passphrase").arg(fileName));

    unsigned char boxKey[crypto_secretbox_KEYBYTES];
    if (!deriveKey(passphrase, file.sliced(SaltOffset, crypto_pwhash_SALTBYTES), ops, size_t(mem), boxKey)) {
        return Errors::make(ErrorKind::KeyFile,
            Text::tr("not enough memory to unlock key %1 (Argon2id needs %2 MiB): close "
                     "other programs and try again")
                .arg(fileName)
                .arg(mem / (1024 * 1024)));
    }
    const QByteArrayView ciphertext = file.sliced(CiphertextOffset);
    QByteArray secretKey(SigningKey::SecretKeySize, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(
        uchars(secretKey), uchars(ciphertext), ullSize(ciphertext), uchars(file.sliced(NonceOffset)), boxKey);
    sodium_memzero(boxKey, sizeof boxKey);
    if (opened != 0) {
        wipe(secretKey);
        // Secretbox cannot tell a wrong passphrase from altered parameters; the former is far likelier.
        return Errors::make(ErrorKind::KeyLocked, Text::tr("wrong passphrase for key %1").arg(fileName));
    }
    Result<SigningKey> key = fromSecretKey(secretKey, fileName);
    wipe(secretKey);
    return key;
}

} // namespace iotpro::security::privatekey
