#include "SeparatingTestFinder.h"

#include "Phasor.h"

#include <algorithm>
#include <cmath>

namespace iotpro::electrical {

namespace {

struct TestLoad
{
    int loadPhase;
    int returnPhase; ///< 0 = neutral
};

QList<TestLoad> possibleLoads(Wiring wiring)
{
    switch (wiring) {
    case Wiring::ThreePhaseFourWire:
        return { { 1, 0 }, { 2, 0 }, { 3, 0 } };
    case Wiring::ThreePhaseThreeWire:
        // No neutral: a load sits between two lines.
        return { { 1, 2 }, { 3, 2 }, { 1, 3 } };
    case Wiring::SinglePhase:
        return { { 1, 0 } };
    }
    return {};
}

/// The resistive current the load adds to `conductor` (unit size), in the frame's angles.
Phasor addedCurrent(const VoltageFrame& frame, TestLoad load, int conductor)
{
    const Phasor from = polarDegrees(1.0, frame.phaseAngle[std::size_t(load.loadPhase - 1)]);
    const Phasor to = load.returnPhase == 0
        ? Phasor()
        : polarDegrees(1.0, frame.phaseAngle[std::size_t(load.returnPhase - 1)]);
    const Phasor current = from - to; // in phase with the voltage across the load
    if (conductor == load.loadPhase)
        return current;
    if (conductor == load.returnPhase)
        return -current;
    return {};
}

/// Predicted change of the input's active power, or nullopt when too small to see reliably.
std::optional<PowerChange> predictedChange(const WiringEvidence& evidence, const WiringHypothesis& hypothesis,
    TestLoad load, int input, double minResponse)
{
    const auto k = std::size_t(input - 1);
    Phasor current = addedCurrent(evidence.frame, load, hypothesis.phase[k]);
    if (std::abs(current) == 0.0)
        return PowerChange::Unchanged;
    if (hypothesis.inverted[k])
        current = -current;
    const Phasor voltage = polarDegrees(1.0, evidence.frame.elementAngle[k]);
    // P = Re(V * conj(I)), as a share of the load's own power.
    const double change = (voltage * std::conj(current)).real() / std::abs(current);
    if (std::abs(change) < minResponse)
        return std::nullopt;
    return change > 0 ? PowerChange::Rises : PowerChange::Falls;
}

} // namespace

std::optional<SeparatingTest> findSeparatingTest(const WiringEvidence& evidence,
    const QList<WiringHypothesis>& candidates, const DiagnosisThresholds& thresholds)
{
    std::optional<SeparatingTest> best;
    qsizetype bestDistinct = 0;
    for (const TestLoad load : possibleLoads(evidence.wiring)) {
        // Every judged input's response under every candidate; unreadable loads are skipped.
        QList<int> inputs;
        QList<QList<PowerChange>> responses(candidates.size());
        bool readable = true;
        for (int input = 1; input <= ctInputCount(evidence.wiring) && readable; ++input) {
            if (!evidence.judged[std::size_t(input - 1)])
                continue;
            inputs << input;
            for (qsizetype c = 0; c < candidates.size() && readable; ++c) {
                const std::optional<PowerChange> change
                    = predictedChange(evidence, candidates[c], load, input, thresholds.minTestResponse);
                readable = change.has_value();
                responses[c] << change.value_or(PowerChange::Unchanged);
            }
        }
        // It must at least separate the two best candidates; more distinct responses is better.
        if (!readable || responses[0] == responses[1])
            continue;
        QList<QList<PowerChange>> distinct;
        for (const QList<PowerChange>& response : std::as_const(responses)) {
            if (!distinct.contains(response))
                distinct << response;
        }
        if (distinct.size() <= bestDistinct)
            continue;
        bestDistinct = distinct.size();
        // Keep only the inputs whose response differs between candidates.
        SeparatingTest test { load.loadPhase, load.returnPhase, {},
            QList<QList<PowerChange>>(candidates.size()) };
        for (qsizetype w = 0; w < inputs.size(); ++w) {
            const bool differs = std::any_of(responses.cbegin(), responses.cend(),
                [&](const QList<PowerChange>& response) { return response[w] != responses[0][w]; });
            if (!differs)
                continue;
            test.watchInputs << inputs[w];
            for (qsizetype c = 0; c < candidates.size(); ++c)
                test.expected[c] << responses[c][w];
        }
        best = test;
    }
    return best;
}

} // namespace iotpro::electrical
