#pragma once

namespace iotpro::electrical {

/// How the module is connected: its metering elements and which phase each CT input belongs on.
enum class Wiring {
    ThreePhaseFourWire, ///< 3P4W: three elements, element k = Lk-N voltage with CT input k
    ThreePhaseThreeWire, ///< 3P3W (Aron): element 1 = V12 with CT input 1, element 2 = V32 with CT input 2
    SinglePhase, ///< 1P: one element, L-N with CT input 1
};

/// What the CT's secondary delivers; decides whether touching its leads under load is dangerous.
enum class CtSecondary {
    Voltage333mV, ///< burden built in: safe to disconnect
    Current1A, ///< an open secondary under load gives dangerous voltages
    Current5A,
};

/// The installation as declared by the electrician (what should be there).
struct Installation
{
    Wiring wiring = Wiring::ThreePhaseFourWire;
    /// L-N for 3P4W and 1P, L-L for 3P3W, in volts.
    double nominalVoltage = 230.0;
    double nominalFrequency = 50.0;
    /// Rated primary current of the CTs, in amperes.
    double ctPrimaryA = 100.0;
    CtSecondary ctSecondary = CtSecondary::Voltage333mV;
    /// Can this circuit send power back (PV, generator, battery)? Export looks like a reversed CT.
    bool exportPossible = false;
    /// The module can invert an input or pair it with another phase in software.
    bool softwareCorrection = true;

    friend bool operator==(const Installation&, const Installation&) = default;
};

/// Number of CT inputs (= metering elements): 3, 2 or 1.
constexpr int ctInputCount(Wiring wiring)
{
    switch (wiring) {
    case Wiring::ThreePhaseFourWire:
        return 3;
    case Wiring::ThreePhaseThreeWire:
        return 2;
    case Wiring::SinglePhase:
        return 1;
    }
    return 0;
}

/// Number of phase conductors a CT could be clamped on: 3, 3 or 1.
constexpr int phaseConductorCount(Wiring wiring)
{
    return wiring == Wiring::SinglePhase ? 1 : 3;
}

/// The phase (1-based) whose conductor the CT on `input` (1-based) belongs on. In 3P3W the
/// second CT belongs on L3: L2 is the common voltage reference of the Aron connection.
constexpr int declaredPhase(Wiring wiring, int input)
{
    return wiring == Wiring::ThreePhaseThreeWire && input == 2 ? 3 : input;
}

} // namespace iotpro::electrical
