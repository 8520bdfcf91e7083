#pragma once

#include "Phasor.h"
#include "PowerSystem.h"
#include "Site.h"

#include <QList>

namespace iotpro::sim {

/// One measured quantity: its fundamental and its harmonic distortion.
struct Signal
{
    Phasor fundamental;
    double thdPct = 0.0;

    friend bool operator==(const Signal&, const Signal&) = default;
};

/// What reaches the module's terminals: analogue signals, before any firmware.
struct MeterInputs
{
    /// Per voltage element of the metering wiring, in volts.
    QList<Signal> elementVoltages;
    /// Per CT input, as a share of the fitted CT's rating (what its secondary delivers).
    QList<Signal> ctSignals;
};

/// What the terminals see of `conductors` through the site's wiring when the engine meters as
/// `metering`: element k of 3P4W is terminal k against N, of 3P3W terminal 1 (3) against
/// terminal 2, of 1P terminal 1 against N.
/// An unconnected measuring terminal is pulled to its reference by the input divider and
/// reads 0 V. An unconnected reference (N, or terminal 2 in 3P3W) settles at the mean of the
/// terminals measured against it, as the equal input impedances of the engine make it.
MeterInputs meterInputs(const ConductorState& conductors, const Site& site, Wiring metering);

} // namespace iotpro::sim
