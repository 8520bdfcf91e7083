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
        const ModuleClock& clock, QObject* parent = nullptr);
    /// Saves the registers.
    ~ModuleMetering() override;

    v1::LiveSnapshot snapshotNow() override;

    const MeteringSetup& setup() const { return m_engine.setup(); }
    /// Meters with `setup` from now on, as after a new configuration. `setup` must be valid.
    void setSetup(const MeteringSetup& setup);

private:
    void catchUp();
    void save();

    MeteringEngine m_engine;
    MeterRegisterStore& m_store;
    const ModuleClock& m_clock;
    QTimer m_saveTimer;
    MeterRegisters m_saved;
};

} // namespace iotpro::sim
