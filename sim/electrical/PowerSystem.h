#pragma once

#include "Phasor.h"
#include "Site.h"
#include "SiteVariation.h"

#include <array>

namespace iotpro::sim {

/// The supply's conductors at one moment: the physics the module measures.
struct ConductorState
{
    /// Each phase conductor's voltage against the supply's star point (neutral).
    std::array<Phasor, 3> voltage {};
    /// Each phase conductor's current, positive towards the load.
    std::array<Phasor, 3> current {};
    std::array<double, 3> currentThdPct {};
    double voltageThdPct = 0.0;
    double frequency = 0.0;
};

/// The conductors of `site` under `now`. Phase 1's voltage is the 0° reference; phases 2 and
/// 3 follow at -120° and +120° (ABC) or +120° and -120° (ACB). A three-wire supply has no
/// return path: the currents' zero-sequence part cannot flow and is left out.
ConductorState conductorState(const Site& site, const SiteConditions& now);

} // namespace iotpro::sim
