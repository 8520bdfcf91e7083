#pragma once

#include "iotpro.pb.h"

namespace iotpro::sim {

/// Where live snapshots come from: the module's metering, read at the moment of asking.
class LiveSource
{
public:
    virtual ~LiveSource() = default;

    /// A snapshot of the measurements now: everything but the sequence number, which belongs
    /// to the subscription.
    virtual v1::LiveSnapshot snapshotNow() = 0;
};

} // namespace iotpro::sim
