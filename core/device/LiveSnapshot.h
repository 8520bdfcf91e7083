#pragma once

#include "electrical/Installation.h"
#include "electrical/Snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QtGlobal>

namespace iotpro {

/// Everything the metering engine reports for one element (docs/protocol.md, "Live").
struct LiveElement
{
    double voltage = 0;         ///< V rms
    double current = 0;         ///< A rms
    double activePower = 0;     ///< W, import positive
    double reactivePower = 0;   ///< var, inductive positive
    double apparentPower = 0;   ///< VA
    double powerFactor = 0;     ///< |P|/S
    double viAngle = 0;         ///< degrees the current lags the voltage
    double voltageAngle = 0;    ///< degrees relative to element 1's voltage
    double thdVoltage = 0;      ///< %
    double thdCurrent = 0;      ///< %

    friend bool operator==(const LiveElement&, const LiveElement&) = default;
};

/// Energy registers in integer Wh / varh: exact, as the meter counts them.
struct EnergyRegisters
{
    quint64 activeImportWh = 0;
    quint64 activeExportWh = 0;
    quint64 activeTotalWh = 0;
    quint64 reactiveImportVarh = 0;
    quint64 reactiveExportVarh = 0;
    quint64 reactiveTotalVarh = 0;

    friend bool operator==(const EnergyRegisters&, const EnergyRegisters&) = default;
};

struct DemandReading
{
    quint32 periodS = 0;
    double activePower = 0;     ///< W, mean of the last completed period
    double maxActivePower = 0;  ///< W, largest period mean since reset

    friend bool operator==(const DemandReading&, const DemandReading&) = default;
};

/// How the module meters, from its active configuration.
struct MeteringSetup
{
    electrical::Wiring wiring = electrical::Wiring::ThreePhaseFourWire;
    double nominalVoltage = 0;
    double nominalFrequency = 0;
    QList<double> ctPrimaryA;   ///< per CT input
    QList<int> ctPhase;         ///< software remap per CT input, 1..3
    QList<bool> ctInverted;     ///< software inversion per CT input
    bool exportPossible = false;

    /// True when the firmware applies a remap or an inversion (flagged in reports).
    bool hasSoftwareCorrection() const;

    friend bool operator==(const MeteringSetup&, const MeteringSetup&) = default;
};

/// One live snapshot as the module sent it.
struct LiveSnapshot
{
    quint64 sequence = 0;
    qint64 timestampUs = 0;     ///< module clock, Unix µs, end of the measurement window
    double frequency = 0;
    QList<LiveElement> elements;
    EnergyRegisters energy;
    DemandReading demand;
    MeteringSetup setup;

    friend bool operator==(const LiveSnapshot&, const LiveSnapshot&) = default;
};

/// The parts the diagnosis engine judges.
electrical::Snapshot toElectricalSnapshot(const LiveSnapshot& snapshot);
electrical::Installation toInstallation(const MeteringSetup& setup);

/// The `iotpro-cli live --json` line. It is also a valid `iotpro-cli diagnose` input: it has
/// the keys "wiring", "nominal_voltage", "nominal_frequency", "frequency", "ct_primary_a",
/// "export_possible" and "elements" [{"v", "i", "p", "q", "v_angle", …}].
QJsonObject toJson(const LiveSnapshot& snapshot);

/// {"active_import_wh", "active_export_wh", "active_total_wh", "reactive_import_varh",
/// "reactive_export_varh", "reactive_total_varh"}: integers, exactly the register values.
QJsonObject toJson(const EnergyRegisters& energy);

} // namespace iotpro
