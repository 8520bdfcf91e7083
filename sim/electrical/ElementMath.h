#pragma once

#include "MeterInputs.h"
#include "MeteringSetup.h"

#include <QList>

namespace iotpro::sim {

/// One metering element's voltage and current as the firmware pairs them: the current in
/// primary amperes after the configured CT ratio and the software correction.
struct ElementSignals
{
    Signal voltage;
    Signal current;

    friend bool operator==(const ElementSignals&, const ElementSignals&) = default;
};

/// What the metering engine reports for one element (docs/protocol.md, "ElementReading").
struct ElementValues
{
    double voltage = 0.0; ///< V rms
    double current = 0.0; ///< A rms
    double activePower = 0.0; ///< W, import positive
    double reactivePower = 0.0; ///< var, inductive positive
    double apparentPower = 0.0; ///< VA, Vrms * Irms
    double powerFactor = 0.0; ///< |P| / S; 0 without power
    double viAngleDeg = 0.0; ///< current lag, (-180, 180]; 0 without voltage or current
    double voltageAngleDeg = 0.0; ///< against element 1's voltage; 0 without a reference
    double thdVoltagePct = 0.0;
    double thdCurrentPct = 0.0;

    friend bool operator==(const ElementValues&, const ElementValues&) = default;
};

/// Below this share of the CT rating the engine reads no current (its starting current): a
/// margin inside the 0.1 % of rated current that class 0.5S demands it to register from.
inline constexpr double kStartingCurrentShare = 0.0008;
/// Below this share of the nominal voltage the engine reads no voltage.
inline constexpr double kVoltageThresholdShare = 0.01;

/// The firmware's first step: scales each CT input by its configured rating, negates the
/// inverted ones, and gives the element of phase P the input whose ct_phase is P (an element
/// no input is paired with reads no current). `setup` must be valid for its wiring.
QList<ElementSignals> pairElements(const MeterInputs& inputs, const MeteringSetup& setup);

/// The values the engine computes from paired signals: RMS values include the harmonics,
/// P and Q are those of the fundamentals (harmonic power is negligible next to them), angles
/// those of the fundamentals.
QList<ElementValues> evaluateElements(const QList<ElementSignals>& elements, const MeteringSetup& setup);

} // namespace iotpro::sim
