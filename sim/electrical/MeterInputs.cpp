#include "MeterInputs.h"

#include <optional>

namespace iotpro::sim {

namespace {

/// The potential of line voltage terminal `terminal` (1-based), or nullopt when it floats.
std::optional<Phasor> linePotential(const ConductorState& conductors, const Site& site, int terminal)
{
    const int conductor = site.wiring.voltageTaps.value(terminal - 1, 0);
    if (conductor < 1 || conductor > conductorCount(site.supply.wiring))
        return std::nullopt;
    return conductors.voltage[static_cast<std::size_t>(conductor - 1)];
}

QList<Phasor> elementVoltages(const ConductorState& conductors, const Site& site, Wiring metering)
{
    // Terminals measured against the common reference, and that reference.
    QList<std::optional<Phasor>> measured;
    std::optional<Phasor> reference;
    switch (metering) {
    case Wiring::ThreePhaseFourWire:
        measured = { linePotential(conductors, site, 1), linePotential(conductors, site, 2),
            linePotential(conductors, site, 3) };
        break;
    case Wiring::ThreePhaseThreeWire:
        measured = { linePotential(conductors, site, 1), linePotential(conductors, site, 3) };
        reference = linePotential(conductors, site, 2);
        break;
    case Wiring::SinglePhase:
        measured = { linePotential(conductors, site, 1) };
        break;
    }
    if (metering != Wiring::ThreePhaseThreeWire && hasNeutral(site.supply.wiring))
        reference = Phasor {};

    if (!reference) {
        Phasor sum;
        int connected = 0;
        for (const std::optional<Phasor>& potential : std::as_const(measured)) {
            if (potential) {
                sum += *potential;
                ++connected;
            }
        }
        reference = connected > 0 ? sum / double(connected) : Phasor {};
    }
    QList<Phasor> voltages;
    for (const std::optional<Phasor>& potential : std::as_const(measured))
        voltages.append(potential ? *potential - *reference : Phasor {});
    return voltages;
}

} // namespace

MeterInputs meterInputs(const ConductorState& conductors, const Site& site, Wiring metering)
{
    MeterInputs inputs;
    for (const Phasor& voltage : elementVoltages(conductors, site, metering))
        inputs.elementVoltages.append({ voltage, std::abs(voltage) > 0.0 ? conductors.voltageThdPct : 0.0 });

    for (int input = 1; input <= ctInputCount(metering); ++input) {
        Signal signal;
        if (input <= site.wiring.cts.size()) {
            const CtInstallation& ct = site.wiring.cts[input - 1];
            if (ct.conductor >= 1 && ct.conductor <= conductorCount(site.supply.wiring)) {
                const auto conductor = static_cast<std::size_t>(ct.conductor - 1);
                const Phasor secondary = conductors.current[conductor] / ct.fittedPrimaryA;
                signal = { ct.reversed ? -secondary : secondary, conductors.currentThdPct[conductor] };
            }
        }
        inputs.ctSignals.append(signal);
    }
    return inputs;
}

} // namespace iotpro::sim
