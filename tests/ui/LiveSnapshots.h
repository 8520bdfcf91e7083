#pragma once

#include "PhasorModel.h"
#include "device/LiveSnapshot.h"

/// Live snapshots as the module would send them, computed from true phasors by the
/// diagnosis tests' PhasorModel: what the live view's tests feed in instead of a module.
namespace livesnapshots {

struct Site
{
    phasormodel::RealInstallation real
        = phasormodel::correctInstallation(phasormodel::Wiring::ThreePhaseFourWire);
    phasormodel::Load load = phasormodel::balancedLoad(25.0, 40.0);
    double ctRatingA = 100.0;
    bool exportPossible = false;
};

/// A correctly wired site of `wiring` with a balanced load.
Site correctSite(phasormodel::Wiring wiring, double loadAngleDeg = 25.0, double current = 40.0);
/// The same site with the CT on `input` (1-based) reversed.
Site reversedCt(Site site, int input);

/// Snapshot `sequence` (1, 2, …) of `site`, taken `sequence` tenths of a second after
/// `startUs` (module time); `noise` adds measurement error.
iotpro::LiveSnapshot snapshotOf(const Site& site, quint64 sequence, qint64 startUs = 1'718'100'000'000'000,
    const phasormodel::Noise& noise = {});

} // namespace livesnapshots
