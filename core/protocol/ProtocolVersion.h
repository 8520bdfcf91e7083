#pragma once

#include <QtGlobal>

#include <optional>

namespace iotpro::protocol {

/// Protocol versions this build speaks (docs/protocol.md, "Compatibility").
inline constexpr quint32 kMinVersion = 1;
inline constexpr quint32 kMaxVersion = 1;

/// The highest version both sides speak, or nullopt when their ranges do not overlap.
constexpr std::optional<quint32> negotiateVersion(quint32 peerMin, quint32 peerMax)
{
    const quint32 high = peerMax < kMaxVersion ? peerMax : kMaxVersion;
    const quint32 low = peerMin > kMinVersion ? peerMin : kMinVersion;
    if (peerMin > peerMax || low > high)
        return std::nullopt;
    return high;
}

} // namespace iotpro::protocol
