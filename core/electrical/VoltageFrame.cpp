#include "VoltageFrame.h"

#include "Phasor.h"

#include <cmath>

namespace iotpro::electrical {

namespace {

bool near(double angle, double expected, double tolerance)
{
    return std::abs(wrapDegrees(angle - expected)) <= tolerance;
}

/// A measured angle of element `index` (0-based), if the module gave one and both it and
/// element 1 (the reference) have voltage.
std::optional<double> measuredAngle(
    const Snapshot& snapshot, const std::array<bool, 3>& voltagePresent, int index)
{
    const std::optional<double>& angle = snapshot.elements[index].voltageAngle;
    if (!voltagePresent[0] || !voltagePresent[std::size_t(index)] || !angle || !std::isfinite(*angle))
        return std::nullopt;
    return angle;
}

/// 3P4W: element 2 and 3 sit at -120°/+120° (positive sequence) or +120°/-120° (negative).
void classifyFourWire(const Snapshot& snapshot, const std::array<bool, 3>& voltagePresent, double tolerance,
    VoltageFrame& frame)
{
    std::array<std::optional<double>, 2> angles { measuredAngle(snapshot, voltagePresent, 1),
        measuredAngle(snapshot, voltagePresent, 2) };
    std::array<std::optional<PhaseSequence>, 2> votes;
    for (std::size_t i = 0; i < 2; ++i) {
        if (!angles[i])
            continue;
        // Element 2 at -120° means positive sequence; element 3 at -120° means negative.
        const double positivePosition = i == 0 ? -120.0 : 120.0;
        if (near(*angles[i], positivePosition, tolerance))
            votes[i] = PhaseSequence::Positive;
        else if (near(*angles[i], -positivePosition, tolerance))
            votes[i] = PhaseSequence::Negative;
        else
            frame.unexpectedElements << int(i) + 2;
    }
    if (votes[0] && votes[1] && *votes[0] != *votes[1]) {
        // Both at the same position: two voltage inputs on one conductor.
        frame.unexpectedElements << 2 << 3;
        return;
    }
    if (frame.unexpectedElements.isEmpty())
        frame.sequence = votes[0] ? votes[0] : votes[1];
}

} // namespace

VoltageFrame voltageFrame(const Installation& installation, const Snapshot& snapshot,
    const std::array<bool, 3>& voltagePresent, const DiagnosisThresholds& thresholds)
{
    VoltageFrame frame;
    switch (installation.wiring) {
    case Wiring::SinglePhase:
        break;
    case Wiring::ThreePhaseFourWire: {
        classifyFourWire(snapshot, voltagePresent, thresholds.sequenceToleranceDeg, frame);
        const double step = frame.sequence == PhaseSequence::Negative ? 120.0 : -120.0;
        for (int k = 1; k < 3; ++k) {
            const std::optional<double> measured = measuredAngle(snapshot, voltagePresent, k);
            frame.elementAngle[std::size_t(k)] = measured ? wrapDegrees(*measured) : wrapDegrees(step * k);
        }
        frame.phaseAngle = frame.elementAngle;
        break;
    }
    case Wiring::ThreePhaseThreeWire: {
        // V32 leads V12 by 60° in positive sequence and lags it by 60° in negative sequence.
        const std::optional<double> measured = measuredAngle(snapshot, voltagePresent, 1);
        if (measured) {
            if (near(*measured, 60.0, thresholds.sequenceToleranceDeg))
                frame.sequence = PhaseSequence::Positive;
            else if (near(*measured, -60.0, thresholds.sequenceToleranceDeg))
                frame.sequence = PhaseSequence::Negative;
            else
                frame.unexpectedElements << 2;
        }
        frame.elementAngle[1]
            = measured ? wrapDegrees(*measured) : (frame.sequence == PhaseSequence::Negative ? -60.0 : 60.0);
        // The conductors' star-equivalent voltages around the virtual star point:
        // U2 = -(V12 + V32) / 3, U1 = V12 + U2, U3 = V32 + U2.
        const bool bothMeasured = voltagePresent[0] && voltagePresent[1];
        const Phasor v12 = polarDegrees(bothMeasured ? snapshot.elements[0].voltage : 1.0, 0.0);
        const Phasor v32
            = polarDegrees(bothMeasured ? snapshot.elements[1].voltage : 1.0, frame.elementAngle[1]);
        const Phasor u2 = -(v12 + v32) / 3.0;
        frame.phaseAngle = { argDegrees(v12 + u2), argDegrees(u2), argDegrees(v32 + u2) };
        break;
    }
    }
    return frame;
}

} // namespace iotpro::electrical
