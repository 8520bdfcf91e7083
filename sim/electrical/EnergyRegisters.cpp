#include "EnergyRegisters.h"

#include <cmath>

namespace iotpro::sim {

namespace {

constexpr double kMillisecondsPerHour = 3'600'000.0;

void count(double power, double hours, EnergyRegister& positive, EnergyRegister& negative)
{
    if (power >= 0.0)
        positive.add(power * hours);
    else
        negative.add(-power * hours);
}

} // namespace

EnergyRegister::EnergyRegister(quint64 whole, double fraction)
    : m_whole(whole)
    , m_fraction(fraction)
{
    Q_ASSERT(fraction >= 0.0 && fraction < 1.0);
}

void EnergyRegister::add(double amount)
{
    Q_ASSERT(amount >= 0.0);
    // The fraction stays below 1, so it keeps its full precision however large the register
    // grows: only the whole units move into the integer.
    m_fraction += amount;
    const double whole = std::floor(m_fraction);
    m_whole += static_cast<quint64>(whole);
    m_fraction -= whole;
}

void EnergyRegisters::accumulate(
    double activePowerW, double reactivePowerVar, std::chrono::milliseconds duration)
{
    const double hours = static_cast<double>(duration.count()) / kMillisecondsPerHour;
    count(activePowerW, hours, activeImportWh, activeExportWh);
    count(reactivePowerVar, hours, reactiveImportVarh, reactiveExportVarh);
}

EnergyTotals EnergyRegisters::totals() const
{
    EnergyTotals totals;
    totals.activeImportWh = activeImportWh.whole();
    totals.activeExportWh = activeExportWh.whole();
    totals.activeTotalWh = totals.activeImportWh + totals.activeExportWh;
    totals.reactiveImportVarh = reactiveImportVarh.whole();
    totals.reactiveExportVarh = reactiveExportVarh.whole();
    totals.reactiveTotalVarh = totals.reactiveImportVarh + totals.reactiveExportVarh;
    return totals;
}

} // namespace iotpro::sim
