#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace iotpro::sim {

/// A configuration one link uploaded into the inactive slot and may commit next (iotpro.proto,
/// ConfigStaged).
struct StagedConfig
{
    /// SHA-256 of the SignedConfig payload, as the module computed it.
    QByteArray payloadSha256;
    quint64 counter = 0;
    /// 1 slot A, 2 slot B.
    quint32 slot = 0;

    friend bool operator==(const StagedConfig&, const StagedConfig&) = default;
};

} // namespace iotpro::sim
