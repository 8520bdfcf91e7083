#pragma once

#include "Diagnosis.h"

#include <array>

namespace iotpro::electrical {

/// Which elements can be trusted, and what is wrong with the supply and the load.
struct GateResult
{
    std::array<bool, 3> voltagePresent {};
    /// Voltage present and current within the CT's accuracy range: its CT gets a verdict.
    std::array<bool, 3> judged {};
    QList<Finding> findings;
};

/// Voltage (missing, out of range), current (below accuracy, over rating), frequency, and the
/// clamp-meter cross-check of the CT ratio. Expects one reading per element of the wiring.
GateResult checkGates(const Installation& installation, const Snapshot& snapshot,
    const ClampMeterReadings& clampMeter, const DiagnosisThresholds& thresholds);

/// The CT's ratio error limit at a share of its rated current (linear between class points).
double ctAccuracyAt(double loadShare, const DiagnosisThresholds& thresholds);

} // namespace iotpro::electrical
