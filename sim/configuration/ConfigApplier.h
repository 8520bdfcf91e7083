#pragma once

#include "config.pb.h"

namespace iotpro::sim {

class ModuleMetering;

/// Puts a committed configuration into effect, as the firmware does after switching slots and at
/// every start: the metering engine's setup. (Inputs and networks read the active configuration
/// when they are asked.)
class ConfigApplier
{
public:
    /// Keeps a reference to `metering`.
    explicit ConfigApplier(ModuleMetering& metering);

    /// `config` must have passed ConfigRules.
    void apply(const v1::DeviceConfig& config);

private:
    ModuleMetering& m_metering;
};

} // namespace iotpro::sim
