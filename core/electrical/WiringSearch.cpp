#include "WiringSearch.h"

#include "Phasor.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace iotpro::electrical {

namespace {

/// What one input contributes under one (phase, polarity): the cheaper of import and, when
/// possible, export.
struct ElementTerm
{
    double loadAngle = 0.0;
    bool exporting = false;
    double cost = 0.0;
};

ElementTerm elementTerm(const WiringEvidence& evidence, int input, int phase, bool inverted,
    const DiagnosisThresholds& thresholds)
{
    const auto k = std::size_t(input);
    // The meter measures the angle between its element's voltage and the CT current. If the
    // CT clamps `phase`, that current lags the phase's own voltage by the load angle.
    const double offset = evidence.frame.elementAngle[k] - evidence.frame.phaseAngle[std::size_t(phase - 1)]
        + (inverted ? 180.0 : 0.0);
    const double importAngle = wrapDegrees(evidence.powerAngle[k] - offset);
    ElementTerm term { importAngle, false, loadAngleCost(importAngle, thresholds) };
    if (evidence.exportPossible) {
        const double exportAngle = wrapDegrees(importAngle - 180.0);
        const double exportCost = thresholds.exportCost + loadAngleCost(exportAngle, thresholds);
        if (exportCost < term.cost)
            term = { exportAngle, true, exportCost };
    }
    return term;
}

/// Unequal load angles across phases: each phase's load may differ, but a wrong arrangement
/// typically puts 60° or 120° between them.
double balanceCost(const WiringHypothesis& hypothesis, const std::array<bool, 3>& judged, int inputs,
    const DiagnosisThresholds& thresholds)
{
    double sum = 0.0;
    int count = 0;
    for (int k = 0; k < inputs; ++k) {
        if (judged[std::size_t(k)]) {
            sum += hypothesis.loadAngle[std::size_t(k)];
            ++count;
        }
    }
    if (count < 2)
        return 0.0;
    const double mean = sum / count;
    double squares = 0.0;
    for (int k = 0; k < inputs; ++k) {
        if (judged[std::size_t(k)])
            squares += std::pow(hypothesis.loadAngle[std::size_t(k)] - mean, 2);
    }
    return squares / (2.0 * thresholds.balanceScaleDeg * thresholds.balanceScaleDeg);
}

/// Calls `visit` with every injective assignment of `inputs` CT inputs to `phases` phases.
template <typename Visit> void forEachAssignment(int inputs, int phases, Visit visit)
{
    std::array<int, 3> phase { 1, 1, 1 };
    int combinations = 1;
    for (int k = 0; k < inputs; ++k)
        combinations *= phases;
    for (int code = 0; code < combinations; ++code) {
        int rest = code;
        for (int k = 0; k < inputs; ++k) {
            phase[std::size_t(k)] = rest % phases + 1;
            rest /= phases;
        }
        bool distinct = true;
        for (int a = 0; a < inputs; ++a) {
            for (int b = a + 1; b < inputs; ++b)
                distinct = distinct && phase[std::size_t(a)] != phase[std::size_t(b)];
        }
        if (distinct)
            visit(phase);
    }
}

} // namespace

int mistakeCount(Wiring wiring, const std::array<int, 3>& phase, const std::array<bool, 3>& inverted,
    const std::array<bool, 3>& judged)
{
    const int inputs = ctInputCount(wiring);
    bool arrangementWrong = false;
    int reversed = 0;
    int judgedCount = 0;
    for (int k = 0; k < inputs; ++k) {
        const auto i = std::size_t(k);
        arrangementWrong = arrangementWrong || phase[i] != declaredPhase(wiring, k + 1);
        if (judged[i]) {
            ++judgedCount;
            reversed += inverted[i] ? 1 : 0;
        }
    }
    const int reversals = reversed == 0 ? 0 : std::min(reversed, 1 + judgedCount - reversed);
    return (arrangementWrong ? 1 : 0) + reversals;
}

