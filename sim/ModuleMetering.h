#pragma once

#include "LiveSource.h"
#include "MeterRegisterStore.h"
#include "ModuleClock.h"
#include "electrical/MeteringEngine.h"
#include "electrical/Scenario.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace iotpro::sim {

/// How a module on a calibration bench meters, beyond its scenario (docs/simulator.md, "Bench").
struct MeteringDrive
{
    /// The bench's test source drives the site instead of its own variation; must outlive the
    /// metering. nullptr on a real site.
    const ConditionSource* source = nullptr;
    /// The engine's own error per element, before calibration.
    QList<ChannelError> channelErrors;
    /// The engine's clock runs this many times faster than the module's: an accelerated bench
    /// counts energy faster.
    double timeScale = 1.0;
};

/// The module's metering in real time: the engine follows the module's clock, its registers
/// are saved every kSaveInterval and when the module stops (a kill loses at most that much
/// energy, as a power cut loses what the engine had not yet written), and it serves live
/// snapshots.
class ModuleMetering : public QObject, public LiveSource
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kSaveInterval { 10 };

    /// Meters `scenario` from `registers` on. Keeps references to `store` and `clock`.
    ModuleMetering(const Scenario& scenario, const MeterRegisters& registers, MeterRegisterStore& store,
        const ModuleClock& clock, const MeteringDrive& drive = {}, QObject* parent = nullptr);
    /// Saves the registers.
    ~ModuleMetering() override;

    v1::LiveSnapshot snapshotNow() override;
    /// What the engine reads now (caught up to the module's clock), with fresh reading noise.
    MeterReading readNow();
    /// The engine's time since power-up: the module's uptime times the drive's time scale.
    std::chrono::milliseconds meteringTime() const;

    const MeteringSetup& setup() const { return m_engine.setup(); }
    /// Meters with `setup` from now on, as after a new configuration. `setup` must be valid.
    void setSetup(const MeteringSetup& setup);
    /// Applies the factory's calibration constants (per element) from now on.
    void setCalibration(const QList<ChannelCalibration>& constants);

private:
    void catchUp();
    void save();

    MeteringEngine m_engine;
    const double m_timeScale;
    MeterRegisterStore& m_store;
    const ModuleClock& m_clock;
    QTimer m_saveTimer;
    MeterRegisters m_saved;
};

} // namespace iotpro::sim
