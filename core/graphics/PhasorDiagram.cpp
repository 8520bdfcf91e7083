#include "PhasorDiagram.h"

#include "electrical/Phasor.h"
#include "electrical/VoltageFrame.h"

#include <algorithm>
#include <cmath>

namespace iotpro::graphics {

using namespace electrical;

namespace {

/// Below this share of its CT rating a current has no direction worth drawing.
constexpr double kMinDrawnShare = 0.01;
/// A current much smaller than the largest still shows which way it points.
constexpr double kMinCurrentLength = 0.25;

bool withinLoadBand(double loadAngle, const DiagnosisThresholds& thresholds)
{
    // The engine accepts a best explanation this far outside the plausible window.
    return loadAngle >= thresholds.leadingLimitDeg - thresholds.explainedToleranceDeg
        && loadAngle <= thresholds.laggingLimitDeg + thresholds.explainedToleranceDeg;
}

/// What the diagnosis says is wrong with input `input` (1-based), in a few words; empty when it
/// names nothing about it.
QString diagnosedProblem(const Diagnosis& diagnosis, Wiring wiring, int input)
{
    const auto index = qsizetype(input - 1);
    if (diagnosis.correction && index < diagnosis.correction->ctPhase.size()) {
        const int phase = diagnosis.correction->ctPhase[index];
        const bool reversed = diagnosis.correction->ctInverted.value(index);
        const bool moved = phase != declaredPhase(wiring, input);
        if (moved && reversed)
            return PhasorDiagramTexts::tr("on L%1, reversed").arg(phase);
        if (moved)
            return PhasorDiagramTexts::tr("on L%1").arg(phase);
        if (reversed)
            return PhasorDiagramTexts::tr("reversed");
        return {};
    }
    const bool reversed = std::any_of(diagnosis.findings.cbegin(), diagnosis.findings.cend(),
        [input](const Finding& f) { return f.code == FindingCode::CtReversed && f.element == input; });
    return reversed ? PhasorDiagramTexts::tr("reversed") : QString();
}

} // namespace

QString voltageName(Wiring wiring, int element)
{
    if (wiring == Wiring::ThreePhaseThreeWire)
        return element == 1 ? u"V12"_qs : u"V32"_qs;
    return u"V%1"_qs.arg(element);
}

QString currentName(Wiring wiring, int element)
{
    return u"I%1"_qs.arg(declaredPhase(wiring, element));
}

PhasorDiagram buildPhasorDiagram(const LiveSnapshot& snapshot, const std::optional<Diagnosis>& diagnosis,
    const DiagnosisThresholds& thresholds)
{
    const Installation installation = toInstallation(snapshot.setup);
    const int inputs = ctInputCount(installation.wiring);
    PhasorDiagram diagram;
    if (snapshot.elements.size() != inputs)
        return diagram; // the findings say why; no frame fits these readings

    const Snapshot readings = toElectricalSnapshot(snapshot);
    std::array<bool, 3> voltagePresent {};
    double largestVoltage = 0.0;
    double largestCurrent = 0.0;
    for (int k = 0; k < inputs; ++k) {
        const LiveElement& element = snapshot.elements[k];
        voltagePresent[std::size_t(k)]
            = element.voltage >= thresholds.voltageMissingShare * installation.nominalVoltage;
        largestVoltage = std::max(largestVoltage, element.voltage);
        largestCurrent = std::max(largestCurrent, element.current);
    }
    const VoltageFrame frame = voltageFrame(installation, readings, voltagePresent, thresholds);
    // The diagram's reference is the L1-N voltage, the one electricians know as 0°.
    const double rotation = -frame.phaseAngle[0];
    const double bandSpan = thresholds.laggingLimitDeg - thresholds.leadingLimitDeg;

    for (int k = 0; k < inputs; ++k) {
        const int input = k + 1;
        const LiveElement& element = snapshot.elements[k];
        const double voltageAngle = frame.elementAngle[std::size_t(k)] + rotation;
        diagram.voltages.append({ PhasorArrow::Status::Normal, wrapDegrees(voltageAngle),
            largestVoltage > 0.0 ? element.voltage / largestVoltage : 0.0,
            voltageName(installation.wiring, input) });

        const double expected
            = frame.phaseAngle[std::size_t(declaredPhase(installation.wiring, input) - 1)] + rotation;
        diagram.sectors.append({ wrapDegrees(expected - thresholds.laggingLimitDeg), bandSpan });

        PhasorArrow current;
        current.label = currentName(installation.wiring, input);
        // The same angle the engine judges: from the signs and sizes of P and Q.
        current.angleDeg
            = wrapDegrees(voltageAngle - powerAngleDegrees(element.activePower, element.reactivePower));
        const double rating = snapshot.setup.ctPrimaryA.value(k, installation.ctPrimaryA);
        const double share = rating > 0.0 ? element.current / rating : 1.0;
        const bool drawn = voltagePresent[std::size_t(k)] && element.current > 0.0 && share >= kMinDrawnShare;
        if (drawn)
            current.length = std::max(element.current / largestCurrent, kMinCurrentLength);

        const double loadAngle = wrapDegrees(expected - current.angleDeg);
        if (!voltagePresent[std::size_t(k)] || share < thresholds.minLoadShare) {
            current.status = PhasorArrow::Status::Unjudged;
        } else if (withinLoadBand(loadAngle, thresholds)) {
            current.status = PhasorArrow::Status::Normal;
        } else if (installation.exportPossible
            && withinLoadBand(wrapDegrees(loadAngle - 180.0), thresholds)) {
            current.status = PhasorArrow::Status::Exporting;
            current.label = PhasorDiagramTexts::tr("%1 export or reversed").arg(current.label);
        } else {
            current.status = PhasorArrow::Status::Alarm;
            const QString problem
                = diagnosis ? diagnosedProblem(*diagnosis, installation.wiring, input) : QString();
            current.label = problem.isEmpty()
                ? PhasorDiagramTexts::tr("%1 unexpected angle").arg(current.label)
                : PhasorDiagramTexts::tr("%1 %2", "current name, what is wrong").arg(current.label, problem);
        }
        diagram.currents.append(current);
    }
    return diagram;
}

} // namespace iotpro::graphics
