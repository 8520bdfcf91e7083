#pragma once

#include "TestPlan.h"

#include <QList>

#include <optional>

namespace iotpro::calibration {

/// One element's quantities, as one side of the comparison read them.
struct ElementQuantities
{
    double voltage = 0.0; ///< V rms
    double current = 0.0; ///< A rms
    double activePower = 0.0; ///< W
    double reactivePower = 0.0; ///< var, inductive positive

    friend bool operator==(const ElementQuantities&, const ElementQuantities&) = default;
};

/// One reading of one side: per element, in element order.
using PowerReading = QList<ElementQuantities>;

/// The module's snapshot and the reference's reading taken at (nearly) the same moment.
struct SamplePair
{
    PowerReading module;
    PowerReading reference;
};

/// What one side read over a point, averaged, for the elements the point judges.
struct SideSummary
{
    double voltage = 0.0; ///< mean over the elements
    double current = 0.0; ///< mean over the elements
    double activePower = 0.0; ///< sum over the elements
    double reactivePower = 0.0; ///< sum over the elements
    double powerFactor = 0.0; ///< |P| / sum of V·I
    /// Every element's mean, whatever the point judges: the adjustment uses them.
    QList<ElementQuantities> elements;

    friend bool operator==(const SideSummary&, const SideSummary&) = default;
};

enum class Verdict {
    Pass, ///< |error| + U <= limit
    FailInGuardBand, ///< |error| <= limit < |error| + U: inside the limit, but not with confidence
    Fail, ///< |error| > limit, or energy registered (not registered) where it must not (must)
};

/// The outcome of one test point.
struct PointResult
{
    TestPoint point;
    Verdict verdict = Verdict::Fail;

    // Accuracy points.
    int samples = 0;
    SideSummary module;
    SideSummary reference;
    double errorPct = 0.0; ///< of active power: (module - reference) / reference
    double uncertaintyPct = 0.0; ///< expanded, k = 2
    double limitPct = 0.0;
    /// Of reactive power, where |sin φ| >= 0.5; reported, not judged.
    std::optional<double> reactiveErrorPct;

    // Starting-current and no-load points.
    double moduleEnergyWh = 0.0; ///< counted by the module during the point
    double referenceEnergyWh = 0.0; ///< counted by the reference during the point
    double durationS = 0.0;

    bool passed() const { return verdict == Verdict::Pass; }

    friend bool operator==(const PointResult&, const PointResult&) = default;
};

/// Expanded uncertainty's coverage factor: about 95 %.
inline constexpr double kCoverageFactor = 2.0;
/// Energy a starting-current point needs the module to count, and the most a no-load point
/// allows (the standards allow one pulse): one unit of its registers.
inline constexpr double kRegisteredEnergyWh = 1.0;

/// Judges an accuracy point from its sample pairs. `referenceUncertaintyPct` is the reference's
/// standard uncertainty (k = 1); the result's uncertainty combines it with the scatter of the
/// samples' errors (type A) and expands it by kCoverageFactor. The point judges total power on a
/// balanced load, or its element's on a single-element point.
PointResult evaluateAccuracy(
    const TestPoint& point, double limitPct, double referenceUncertaintyPct, const QList<SamplePair>& samples);

/// Judges a starting-current point: the module must have counted kRegisteredEnergyWh.
PointResult evaluateStartingCurrent(
    const TestPoint& point, double moduleEnergyWh, double referenceEnergyWh, double durationS);

/// Judges a no-load point: the module may have counted at most kRegisteredEnergyWh.
PointResult evaluateNoLoad(const TestPoint& point, double moduleEnergyWh, double durationS);

/// The verdict for `errorPct` with expanded uncertainty `uncertaintyPct` against `limitPct`:
/// guarded acceptance (ILAC-G8:2019 4.2.2), the guard band being the uncertainty.
Verdict decide(double errorPct, double uncertaintyPct, double limitPct);

} // namespace iotpro::calibration
