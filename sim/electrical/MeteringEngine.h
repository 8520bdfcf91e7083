#pragma once

#include "ChannelErrors.h"
#include "DemandMeter.h"
#include "ElementMath.h"
#include "EnergyRegisters.h"
#include "MeasurementNoise.h"
#include "MeteringSetup.h"
#include "Site.h"
#include "SiteVariation.h"
#include "TestSource.h"

#include <QList>

#include <chrono>
#include <optional>

namespace iotpro::sim {

/// What the metering engine keeps in its own non-volatile memory.
struct MeterRegisters
{
    EnergyRegisters energy;
    std::optional<double> maxDemandW;

    friend bool operator==(const MeterRegisters&, const MeterRegisters&) = default;
};

struct DemandValues
{
    quint32 periodS = 0;
    double activePowerW = 0.0; ///< mean of the last completed period; 0 before one completed
    double maxActivePowerW = 0.0; ///< largest period mean; 0 before one completed

    friend bool operator==(const DemandValues&, const DemandValues&) = default;
};

/// One reading of the metering engine.
struct MeterReading
{
    double frequency = 0.0;
    QList<ElementValues> elements; ///< 3, 2 or 1, per the setup's wiring
    EnergyTotals energy;
    DemandValues demand;

    friend bool operator==(const MeterReading&, const MeterReading&) = default;
};

/// The module's metering engine on a site: the site's physics run forward in fixed steps, and
/// the engine measures them through the site's real wiring and its own metering setup, as the
/// firmware does - scaling, software correction, element values, energy and demand.
class MeteringEngine
{
public:
    /// The engine integrates energy and demand over steps of this length.
    static constexpr std::chrono::milliseconds kStep { 100 };

    /// `setup` must be valid (setupError()). `seed` makes the site's variation and the
    /// reading noise reproducible. With a `source` (a bench's test source, which must outlive the
    /// engine) the site follows it instead of its own variation.
    MeteringEngine(const Site& site, const MeteringSetup& setup, quint64 seed, const MeterRegisters& registers = {},
        const ConditionSource* source = nullptr);

    const Site& site() const { return m_site; }
    const MeteringSetup& setup() const { return m_setup; }
    /// Meters with `setup` from now on, as after a configuration change; registers and maximum
    /// demand stay. `setup` must be valid.
    void setSetup(const MeteringSetup& setup);

    /// The engine's own error per element, before calibration; applied to what it measures,
    /// energy included.
    void setChannelErrors(const QList<ChannelError>& errors) { m_channelErrors = errors; }
    /// The calibration constants the module applies after its own error (CalibrationWrite).
    void setCalibration(const QList<ChannelCalibration>& constants) { m_calibration = constants; }

    /// Runs the site and the registers forward to `time` since power-up, in whole steps.
    void advanceTo(std::chrono::milliseconds time);
    std::chrono::milliseconds time() const { return m_time; }

    /// What the engine reads now, with fresh reading noise.
    MeterReading read();
    MeterRegisters registers() const;

private:
    SiteConditions conditionsNow() const;
    QList<ElementSignals> pairedSignalsNow() const;

    Site m_site;
    const ConditionSource* m_source;
    QList<ChannelError> m_channelErrors;
    QList<ChannelCalibration> m_calibration;
    MeteringSetup m_setup;
    SiteVariation m_variation;
    MeasurementNoise m_noise;
    EnergyRegisters m_energy;
    DemandMeter m_demand;
    std::chrono::milliseconds m_time { 0 };
};

} // namespace iotpro::sim
