#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace iotpro::sim {

/// Block demand: the mean total active power over fixed periods, and the largest such mean
/// since the last reset (which survives restarts: it is billing data).
class DemandMeter
{
public:
    explicit DemandMeter(quint32 periodS, std::optional<double> maxDemandW = std::nullopt);

    /// Counts `duration` at constant total power, closing every period it completes.
    void accumulate(double activePowerW, std::chrono::milliseconds duration);
    /// Starts a new period of `periodS` seconds (a new configuration); the maximum stays.
    void setPeriod(quint32 periodS);

    quint32 periodS() const { return m_periodS; }
    /// Mean over the last completed period; nullopt before the first one completes.
    std::optional<double> lastPeriodW() const { return m_lastPeriodW; }
    std::optional<double> maxDemandW() const { return m_maxDemandW; }

private:
    std::chrono::milliseconds period() const { return std::chrono::seconds(m_periodS); }

    quint32 m_periodS;
    std::chrono::milliseconds m_elapsed { 0 };
    double m_energyWms = 0.0; ///< W·ms of the current period
    std::optional<double> m_lastPeriodW;
    std::optional<double> m_maxDemandW;
};

} // namespace iotpro::sim
