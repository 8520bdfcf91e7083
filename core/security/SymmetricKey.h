#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <functional>
#include <optional>

namespace iotpro::security {

/// A 256-bit secret key (a session key, an XChaCha20-Poly1305 key). The bytes live in the object
/// itself, not in shared heap storage, and are wiped when the object dies.
class SymmetricKey
{
public:
    static constexpr qsizetype Size = 32;

    /// A fresh key from the CSPRNG.
    static SymmetricKey random();
    /// A key from exactly Size bytes (a key received or stored by the caller); nullopt otherwise.
    static std::optional<SymmetricKey> fromBytes(QByteArrayView bytes);
    /// A key written in place by `fill` (a KDF), so the secret never passes through a temporary.
    static SymmetricKey filledBy(const std::function<void(unsigned char* key)>& fill);

    SymmetricKey(const SymmetricKey&) = default;
    SymmetricKey& operator=(const SymmetricKey&) = default;
    ~SymmetricKey();

    const unsigned char* data() const { return m_bytes.data(); }
    /// A copy of the key bytes, for a caller that must persist or transmit it; wipe() it after use.
    QByteArray toBytes() const;

    /// Constant-time comparison.
    friend bool operator==(const SymmetricKey& a, const SymmetricKey& b);

private:
    SymmetricKey() = default;
    std::array<unsigned char, Size> m_bytes {};
};

} // namespace iotpro::security
