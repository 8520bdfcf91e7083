#pragma once

#include <array>

namespace iotpro::electrical {

/// A point of a CT accuracy class: the ratio error limit at a share of the rated current.
struct AccuracyPoint
{
    double loadShare; ///< I / In
    double errorLimit; ///< |ratio error| as a fraction
};

/// Every number the diagnosis decides with, in one place (documented in docs/diagnosis.md).
/// Costs are in nats: a difference of 1 means one explanation is e (2.7) times less likely.
struct DiagnosisThresholds
{
    // Gates: below minLoadShare of the CT rating a CT gets no verdict.
    double minLoadShare = 0.10;
    double maxLoadShare = 1.20;
    /// Below this share of the nominal voltage an element counts as having no voltage.
    double voltageMissingShare = 0.10;
    double voltageTolerance = 0.10;
    double frequencyTolerance = 0.01;

    /// How far a measured voltage angle may sit from its expected position (0°, ±60°, ±120°).
    double sequenceToleranceDeg = 20.0;

    // Load-angle prior. Plausible loads: PF 0.8 leading (-36.87°) to PF 0.5 lagging (+60°).
    double leadingLimitDeg = -36.87;
    double laggingLimitDeg = 60.0;
    /// Leading loads are rarer: cost rises with the square of the angle to this at the limit.
    double leadingLimitCost = 1.0;
    /// Lagging loads up to here cost nothing: the common case (motors, mixed loads)…
    double preferredLaggingLimitDeg = 45.0;
    /// …then the cost rises linearly to this at the lagging limit.
    double laggingLimitCost = 0.6;
    /// Beyond a limit the cost grows by ((excess) / outsideScaleDeg)^2.
    double outsideScaleDeg = 10.0;
    /// Unequal load angles across phases cost sum((phi - mean)^2) / (2 * balanceScaleDeg^2):
    /// 60° between two phases costs 3.5, a little more than one mistake.
    double balanceScaleDeg = 16.0;
    /// Cost of one wiring mistake (see mistakeCount()): e^2.5, a mistake is 12 times less likely.
    double mistakeCost = 2.5;
    /// Cost of a phase exporting, when the circuit can export: equal to a mistake, because a
    /// reversed CT and real export read the same.
    double exportCost = 2.5;
    /// A runner-up closer than this to the best makes the result ambiguous…
    double ambiguityMargin = 1.5;
    /// …and then every explanation closer than this (at most three) is listed and separated.
    double candidateMargin = 3.0;

    /// The separating heater test only relies on inputs whose power would change by at least this
    /// share of the heater's power: smaller changes drown in the rest of the load moving.
    double minTestResponse = 0.25;

    // Is the best explanation good enough to act on?
    double explainedToleranceDeg = 10.0;
    double maxLoadAngleSpreadDeg = 75.0;

    // Clamp-meter cross-check: class 0.5S CT (IEC 61869-2) plus meter and clamp-meter error.
    std::array<AccuracyPoint, 4> ctAccuracy { { { 0.01, 0.015 }, { 0.05, 0.0075 }, { 0.20, 0.005 },
        { 1.20, 0.005 } } };
    double meterCurrentAccuracy = 0.005;
    double clampMeterAccuracy = 0.02;

    // Stability of an averaged window of snapshots.
    int minWindowSnapshots = 3;
    double maxVoltageVariation = 0.02; ///< coefficient of variation
    double maxCurrentVariation = 0.10; ///< coefficient of variation
    double maxPowerAngleSpreadDeg = 5.0; ///< standard deviation of each element's P/Q angle
};

inline constexpr DiagnosisThresholds defaultDiagnosisThresholds {};

} // namespace iotpro::electrical
