#pragma once

#include "Diagnosis.h"

#include <array>

namespace iotpro::electrical {

/// The voltage angles every wiring hypothesis is measured against, all relative to element
/// 1's voltage: measured where the module reports them, nominal otherwise.
struct VoltageFrame
{
    /// Angle of each element's voltage (3P3W: V12 and V32), degrees.
    std::array<double, 3> elementAngle {};
    /// Star-equivalent L-N angle of the conductor on each voltage terminal L1..L3, degrees.
    /// In 3P3W computed from the virtual star point of V12 and V32.
    std::array<double, 3> phaseAngle {};
    /// Rotation at the terminals, when the measured angles show it.
    std::optional<PhaseSequence> sequence;
    /// Elements (1-based) whose voltage angle fits no phase sequence.
    QList<int> unexpectedElements;
};

/// Builds the frame; `voltagePresent[k]` says whether element k+1 reads a usable voltage.
VoltageFrame voltageFrame(const Installation& installation, const Snapshot& snapshot,
    const std::array<bool, 3>& voltagePresent, const DiagnosisThresholds& thresholds);

} // namespace iotpro::electrical
