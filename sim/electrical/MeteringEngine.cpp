#include "MeteringEngine.h"

#include "MeterInputs.h"
#include "PowerSystem.h"

namespace iotpro::sim {

namespace {

// The noise gets its own random stream, so that how often the module is read never changes
// how the site varies.
constexpr quint64 kNoiseStream = 0x9E3779B97F4A7C15;

} // namespace

MeteringEngine::MeteringEngine(const Site& site, const MeteringSetup& setup, quint64 seed,
    const MeterRegisters& registers, const ConditionSource* source)
    : m_site(site)
    , m_source(source)
    , m_setup(setup)
    , m_variation(site, seed)
    , m_noise(site.noise, seed ^ kNoiseStream)
    , m_energy(registers.energy)
    , m_demand(setup.demandPeriodS, registers.maxDemandW)
{
    Q_ASSERT(!setupError(setup));
}

void MeteringEngine::setSetup(const MeteringSetup& setup)
{
    Q_ASSERT(!setupError(setup));
    if (setup.demandPeriodS != m_setup.demandPeriodS)
        m_demand.setPeriod(setup.demandPeriodS);
    m_setup = setup;
}

SiteConditions MeteringEngine::conditionsNow() const
{
    return m_source ? m_source->conditionsAt(m_time) : m_variation.conditions();
}

QList<ElementSignals> MeteringEngine::pairedSignalsNow() const
{
    const ConductorState conductors = conductorState(m_site, conditionsNow());
    QList<ElementSignals> paired = pairElements(meterInputs(conductors, m_site, m_setup.wiring), m_setup);
    applyChannelErrors(paired, m_channelErrors);
    applyChannelCalibration(paired, m_calibration);
    return paired;
}

void MeteringEngine::advanceTo(std::chrono::milliseconds time)
{
    constexpr double stepSeconds = std::chrono::duration<double>(kStep).count();
    while (m_time + kStep <= time) {
        // The registers count what the engine measures, noise aside: a reversed CT or a wrong
        // ratio miscounts energy as a real meter would.
        double activePowerW = 0.0;
        double reactivePowerVar = 0.0;
        for (const ElementValues& element : evaluateElements(pairedSignalsNow(), m_setup)) {
            activePowerW += element.activePower;
            reactivePowerVar += element.reactivePower;
        }
        m_energy.accumulate(activePowerW, reactivePowerVar, kStep);
        m_demand.accumulate(activePowerW, kStep);
        if (!m_source)
            m_variation.step(stepSeconds);
        m_time += kStep;
    }
}

MeterReading MeteringEngine::read()
{
    QList<ElementSignals> paired = pairedSignalsNow();
    m_noise.disturb(paired);

    MeterReading reading;
    reading.frequency = m_noise.disturbFrequency(conditionsNow().frequency);
    reading.elements = evaluateElements(paired, m_setup);
    reading.energy = m_energy.totals();
    reading.demand
        = { m_demand.periodS(), m_demand.lastPeriodW().value_or(0.0), m_demand.maxDemandW().value_or(0.0) };
    return reading;
}

MeterRegisters MeteringEngine::registers() const
{
    return { m_energy, m_demand.maxDemandW() };
}

} // namespace iotpro::sim
