#pragma once

#include "Source.h"
#include "modbus/ModbusClient.h"
#include "modbus/RegisterMap.h"

#include <optional>

namespace iotpro::calibration {

/// The test source of iotpro-sim --bench on Modbus (docs/simulator.md, "Bench"), through a
/// register profile naming voltage_l1…3, current_l1…3, angle_l1…3, frequency and settled
/// (the built-in "simulated-source" profile).
class SimulatedSource : public Source
{
public:
    /// The register names the profile must define.
    static QStringList requiredRegisters();

    /// A source reached through `client`, which must outlive it; an error when `map` lacks a
    /// register. `unitId` of nullopt uses the profile's default.
    static Result<std::unique_ptr<SimulatedSource>> make(
        modbus::ModbusClient& client, modbus::RegisterMap map, std::optional<int> unitId, QString where);

    QString identity() const override;
    void apply(const SourceOutput& output, QObject* context, Callback<void> done) override;
    void readSettled(QObject* context, Callback<bool> done) override;

private:
    SimulatedSource(modbus::ModbusClient& client, modbus::RegisterMap map, int unitId, QString where);

    modbus::ModbusClient& m_client;
    modbus::RegisterMap m_map;
    int m_unitId;
    QString m_where;
};

} // namespace iotpro::calibration
