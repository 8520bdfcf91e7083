#include "Diagnosis.h"

#include "DiagnosisMessages.h"
#include "Findings.h"
#include "LoadGates.h"
#include "Phasor.h"
#include "SeparatingTestFinder.h"
#include "WiringSearch.h"

#include <algorithm>
#include <cmath>

namespace iotpro::electrical {

namespace {

constexpr qsizetype maxExplanations = 3;

Correction arrangementOf(const WiringHypothesis& hypothesis, int inputs)
{
    Correction arrangement;
    for (int k = 0; k < inputs; ++k) {
        arrangement.ctPhase << hypothesis.phase[std::size_t(k)];
        arrangement.ctInverted << hypothesis.inverted[std::size_t(k)];
    }
    return arrangement;
}

Explanation explanationOf(
    const WiringHypothesis& hypothesis, const WiringEvidence& evidence, double probability)
{
    const int inputs = ctInputCount(evidence.wiring);
    Explanation explanation { arrangementOf(hypothesis, inputs), {}, {}, hypothesis.mistakes, probability };
    for (int k = 0; k < inputs; ++k) {
        const auto i = std::size_t(k);
        explanation.loadAngle << (evidence.judged[i] ? std::optional(hypothesis.loadAngle[i]) : std::nullopt);
        explanation.exporting << (evidence.judged[i] && hypothesis.exporting[i]);
    }
    return explanation;
}

/// The relabelling of phases the CTs show: declared phase -> phase really clamped, completed to
/// a permutation of L1..L3 (3P3W leaves one phase without a CT).
std::array<int, 3> phaseRelabelling(Wiring wiring, const WiringHypothesis& hypothesis)
{
    std::array<int, 3> image { 0, 0, 0 };
    std::array<bool, 3> used {};
    for (int input = 1; input <= ctInputCount(wiring); ++input) {
        const int phase = hypothesis.phase[std::size_t(input - 1)];
        image[std::size_t(declaredPhase(wiring, input) - 1)] = phase;
        used[std::size_t(phase - 1)] = true;
    }
    for (int& phase : image) {
        if (phase == 0) {
            phase = int(std::find(used.begin(), used.end(), false) - used.begin()) + 1;
            used[std::size_t(phase - 1)] = true;
        }
    }
    return image;
}

/// The two phases a relabelling exchanges, when it is a single exchange (an odd permutation of
/// three phases always is).
std::optional<std::pair<int, int>> exchangedPhases(const std::array<int, 3>& relabelling)
{
    QList<int> moved;
    for (int phase = 1; phase <= 3; ++phase) {
        if (relabelling[std::size_t(phase - 1)] != phase)
            moved << phase;
    }
    if (moved.size() != 2)
        return std::nullopt;
    return std::pair(moved[0], moved[1]);
}

PhaseSequence opposite(PhaseSequence sequence)
{
    return sequence == PhaseSequence::Positive ? PhaseSequence::Negative : PhaseSequence::Positive;
}

/// The findings for a decided arrangement: one per judged input that is wrong.
void reportArrangement(const Installation& installation, const WiringHypothesis& best,
    const std::array<bool, 3>& judged, QList<Finding>& findings)
{
    const int inputs = ctInputCount(installation.wiring);
    for (int input = 1; input <= inputs; ++input) {
        const auto k = std::size_t(input - 1);
        if (!judged[k])
            continue;
        const int rightPhase = declaredPhase(installation.wiring, input);
        if (best.phase[k] != rightPhase) {
            std::optional<int> occupant;
            for (int other = 1; other <= inputs; ++other) {
                if (best.phase[std::size_t(other - 1)] == rightPhase)
                    occupant = other;
            }
            findings << makeFinding(FindingCode::CtSwapped, input,
                DiagnosisMessages::ctSwapped(installation, input, best.phase[k], best.inverted[k], occupant));
        } else if (best.inverted[k]) {
            findings << makeFinding(
                FindingCode::CtReversed, input, DiagnosisMessages::ctReversed(installation, input));
        }
    }
}

/// The heater test that would show a decided result wrong: the arrangements next in line that
/// also fit with usual loads (above all the best one's shadows, which read identically under a
/// load 60° away) differ from it there. Only what the best arrangement predicts is kept.
std::optional<SeparatingTest> confirmationTest(const WiringEvidence& evidence,
    const QList<WiringHypothesis>& ranked, const DiagnosisThresholds& thresholds)
{
    QList<WiringHypothesis> rivals { ranked.front() };
    for (qsizetype i = 1; i < ranked.size() && rivals.size() < maxExplanations; ++i) {
        if (explainsWithUsualLoads(ranked[i], evidence.judged, thresholds))
            rivals << ranked[i];
    }
    if (rivals.size() < 2)
        return std::nullopt;
    std::optional<SeparatingTest> test = findSeparatingTest(evidence, rivals, thresholds);
    if (test)
        test->expected.resize(1);
    return test;
}

/// Searches the CT arrangements and reports what they show; returns the relabelling of the
/// decided arrangement, if one was decided.
std::optional<std::array<int, 3>> judgeCts(const Installation& installation, const WiringEvidence& evidence,
    const DiagnosisThresholds& thresholds, Diagnosis& diagnosis, QList<Finding>& findings)
{
    const QList<WiringHypothesis> ranked = rankArrangements(evidence, thresholds);
    const WiringHypothesis& best = ranked.front();
    if (!explainsWithUsualLoads(best, evidence.judged, thresholds)) {
        findings << makeFinding(FindingCode::WiringUnexplained, std::nullopt,
            DiagnosisMessages::wiringUnexplained(installation, best, evidence.judged));
        return std::nullopt;
    }

    double partition = 0.0;
    for (const WiringHypothesis& hypothesis : ranked)
        partition += std::exp(best.cost - hypothesis.cost);
    const bool ambiguous = ranked.size() > 1 && ranked[1].cost - best.cost < thresholds.ambiguityMargin;
    QList<WiringHypothesis> candidates;
    for (const WiringHypothesis& hypothesis : ranked) {
        if (candidates.size() == (ambiguous ? maxExplanations : 1)
            || hypothesis.cost - best.cost >= thresholds.candidateMargin)
            break;
        candidates << hypothesis;
        diagnosis.explanations << explanationOf(
            hypothesis, evidence, std::exp(best.cost - hypothesis.cost) / partition);
    }
    diagnosis.confidence = diagnosis.explanations.front().probability;

    if (ambiguous) {
        diagnosis.separatingTest = findSeparatingTest(evidence, candidates, thresholds);
        findings << makeFinding(FindingCode::Ambiguous, std::nullopt,
            DiagnosisMessages::ambiguous(
                installation, candidates, evidence.judged, diagnosis.separatingTest));
        return std::nullopt;
    }
    if (best.mistakes > 0)
        diagnosis.correction = arrangementOf(best, ctInputCount(installation.wiring));
    reportArrangement(installation, best, evidence.judged, findings);
    diagnosis.separatingTest = confirmationTest(evidence, ranked, thresholds);
    return phaseRelabelling(installation.wiring, best);
}

} // namespace

Diagnosis diagnose(const Installation& installation, const Snapshot& snapshot,
    const ClampMeterReadings& clampMeter, const DiagnosisThresholds& thresholds)
{
    Diagnosis diagnosis;
    const int inputs = ctInputCount(installation.wiring);
    if (snapshot.elements.size() != inputs) {
        diagnosis.findings << makeFinding(FindingCode::ElementCountMismatch, std::nullopt,
            DiagnosisMessages::elementCountMismatch(installation.wiring, snapshot.elements.size()));
        diagnosis.verdict = verdictOf(diagnosis.findings);
        return diagnosis;
    }

    const GateResult gates = checkGates(installation, snapshot, clampMeter, thresholds);
    QList<Finding> findings = gates.findings;
    WiringEvidence evidence { installation.wiring, installation.exportPossible, gates.judged, {},
        voltageFrame(installation, snapshot, gates.voltagePresent, thresholds) };
    for (int k = 0; k < inputs; ++k) {
        const ElementReading& reading = snapshot.elements[k];
        evidence.powerAngle[std::size_t(k)] = powerAngleDegrees(reading.activePower, reading.reactivePower);
    }
    for (int element : evidence.frame.unexpectedElements) {
        findings << makeFinding(FindingCode::VoltageAngleUnexpected, element,
            DiagnosisMessages::voltageAngleUnexpected(
                installation.wiring, element, snapshot.elements[element - 1].voltageAngle.value_or(0.0)));
    }

    std::optional<std::array<int, 3>> relabelling;
    if (std::find(gates.judged.begin(), gates.judged.end(), true) != gates.judged.end())
        relabelling = judgeCts(installation, evidence, thresholds, diagnosis, findings);

    diagnosis.voltageSequence = evidence.frame.sequence;
    const std::optional<std::pair<int, int>> exchange
        = relabelling ? exchangedPhases(*relabelling) : std::nullopt;
    if (diagnosis.voltageSequence && relabelling)
        diagnosis.currentSequence
            = exchange ? opposite(*diagnosis.voltageSequence) : *diagnosis.voltageSequence;
    if (diagnosis.voltageSequence == PhaseSequence::Negative) {
        // Voltages negative but CT currents positive: the voltage leads, not the CTs, are swapped.
        const bool leadsSwapped = diagnosis.currentSequence == PhaseSequence::Positive;
        findings << makeFinding(FindingCode::PhaseSequenceReversed, std::nullopt,
            DiagnosisMessages::phaseSequenceReversed(leadsSwapped ? exchange : std::nullopt));
    }

    diagnosis.findings = onePerElement(findings);
    diagnosis.verdict = verdictOf(diagnosis.findings);
    return diagnosis;
}

} // namespace iotpro::electrical
