#include "Keys.h"

#include "Sodium.h"

#include <QStringList>
#include <cstring>
#include <sodium.h>

namespace iotpro::security {

static_assert(PublicKey::Size == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::SeedSize == crypto_sign_SEEDBYTES);
static_assert(SigningKey::SecretKeySize == crypto_sign_SECRETKEYBYTES);
static_assert(SigningKey::SignatureSize == crypto_sign_BYTES);

KeyId KeyId::of(const PublicKey& key)
{
    ensureSodiumInitialized();
    const QByteArray publicKey = key.toBytes();
    std::array<unsigned char, crypto_generichash_BYTES> hash {};
    crypto_generichash(hash.data(), hash.size(), uchars(publicKey), ullSize(publicKey), nullptr, 0);
    KeyId id;
    std::memcpy(id.m_bytes.data(), hash.data(), Size);
    return id;
}

std::optional<KeyId> KeyId::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    KeyId id;
    std::memcpy(id.m_bytes.data(), bytes.data(), Size);
    return id;
}

QByteArray KeyId::toBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), Size);
}

QString KeyId::fingerprint() const
{
    const QString hex = QString::fromLatin1(toBytes().toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

std::optional<PublicKey> PublicKey::fromBytes(QByteArrayView bytes)
{
    ensureSodiumInitialized();
    // crypto_core_ed25519_is_valid_point refuses non-canonical, small-order and off-subgroup points.
    if (bytes.size() != Size || crypto_core_ed25519_is_valid_point(uchars(bytes)) != 1)
        return std::nullopt;
    PublicKey key;
    std::memcpy(key.m_bytes.data(), bytes.data(), Size);
    return key;
}

QByteArray PublicKey::toBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), Size);
}

bool PublicKey::verifyRaw(QByteArrayView signedBytes, QByteArrayView signature) const
{
    ensureSodiumInitialized();
    return signature.size() == SigningKey::SignatureSize
        && crypto_sign_verify_detached(
               uchars(signature), uchars(signedBytes), ullSize(signedBytes), m_bytes.data())
        == 0;
}

SigningKey SigningKey::generate()
{
    ensureSodiumInitialized();
    SigningKey key;
    std::array<unsigned char, PublicKey::Size> publicKey {};
    crypto_sign_keypair(publicKey.data(), key.m_secretKey.data());
    return key;
}

std::optional<SigningKey> SigningKey::fromSeed(QByteArrayView seed)
{
    ensureSodiumInitialized();
    if (seed.size() != SeedSize)
        return std::nullopt;
    SigningKey key;
    std::array<unsigned char, PublicKey::Size> publicKey {};
    crypto_sign_seed_keypair(publicKey.data(), key.m_secretKey.data(), uchars(seed));
    return key;
}

std::optional<SigningKey> SigningKey::fromSecretKey(QByteArrayView secretKey)
{
    if (secretKey.size() != SecretKeySize)
        return std::nullopt;
    std::optional<SigningKey> key = fromSeed(secretKey.first(SeedSize));
    // The stored public half must be the one the seed derives: anything else is a damaged key.
    if (sodium_memcmp(key->m_secretKey.data() + SeedSize, uchars(secretKey) + SeedSize, PublicKey::Size) != 0)
        return std::nullopt;
    return key;
}

SigningKey::SigningKey(SigningKey&& other) noexcept
    : m_secretKey(other.m_secretKey)
{
    sodium_memzero(other.m_secretKey.data(), other.m_secretKey.size());
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    if (this != &other) {
        m_secretKey = other.m_secretKey;
        sodium_memzero(other.m_secretKey.data(), other.m_secretKey.size());
    }
    return *this;
}

SigningKey::~SigningKey()
{
    sodium_memzero(m_secretKey.data(), m_secretKey.size());
}

PublicKey SigningKey::publicKey() const
{
    // libsodium's secret key form carries the public key in its second half.
    std::optional<PublicKey> key = PublicKey::fromBytes(
        QByteArrayView(reinterpret_cast<const char*>(m_secretKey.data()) + SeedSize, PublicKey::Size));
    Q_ASSERT(key);
    return *key;
}

QByteArray SigningKey::signRaw(QByteArrayView bytes) const
{
    ensureSodiumInitialized();
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(uchars(signature), nullptr, uchars(bytes), ullSize(bytes), m_secretKey.data());
    return signature;
}

QByteArray SigningKey::exportSecretKey() const
{
    return QByteArray(reinterpret_cast<const char*>(m_secretKey.data()), SecretKeySize);
}

} // namespace iotpro::security
