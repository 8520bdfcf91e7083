#include "DemandMeter.h"

#include <algorithm>

namespace iotpro::sim {

DemandMeter::DemandMeter(quint32 periodS, std::optional<double> maxDemandW)
    : m_periodS(periodS)
    , m_maxDemandW(maxDemandW)
{
    Q_ASSERT(periodS > 0);
}

void DemandMeter::accumulate(double activePowerW, std::chrono::milliseconds duration)
{
    while (duration.count() > 0) {
        const std::chrono::milliseconds chunk = std::min(duration, period() - m_elapsed);
        m_energyWms += activePowerW * static_cast<double>(chunk.count());
        m_elapsed += chunk;
        duration -= chunk;
        if (m_elapsed == period()) {
            const double mean = m_energyWms / static_cast<double>(period().count());
            m_lastPeriodW = mean;
            m_maxDemandW = std::max(m_maxDemandW.value_or(mean), mean);
            m_elapsed = std::chrono::milliseconds(0);
            m_energyWms = 0.0;
        }
    }
}

void DemandMeter::setPeriod(quint32 periodS)
{
    Q_ASSERT(periodS > 0);
    m_periodS = periodS;
    m_elapsed = std::chrono::milliseconds(0);
    m_energyWms = 0.0;
    m_lastPeriodW.reset();
}

} // namespace iotpro::sim
