#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <optional>

namespace iotpro::security {

class PublicKey;

/// Names a signer's public key in the protocol and the trust store: the first 8 bytes of
/// BLAKE2b-256(public key). Collisions only confuse lookups, never verification, which always
/// uses the full key.
class KeyId
{
public:
    static constexpr qsizetype Size = 8;

    static KeyId of(const PublicKey& key);
    /// A key id received from a module; nullopt unless exactly Size bytes.
    static std::optional<KeyId> fromBytes(QByteArrayView bytes);

    QByteArray toBytes() const;
    /// For people: 16 lowercase hex digits in groups of four, "ab12 cd34 ef56 7890".
    QString fingerprint() const;

    friend bool operator==(const KeyId&, const KeyId&) = default;
    friend auto operator<=>(const KeyId&, const KeyId&) = default;

private:
    KeyId() = default;
    std::array<unsigned char, Size> m_bytes {};
};

/// An Ed25519 public key (32 bytes) that decodes to a point of the main subgroup: small-order and
/// non-canonical encodings are refused when the key enters the program, not at verification.
class PublicKey
{
public:
    static constexpr qsizetype Size = 32;

    static std::optional<PublicKey> fromBytes(QByteArrayView bytes);

    QByteArray toBytes() const;
    KeyId keyId() const { return KeyId::of(*this); }
    QString fingerprint() const { return keyId().fingerprint(); }

    /// Plain Ed25519 verification of `signedBytes` as given (RFC 8032). Anything a module checks
    /// goes through verify() in Signing.h, which adds the domain prefix.
    bool verifyRaw(QByteArrayView signedBytes, QByteArrayView signature) const;

    friend bool operator==(const PublicKey&, const PublicKey&) = default;

private:
    PublicKey() = default;
    std::array<unsigned char, Size> m_bytes {};
};

/// An Ed25519 signing key in libsodium's 64-byte form (seed || public key). Move-only so the
/// secret is not duplicated by accident; wiped on destruction; never printed or logged.
class SigningKey
{
public:
    static constexpr qsizetype SeedSize = 32;
    static constexpr qsizetype SecretKeySize = 64;
    static constexpr qsizetype SignatureSize = 64;

    static SigningKey generate();
    /// The key RFC 8032 derives from a 32-byte seed (crypto_sign_seed_keypair).
    static std::optional<SigningKey> fromSeed(QByteArrayView seed);
    /// A key from libsodium's 64-byte form; refused unless its public half matches its seed.
    static std::optional<SigningKey> fromSecretKey(QByteArrayView secretKey);

    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    PublicKey publicKey() const;

    /// Plain Ed25519 signature of `bytes` as given (RFC 8032). Anything meant for a module goes
    /// through sign() in Signing.h, which adds the domain prefix.
    QByteArray signRaw(QByteArrayView bytes) const;

    /// The 64-byte secret form, for the key file codec only; wipe() the copy after use.
    QByteArray exportSecretKey() const;

private:
    SigningKey() = default;
    std::array<unsigned char, SecretKeySize> m_secretKey {};
};

} // namespace iotpro::security
