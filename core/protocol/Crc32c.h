#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace iotpro {

/// CRC-32C (Castagnoli): reflected polynomial 0x82F63B78, init and final XOR 0xFFFFFFFF.
/// Check value: crc32c("123456789") == 0xE3069283. No library on Debian 12 offers it for
/// application use without pulling in a storage stack, and it is not cryptography.
std::uint32_t crc32c(QByteArrayView data);

} // namespace iotpro
