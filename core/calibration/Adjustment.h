#pragma once

#include "PointResult.h"
#include "common/Result.h"
#include "device/CalibrationConstants.h"

#include <QList>

namespace iotpro::calibration {

/// An element counts towards its correction in the accuracy points where it carried at least
/// this much current (% of In): below it, noise would weigh on the estimate.
inline constexpr double kAdjustmentMinCurrentPct = 10.0;
/// The largest constants a module takes (docs/protocol.md 4.12): beyond them a channel is broken.
inline constexpr double kMaxConstantGainPct = 20.0;
inline constexpr double kMaxConstantPhaseDeg = 10.0;

/// One element's error as a run measured it, and the constants that cancel it.
struct ElementAdjustment
{
    int element = 1;
    double gainErrorPct = 0.0; ///< the current channel reads this much high
    double phaseErrorDeg = 0.0; ///< and this late (positive: lagging)
    ElementConstants before; ///< the module's constants during the run
    ElementConstants after; ///< before, composed with the correction

    friend bool operator==(const ElementAdjustment&, const ElementAdjustment&) = default;
};

/// What an adjustment changed in a module (for its certificate).
struct AdjustmentOutcome
{
    QList<ElementAdjustment> elements;
    /// The module's constants after the write, as it reported them.
    CalibrationConstants constants;
    QString signerFingerprint; ///< of the factory key that signed them

    friend bool operator==(const AdjustmentOutcome&, const AdjustmentOutcome&) = default;
};

/// The corrections for every element that carried current in `results` (docs/calibration.md,
/// "Adjustment"): per element, the complex ratio of the module's to the reference's S = P + jQ,
/// summed over the accuracy points where it carried at least kAdjustmentMinCurrentPct, gives its
/// gain and phase error; `present` (the module's constants during the run) composed with their
/// inverse gives the new constants. NotAdjustable when no element carried enough current, or when
/// a new constant would exceed the module's limits.
Result<QList<ElementAdjustment>> computeAdjustment(const QList<PointResult>& results, const CalibrationConstants& present);

/// The constants to write, in element order: every adjusted element's `after`, and `present`'s
/// for the elements the run could not measure (they keep theirs).
QList<ElementConstants> constantsAfter(const QList<ElementAdjustment>& adjustment, const CalibrationConstants& present);

} // namespace iotpro::calibration
