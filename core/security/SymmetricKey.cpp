#include "SymmetricKey.h"

#include "Sodium.h"

#include <cstring>
#include <sodium.h>

namespace iotpro::security {

SymmetricKey SymmetricKey::random()
{
    return filledBy([](unsigned char* key) { randombytes_buf(key, Size); });
}

std::optional<SymmetricKey> SymmetricKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    return filledBy([bytes](unsigned char* key) { std::memcpy(key, bytes.data(), Size); });
}

SymmetricKey SymmetricKey::filledBy(const std::function<void(unsigned char* key)>& fill)
{
    ensureSodiumInitialized();
    SymmetricKey key;
    fill(key.m_bytes.data());
    return key;
}

SymmetricKey::~SymmetricKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

QByteArray SymmetricKey::toBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), Size);
}

bool operator==(const SymmetricKey& a, const SymmetricKey& b)
{
    return sodium_memcmp(a.m_bytes.data(), b.m_bytes.data(), SymmetricKey::Size) == 0;
}

} // namespace iotpro::security
