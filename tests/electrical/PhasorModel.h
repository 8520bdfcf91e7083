#pragma once

#include "electrical/Diagnosis.h"

#include <QList>
#include <complex>

class QRandomGenerator;

/// Physically correct readings for the diagnosis tests and the benchmark, computed from true
/// phasors independently of the engine: ABC supply with V1 = 0°, V2 = -120°, V3 = +120°, each
/// phase's current lagging its voltage by its load angle, then the real installation applied
/// and what the meter would report (P = V·I·cos θ, Q = V·I·sin θ of each measured pair).
namespace phasormodel {

using iotpro::electrical::Wiring;

/// How the installation really is, in physical phases 1..3.
struct RealInstallation
{
    Wiring wiring = Wiring::ThreePhaseFourWire;
    /// The physical phase whose conductor each CT input clamps.
    QList<int> ctPhase { 1, 2, 3 };
    QList<bool> ctReversed { false, false, false };
    /// The physical phase on each voltage terminal L1..L3 (1P: only the first counts).
    QList<int> voltageTap { 1, 2, 3 };
};

/// What flows, per physical phase.
struct Load
{
    double phaseVoltage = 230.0; ///< L-N, V
    QList<double> current { 50.0, 50.0, 50.0 };
    /// Lagging positive; 180° means the phase exports at unity power factor.
    QList<double> loadAngle { 0.0, 0.0, 0.0 };
    double frequency = 50.0;
};

/// Measurement error drawn uniformly from ±magnitude (relative) and ±angle (degrees).
struct Noise
{
    QRandomGenerator* generator = nullptr;
    double magnitude = 0.005;
    double angleDeg = 0.5;
};

/// The declared installation matching the real one's wiring (230 V L-N / 400 V L-L, 50 Hz, 100 A CTs).
iotpro::electrical::Installation declaredInstallation(Wiring wiring);

/// A correctly wired installation.
RealInstallation correctInstallation(Wiring wiring);

/// The same load angle and current on every phase.
Load balancedLoad(double loadAngleDeg, double current = 50.0);

/// What the module reports. `withVoltageAngles` adds each element's v_angle.
iotpro::electrical::Snapshot measure(
    const RealInstallation& real, const Load& load, const Noise& noise, bool withVoltageAngles);

/// The arrangement the diagnosis should report, named by the module's voltage terminals.
iotpro::electrical::Correction terminalArrangement(const RealInstallation& real);

/// Change of input `input`'s active power (W) when a resistive load drawing `amps` is switched
/// between terminal phases `loadPhase` and `returnPhase` (0 = neutral) of the real installation.
double powerChangeFromTestLoad(
    const RealInstallation& real, const Load& load, int loadPhase, int returnPhase, int input, double amps);

} // namespace phasormodel
