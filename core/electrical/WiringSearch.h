#pragma once

#include "VoltageFrame.h"

#include <array>

namespace iotpro::electrical {

/// What the search knows about each CT input.
struct WiringEvidence
{
    Wiring wiring = Wiring::ThreePhaseFourWire;
    bool exportPossible = false;
    /// Inputs whose power angle is trusted (enough current, voltage present).
    std::array<bool, 3> judged {};
    /// atan2(Q, P) of each element, degrees.
    std::array<double, 3> powerAngle {};
    VoltageFrame frame;
};

/// One candidate arrangement of the CTs, with what it implies and what it costs.
struct WiringHypothesis
{
    std::array<int, 3> phase {}; ///< 1-based phase clamped by each input
    std::array<bool, 3> inverted {}; ///< always false for inputs that are not judged
    /// Implied load angle of each judged input's phase; for an exporting phase, the angle of
    /// the generation (current relative to the reversed voltage).
    std::array<double, 3> loadAngle {};
    std::array<bool, 3> exporting {};
    int mistakes = 0;
    double cost = 0.0;

    bool sameArrangement(const WiringHypothesis& other) const
    {
        return phase == other.phase && inverted == other.inverted;
    }
};

/// Number of wiring mistakes an arrangement needs, counted as an installer makes them: a wrong
/// phase arrangement of the CTs (one exchange or all shifted alike) is one mistake; reversed
/// CTs count one each, except that reversing every judged CT is one habit, not several.
int mistakeCount(Wiring wiring, const std::array<int, 3>& phase, const std::array<bool, 3>& inverted,
    const std::array<bool, 3>& judged);

/// Cost (nats) of a load angle under the prior of plausible loads.
double loadAngleCost(double loadAngleDeg, const DiagnosisThresholds& thresholds);

/// Every arrangement of the CTs over the phases (each phase used once) with every polarity of
/// the judged inputs, cheapest first. 48 for 3P4W, 24 for 3P3W, 2 for 1P.
QList<WiringHypothesis> rankArrangements(
    const WiringEvidence& evidence, const DiagnosisThresholds& thresholds);

/// Does the hypothesis explain the readings with a usual load on every judged phase?
bool explainsWithUsualLoads(const WiringHypothesis& hypothesis, const std::array<bool, 3>& judged,
    const DiagnosisThresholds& thresholds);

} // namespace iotpro::electrical
