#pragma once

#include "CheckClock.h"
#include "RadioSite.h"
#include "SeededRandom.h"
#include "iotpro.pb.h"

namespace iotpro::sim {

/// The module's GNSS receiver taking a fix under `sky`: the antenna supervisor first, then a
/// warm start (stored almanac, the module's clock) that needs 4 usable satellites and takes
/// longer the fewer there are. Without a fix by kSearchLimit or the clock's deadline it reports
/// GPS_FAILURE_NO_FIX (satellites in view) or GPS_FAILURE_NO_SATELLITES. docs/simulator.md,
/// "The radio site", gives every figure.
v1::GpsCheck fixGps(const GnssSky& sky, SeededRandom& random, CheckClock& clock);

namespace gps {
inline constexpr std::chrono::seconds kSearchLimit { 60 };
inline constexpr int kSatellitesForFix = 4;
} // namespace gps

} // namespace iotpro::sim
