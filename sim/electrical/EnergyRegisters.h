#pragma once

#include <QtGlobal>

#include <chrono>

namespace iotpro::sim {

/// A meter register: whole units as an integer, and the fraction not yet a whole unit carried
/// along, so that no energy is ever lost to rounding however small the steps. It never
/// decreases.
class EnergyRegister
{
public:
    EnergyRegister() = default;
    /// A register restored from storage; `fraction` in [0, 1).
    EnergyRegister(quint64 whole, double fraction);

    /// Adds `amount` >= 0 units.
    void add(double amount);

    quint64 whole() const { return m_whole; }
    double fraction() const { return m_fraction; }

    friend bool operator==(const EnergyRegister&, const EnergyRegister&) = default;

private:
    quint64 m_whole = 0;
    double m_fraction = 0.0;
};

/// The register values the protocol reports (docs/protocol.md, "EnergyRegisters").
struct EnergyTotals
{
    quint64 activeImportWh = 0;
    quint64 activeExportWh = 0;
    quint64 activeTotalWh = 0;
    quint64 reactiveImportVarh = 0;
    quint64 reactiveExportVarh = 0;
    quint64 reactiveTotalVarh = 0;

    friend bool operator==(const EnergyTotals&, const EnergyTotals&) = default;
};

/// The metering engine's energy registers. They count the system totals: a positive total P
/// is import, a negative one export; a positive total Q is inductive, a negative capacitive.
struct EnergyRegisters
{
    EnergyRegister activeImportWh;
    EnergyRegister activeExportWh;
    EnergyRegister reactiveImportVarh;
    EnergyRegister reactiveExportVarh;

    /// Counts `duration` at constant total power.
    void accumulate(double activePowerW, double reactivePowerVar, std::chrono::milliseconds duration);
    /// Totals are import + export, as the metering engine counts them.
    EnergyTotals totals() const;

    friend bool operator==(const EnergyRegisters&, const EnergyRegisters&) = default;
};

} // namespace iotpro::sim
