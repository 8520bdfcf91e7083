#pragma once

#include "electrical/MeteringEngine.h"
#include "electrical/MeteringSetup.h"
#include "iotpro.pb.h"

namespace iotpro::sim {

/// The protocol's form of a metering setup (docs/protocol.md, "MeteringSetup").
v1::MeteringSetup toProto(const MeteringSetup& setup);

/// A LiveSnapshot without its sequence number: `reading` under `setup`, its window ending at
/// `timestampUs` (Unix time, microseconds).
v1::LiveSnapshot toLiveSnapshot(const MeterReading& reading, const MeteringSetup& setup, qint64 timestampUs);

} // namespace iotpro::sim
