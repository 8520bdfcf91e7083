#include "PowerSystem.h"

#include <cmath>

namespace iotpro::sim {

namespace {

constexpr std::array<double, 3> kAbcAnglesDeg { 0.0, -120.0, 120.0 };
constexpr std::array<double, 3> kAcbAnglesDeg { 0.0, 120.0, -120.0 };

} // namespace

ConductorState conductorState(const Site& site, const SiteConditions& now)
{
    const Supply& supply = site.supply;
    const double phaseVoltage = supply.wiring == Wiring::ThreePhaseThreeWire
        ? supply.nominalVoltage / std::sqrt(3.0)
        : supply.nominalVoltage;
    const std::array<double, 3>& angles
        = supply.sequence == PhaseSequence::Abc ? kAbcAnglesDeg : kAcbAnglesDeg;

    ConductorState state;
    state.voltageThdPct = thdPercent(supply.voltageHarmonics);
    state.frequency = now.frequency;
    const auto phases = static_cast<std::size_t>(conductorCount(supply.wiring));
    for (std::size_t p = 0; p < phases; ++p) {
        state.voltage[p] = polarDegrees(phaseVoltage * now.voltageShare[p], angles[p]);
        const Phasor drawn = polarDegrees(now.currentA[p], angles[p] - now.loadAngleDeg[p]);
        state.current[p] = site.loads[p].exporting ? -drawn : drawn;
        state.currentThdPct[p] = thdPercent(site.loads[p].currentHarmonics);
    }
    if (!hasNeutral(supply.wiring)) {
        const Phasor zeroSequence = (state.current[0] + state.current[1] + state.current[2]) / 3.0;
        for (Phasor& current : state.current)
            current -= zeroSequence;
    }
    return state;
}

} // namespace iotpro::sim
