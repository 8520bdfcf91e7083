#pragma once

#include "config.pb.h"
#include "electrical/MeteringSetup.h"

namespace iotpro::sim {

/// How the metering engine is set up to meter by a configuration's metering section, as the
/// firmware applies it: the wiring and nominal values; per CT input the wiring uses, its rating,
/// the phase it is paired with, and whether its current is negated - exactly when one of
/// `direction` = TOWARDS_SUPPLY and `inverted` holds (config.proto, CtInputConfig). `metering` must
/// have passed ConfigRules.
MeteringSetup meteringSetupOf(const v1::MeteringConfig& metering);

} // namespace iotpro::sim
