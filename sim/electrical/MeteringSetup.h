#pragma once

#include "Site.h"

#include <QList>
#include <QString>

#include <optional>

namespace iotpro::sim {

/// How the module is set up to meter: what its active configuration says, which may differ
/// from how it is really wired (Site). One value, replaced whole when the configuration
/// changes.
struct MeteringSetup
{
    Wiring wiring = Wiring::ThreePhaseFourWire;
    /// L-N for 3P4W and 1P, L-L for 3P3W, in volts.
    double nominalVoltage = 230.0;
    double nominalFrequency = 50.0;
    /// Per CT input: the rated primary current the firmware scales that input by.
    QList<double> ctPrimaryA;
    /// Per CT input: the phase whose voltage the firmware pairs its current with (software remap).
    QList<int> ctPhase;
    /// Per CT input: the firmware negates its current (software inversion).
    QList<bool> ctInverted;
    /// The circuit can really export (PV, generator), so negative power may be genuine.
    bool exportPossible = false;
    quint32 demandPeriodS = 900;

    friend bool operator==(const MeteringSetup&, const MeteringSetup&) = default;
};

/// Largest CT primary the metering engine can be set to: the largest rating a configuration allows
/// (resources/config/limits.json, metering.ct_rating_a).
inline constexpr double kMaxCtPrimaryA = 10000.0;
inline constexpr quint32 kMaxDemandPeriodS = 3600;

/// Every CT input on its declared phase, none inverted, all rated `ctPrimaryA`.
MeteringSetup uncorrectedSetup(
    Wiring wiring, double nominalVoltage, double nominalFrequency, double ctPrimaryA);

/// Why the metering engine refuses `setup` (one line), or nullopt when it takes it.
std::optional<QString> setupError(const MeteringSetup& setup);

} // namespace iotpro::sim
