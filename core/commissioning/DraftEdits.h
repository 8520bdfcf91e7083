#pragma once

#include "config/ConfigLimits.h"
#include "config/DeviceConfig.h"

/// Edits of a configuration that change more than the one field the user touched, so that the
/// rest stays consistent (core, so the wizard and its tests share them).
namespace iotpro::commissioning {

/// `metering` with another wiring: its CT inputs return to the phases that wiring gives them,
/// uncorrected (a remap made for one wiring means nothing in another), and a nominal voltage
/// that does not exist for the new wiring becomes the one that does on the same supply (230 V
/// line-to-neutral is 400 V line-to-line).
config::MeteringConfig withWiring(
    config::MeteringConfig metering, config::Wiring wiring, const config::ConfigLimits::Metering& limits);

} // namespace iotpro::commissioning
