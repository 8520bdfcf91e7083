#pragma once

#include "DiagnosisThresholds.h"
#include "Installation.h"
#include "Snapshot.h"

#include <QString>

namespace iotpro::electrical {

/// The mean of a window of snapshots and whether they agree well enough to diagnose.
struct AveragedSnapshot
{
    Snapshot mean;
    /// Enough snapshots, same shape, and every element's voltage, current and power angle
    /// steady within the limits of DiagnosisThresholds.
    bool stable = false;
    /// Why not stable, for the live view; empty when stable.
    QString reason;

    friend bool operator==(const AveragedSnapshot&, const AveragedSnapshot&) = default;
};

/// Averages P and Q (mean power), V, I and frequency arithmetically and voltage angles on the
/// circle. The live view diagnoses only stable windows: a load switching mid-window would
/// blend two states into one that matches neither. Power angles are held steady only on
/// elements carrying enough current to be judged (the installation's CT rating tells).
AveragedSnapshot averageSnapshots(const QList<Snapshot>& window, const Installation& installation,
    const DiagnosisThresholds& thresholds = defaultDiagnosisThresholds);

} // namespace iotpro::electrical
