#pragma once

#include "security/PakeKeySchedule.h"

#include <QtGlobal>
#include <chrono>

namespace iotpro::sim {

/// A completed pairing on one link (docs/security.md, 6): the session keys that open the secrets
/// of a configuration upload. It lasts until the next Hello or PairingStart on the link, or
/// kLifetime.
struct PairedSession
{
    static constexpr std::chrono::minutes kLifetime { 10 };

    security::pake::SessionKeys keys;
    /// When the pairing completed, module uptime.
    quint64 establishedUptimeMs = 0;

    bool isValidAt(quint64 uptimeMs) const
    {
        return uptimeMs - establishedUptimeMs
            < static_cast<quint64>(std::chrono::duration_cast<std::chrono::milliseconds>(kLifetime).count());
    }
};

} // namespace iotpro::sim
