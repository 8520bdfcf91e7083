#include "ModuleMetering.h"

#include "LiveSnapshotEncoding.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcMetering, "iotpro.sim.metering", QtInfoMsg)

namespace {

constexpr qint64 kMicrosecondsPerMillisecond = 1000;

} // namespace

ModuleMetering::ModuleMetering(const Scenario& scenario, const MeterRegisters& registers,
    MeterRegisterStore& store, const ModuleClock& clock, const MeteringDrive& drive, QObject* parent)
    : QObject(parent)
    , m_engine(scenario.site, scenario.setup, scenario.seed, registers, drive.source)
    , m_timeScale(drive.timeScale)
    , m_store(store)
    , m_clock(clock)
    , m_saved(registers)
{
    m_engine.setChannelErrors(drive.channelErrors);
    m_saveTimer.setInterval(kSaveInterval);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        catchUp();
        save();
    });
    m_saveTimer.start();
    qCDebug(lcMetering) << "metering scenario" << scenario.name << "with seed" << scenario.seed;
}

ModuleMetering::~ModuleMetering()
{
    catchUp();
    save();
}

std::chrono::milliseconds ModuleMetering::meteringTime() const
{
    return std::chrono::milliseconds(static_cast<qint64>(double(m_clock.uptimeMs()) * m_timeScale));
}

void ModuleMetering::catchUp()
{
    m_engine.advanceTo(meteringTime());
}

void ModuleMetering::save()
{
    const MeterRegisters registers = m_engine.registers();
    if (registers == m_saved)
        return;
    if (!m_store.save(registers)) {
        // The module keeps metering; the next save tries again.
        qCWarning(lcMetering) << m_store.errorString();
        return;
    }
    m_saved = registers;
}

MeterReading ModuleMetering::readNow()
{
    catchUp();
    return m_engine.read();
}

v1::LiveSnapshot ModuleMetering::snapshotNow()
{
    return toLiveSnapshot(readNow(), m_engine.setup(), m_clock.unixTimeMs() * kMicrosecondsPerMillisecond);
}

void ModuleMetering::setSetup(const MeteringSetup& setup)
{
    // What was measured so far counts under the old setup.
    catchUp();
    m_engine.setSetup(setup);
}

void ModuleMetering::setCalibration(const QList<ChannelCalibration>& constants)
{
    // What was measured so far counts with the old constants.
    catchUp();
    m_engine.setCalibration(constants);
}

} // namespace iotpro::sim
