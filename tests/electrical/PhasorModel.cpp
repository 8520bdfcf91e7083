#include "PhasorModel.h"

#include <QRandomGenerator>
#include <numbers>

namespace phasormodel {

namespace {

using Phasor = std::complex<double>;

Phasor polar(double magnitude, double degrees)
{
    return std::polar(magnitude, degrees * std::numbers::pi / 180.0);
}

double degreesOf(Phasor phasor)
{
    return std::arg(phasor) * 180.0 / std::numbers::pi;
}

double uniform(const Noise& noise)
{
    return noise.generator ? noise.generator->generateDouble() * 2.0 - 1.0 : 0.0;
}

Phasor disturbed(Phasor phasor, const Noise& noise)
{
    const double magnitude = std::abs(phasor) * (1.0 + noise.magnitude * uniform(noise));
    return polar(magnitude, degreesOf(phasor) + noise.angleDeg * uniform(noise));
}

/// Physical phase voltage, phases 1..3 (0 = neutral).
Phasor phaseVoltage(const Load& load, int phase)
{
    static constexpr double angles[] { 0.0, 0.0, -120.0, 120.0 };
    return phase == 0 ? Phasor() : polar(load.phaseVoltage, angles[phase]);
}

/// Physical line currents. Without a neutral (3P3W) the three must sum to zero, so L2 carries
/// what L1 and L3 bring.
std::array<Phasor, 4> lineCurrents(const RealInstallation& real, const Load& load)
{
    std::array<Phasor, 4> currents {};
    for (int phase = 1; phase <= 3; ++phase) {
        const auto i = qsizetype(phase - 1);
        currents[std::size_t(phase)]
            = polar(load.current.value(i), degreesOf(phaseVoltage(load, phase)) - load.loadAngle.value(i));
    }
    if (real.wiring == Wiring::ThreePhaseThreeWire)
        currents[2] = -(currents[1] + currents[3]);
    return currents;
}

/// Each element's true voltage.
QList<Phasor> elementVoltages(const RealInstallation& real, const Load& load)
{
    const auto tap = [&](int terminal) { return phaseVoltage(load, real.voltageTap[terminal - 1]); };
    switch (real.wiring) {
    case Wiring::ThreePhaseFourWire:
        return { tap(1), tap(2), tap(3) };
    case Wiring::ThreePhaseThreeWire:
        return { tap(1) - tap(2), tap(3) - tap(2) };
    case Wiring::SinglePhase:
        return { tap(1) };
    }
    return {};
}

} // namespace

iotpro::electrical::Installation declaredInstallation(Wiring wiring)
{
    iotpro::electrical::Installation installation;
    installation.wiring = wiring;
    installation.nominalVoltage = wiring == Wiring::ThreePhaseThreeWire ? 400.0 : 230.0;
    installation.nominalFrequency = 50.0;
    installation.ctPrimaryA = 100.0;
    return installation;
}

RealInstallation correctInstallation(Wiring wiring)
{
    RealInstallation real;
    real.wiring = wiring;
    const int inputs = iotpro::electrical::ctInputCount(wiring);
    real.ctPhase.clear();
    real.ctReversed.clear();
    for (int input = 1; input <= inputs; ++input) {
        real.ctPhase << iotpro::electrical::declaredPhase(wiring, input);
        real.ctReversed << false;
    }
    return real;
}

Load balancedLoad(double loadAngleDeg, double current)
{
    Load load;
    load.current = { current, current, current };
    load.loadAngle = { loadAngleDeg, loadAngleDeg, loadAngleDeg };
    return load;
}

iotpro::electrical::Snapshot measure(
    const RealInstallation& real, const Load& load, const Noise& noise, bool withVoltageAngles)
{
    const std::array<Phasor, 4> currents = lineCurrents(real, load);
    const QList<Phasor> voltages = elementVoltages(real, load);
    iotpro::electrical::Snapshot snapshot;
    snapshot.frequency = load.frequency;
    double referenceAngle = 0.0;
    for (qsizetype k = 0; k < voltages.size(); ++k) {
        const Phasor voltage = disturbed(voltages[k], noise);
        const Phasor ctCurrent = currents[std::size_t(real.ctPhase[k])] * (real.ctReversed[k] ? -1.0 : 1.0);
        const Phasor current = disturbed(ctCurrent, noise);
        const Phasor power = voltage * std::conj(current);
        iotpro::electrical::ElementReading reading { std::abs(voltage), std::abs(current), power.real(),
            power.imag(), {} };
        if (k == 0)
            referenceAngle = degreesOf(voltage);
        if (withVoltageAngles)
            reading.voltageAngle = std::remainder(degreesOf(voltage) - referenceAngle, 360.0);
        snapshot.elements << reading;
    }
    return snapshot;
}

iotpro::electrical::Correction terminalArrangement(const RealInstallation& real)
{
    iotpro::electrical::Correction arrangement;
    for (qsizetype k = 0; k < real.ctPhase.size(); ++k) {
        arrangement.ctPhase << int(real.voltageTap.indexOf(real.ctPhase[k])) + 1;
        arrangement.ctInverted << real.ctReversed[k];
    }
    return arrangement;
}

double powerChangeFromTestLoad(
    const RealInstallation& real, const Load& load, int loadPhase, int returnPhase, int input, double amps)
{
    // Terminal phases to physical conductors; the load current is in phase with its voltage.
    const int from = real.voltageTap[loadPhase - 1];
    const int to = returnPhase == 0 ? 0 : real.voltageTap[returnPhase - 1];
    const Phasor across = phaseVoltage(load, from) - phaseVoltage(load, to);
    const Phasor added = polar(amps, degreesOf(across));
    const int conductor = real.ctPhase[input - 1];
    Phasor ctCurrent = conductor == from ? added : conductor == to ? -added : Phasor();
    if (real.ctReversed[input - 1])
        ctCurrent = -ctCurrent;
    return (elementVoltages(real, load)[input - 1] * std::conj(ctCurrent)).real();
}

} // namespace phasormodel
