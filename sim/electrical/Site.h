#pragma once

#include <QList>

#include <array>

namespace iotpro::sim {

/// How a supply is built and how a meter is connected to it.
enum class Wiring {
    ThreePhaseFourWire, ///< 3P4W: three phases and neutral; three elements, L-N voltages
    ThreePhaseThreeWire, ///< 3P3W: three phases, no neutral; two elements (Aron), V12 and V32
    SinglePhase, ///< 1P: one phase and neutral; one element
};

enum class PhaseSequence { Abc, Acb };

/// CT inputs (= metering elements) the wiring uses: 3, 2 or 1.
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

/// Phase conductors of the supply, and line voltage inputs of the meter: 3 or 1.
constexpr int conductorCount(Wiring wiring)
{
    return wiring == Wiring::SinglePhase ? 1 : 3;
}

constexpr bool hasNeutral(Wiring wiring)
{
    return wiring != Wiring::ThreePhaseThreeWire;
}

/// The phase whose voltage element CT input `input` (1-based) serves when nothing is remapped:
/// 1, 2, 3 (3P4W); 1, 3 (3P3W: L2 is the Aron reference and has no CT); 1 (1P).
constexpr int declaredPhase(Wiring wiring, int input)
{
    return wiring == Wiring::ThreePhaseThreeWire && input == 2 ? 3 : input;
}

/// One harmonic of a voltage or current, as a percentage of the fundamental.
struct Harmonic
{
    int order = 0;
    double percent = 0.0;

    friend bool operator==(const Harmonic&, const Harmonic&) = default;
};
using HarmonicContent = QList<Harmonic>;

/// Total harmonic distortion in percent of the fundamental: sqrt(sum h²).
double thdPercent(const HarmonicContent& harmonics);

/// The supply as the utility delivers it.
struct Supply
{
    Wiring wiring = Wiring::ThreePhaseFourWire;
    /// L-N for 3P4W and 1P, L-L for 3P3W, in volts.
    double nominalVoltage = 230.0;
    /// Nominal frequency; the real one drifts around it (Variation).
    double frequency = 50.0;
    PhaseSequence sequence = PhaseSequence::Abc;
    /// Each phase's voltage as a share of nominal: real supplies are never quite balanced.
    std::array<double, 3> voltageShare { 1.002, 0.996, 1.004 };
    HarmonicContent voltageHarmonics { { 5, 2.0 }, { 7, 1.2 }, { 11, 0.6 } };

    friend bool operator==(const Supply&, const Supply&) = default;
};

/// What one phase's load draws.
struct PhaseLoad
{
    double currentA = 40.0;
    /// cos φ: positive for a lagging (inductive) load, negative for a leading (capacitive) one.
    double powerFactor = 0.92;
    /// Power flows to the grid (PV, generator): the current is reversed, P and Q change sign.
    bool exporting = false;
    HarmonicContent currentHarmonics { { 5, 6.0 }, { 7, 4.0 }, { 11, 2.0 } };

    friend bool operator==(const PhaseLoad&, const PhaseLoad&) = default;
};

/// How the site changes while the module watches it. All zero: a steady site.
struct Variation
{
    double currentDriftPct = 2.0; ///< 1-sigma of each phase's slow current drift
    double angleDriftDeg = 1.0; ///< 1-sigma of each phase's load-angle drift
    double voltageDriftPct = 0.3; ///< 1-sigma of each phase's voltage drift
    double frequencyDriftHz = 0.02;
    double timeConstantS = 60.0; ///< how slowly the drifts wander (Ornstein-Uhlenbeck)
    double stepIntervalS = 300.0; ///< mean time between load steps; 0 for none
    double stepPct = 20.0; ///< largest load step, in % of the phase's current

    friend bool operator==(const Variation&, const Variation&) = default;
};

/// The metering engine's noise, 1-sigma per reading; the default is a class 0.5S engine.
struct MeterNoise
{
    double magnitudePct = 0.1; ///< on every voltage and current magnitude
    double angleDeg = 0.1; ///< on every voltage and current angle
    double frequencyHz = 0.002; ///< on the frequency

    friend bool operator==(const MeterNoise&, const MeterNoise&) = default;
};

/// One CT as it is really fitted.
struct CtInstallation
{
    int conductor = 1; ///< the phase conductor it clamps, 1-3
    bool reversed = false; ///< fitted the wrong way round
    double fittedPrimaryA = 100.0;

    friend bool operator==(const CtInstallation&, const CtInstallation&) = default;
};

/// How the module is really connected, whatever its configuration says.
struct SiteWiring
{
    QList<CtInstallation> cts; ///< per CT input
    /// The phase conductor on each line voltage input (1-3); 0 where the tap is not connected.
    QList<int> voltageTaps;

    friend bool operator==(const SiteWiring&, const SiteWiring&) = default;
};

/// The real world the virtual module measures: supply, loads, how they change, and how the
/// module is wired to them.
struct Site
{
    Supply supply;
    std::array<PhaseLoad, 3> loads; ///< per phase; a single-phase site uses the first
    Variation variation;
    MeterNoise noise;
    SiteWiring wiring;

    friend bool operator==(const Site&, const Site&) = default;
};

/// 230 V L-N for 3P4W and 1P, 400 V L-L for 3P3W.
double defaultNominalVoltage(Wiring wiring);

/// Every CT on its own phase, facing the right way, rated `ctPrimaryA`; every voltage tap on its
/// own phase.
SiteWiring correctWiring(Wiring wiring, double ctPrimaryA);

} // namespace iotpro::sim