double loadAngleCost(double loadAngleDeg, const DiagnosisThresholds& t)
{
    const double angle = wrapDegrees(loadAngleDeg);
    if (angle < t.leadingLimitDeg || angle > t.laggingLimitDeg) {
        // Outside the window, measured from the nearer limit around the circle.
        const double beyondLagging = std::fmod(angle - t.laggingLimitDeg + 360.0, 360.0);
        const double beyondLeading = std::fmod(t.leadingLimitDeg - angle + 360.0, 360.0);
        return std::min(t.laggingLimitCost + std::pow(beyondLagging / t.outsideScaleDeg, 2),
            t.leadingLimitCost + std::pow(beyondLeading / t.outsideScaleDeg, 2));
    }
    if (angle < 0.0)
        return t.leadingLimitCost * std::pow(angle / t.leadingLimitDeg, 2);
    if (angle > t.preferredLaggingLimitDeg)
        return t.laggingLimitCost * (angle - t.preferredLaggingLimitDeg)
            / (t.laggingLimitDeg - t.preferredLaggingLimitDeg);
    return 0.0;
}

QList<WiringHypothesis> rankArrangements(
    const WiringEvidence& evidence, const DiagnosisThresholds& thresholds)
{
    const int inputs = ctInputCount(evidence.wiring);
    const int phases = phaseConductorCount(evidence.wiring);

    // Every (input, phase, polarity) term once: 18 terms serve all 48 hypotheses.
    std::array<std::array<std::array<ElementTerm, 2>, 3>, 3> terms {};
    for (int k = 0; k < inputs; ++k) {
        for (int p = 1; p <= phases; ++p) {
            for (int r = 0; r < 2; ++r)
                terms[std::size_t(k)][std::size_t(p - 1)][std::size_t(r)]
                    = elementTerm(evidence, k, p, r == 1, thresholds);
        }
    }

    QList<WiringHypothesis> ranked;
    ranked.reserve(48);
    forEachAssignment(inputs, phases, [&](const std::array<int, 3>& phase) {
        for (int mask = 0; mask < (1 << inputs); ++mask) {
            WiringHypothesis hypothesis;
            hypothesis.phase = phase;
            bool valid = true;
            for (int k = 0; k < inputs; ++k) {
                const auto i = std::size_t(k);
                hypothesis.inverted[i] = (mask >> k & 1) != 0;
                // An input that is not judged has no polarity to find.
                valid = valid && (evidence.judged[i] || !hypothesis.inverted[i]);
            }
            if (!valid)
                continue;
            double cost = 0.0;
            for (int k = 0; k < inputs; ++k) {
                const auto i = std::size_t(k);
                if (!evidence.judged[i])
                    continue;
                const ElementTerm& term = terms[i][std::size_t(phase[i] - 1)][hypothesis.inverted[i] ? 1 : 0];
                hypothesis.loadAngle[i] = term.loadAngle;
                hypothesis.exporting[i] = term.exporting;
                cost += term.cost;
            }
            hypothesis.mistakes
                = mistakeCount(evidence.wiring, hypothesis.phase, hypothesis.inverted, evidence.judged);
            hypothesis.cost = cost + balanceCost(hypothesis, evidence.judged, inputs, thresholds)
                + thresholds.mistakeCost * hypothesis.mistakes;
            ranked.append(hypothesis);
        }
    });
    // Stable: equal costs keep the enumeration order, so results are reproducible.
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const WiringHypothesis& a, const WiringHypothesis& b) { return a.cost < b.cost; });
    return ranked;
}

bool explainsWithUsualLoads(const WiringHypothesis& hypothesis, const std::array<bool, 3>& judged,
    const DiagnosisThresholds& thresholds)
{
    double lowest = std::numeric_limits<double>::max();
    double highest = std::numeric_limits<double>::lowest();
    for (std::size_t k = 0; k < judged.size(); ++k) {
        if (!judged[k])
            continue;
        const double angle = hypothesis.loadAngle[k];
        if (angle < thresholds.leadingLimitDeg - thresholds.explainedToleranceDeg
            || angle > thresholds.laggingLimitDeg + thresholds.explainedToleranceDeg)
            return false;
        lowest = std::min(lowest, angle);
        highest = std::max(highest, angle);
    }
    return highest - lowest <= thresholds.maxLoadAngleSpreadDeg || lowest > highest;
}

} // namespace iotpro::electrical
