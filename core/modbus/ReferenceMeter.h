#pragma once

#include "ModbusClient.h"
#include "RegisterMap.h"

#include <QList>

#include <array>
#include <optional>

namespace iotpro::modbus {

/// One phase as a three-phase reference meter reads it.
struct ReferencePhase
{
    double voltage = 0.0; ///< V rms
    double current = 0.0; ///< A rms
    double activePower = 0.0; ///< W, import positive
    double reactivePower = 0.0; ///< var, inductive positive

    friend bool operator==(const ReferencePhase&, const ReferencePhase&) = default;
};

/// One reading of the reference meter.
struct ReferenceReading
{
    std::array<ReferencePhase, 3> phases {};
    double totalActivePower = 0.0; ///< W
    double totalReactivePower = 0.0; ///< var
    double frequency = 0.0; ///< Hz
    double importActiveEnergyKwh = 0.0;

    friend bool operator==(const ReferenceReading&, const ReferenceReading&) = default;
};

/// A reference standard meter on Modbus, read through a register profile that names the
/// quantities below (docs/calibration.md lists them; the built-in "sdm630" profile has them).
class ReferenceMeter
{
public:
    /// The register names a reference profile must define.
    static QStringList requiredRegisters();

    /// A meter read through `client`, which must outlive it; an error when `map` lacks a
    /// required register. `unitId` of nullopt uses the profile's default.
    static Result<ReferenceMeter> make(ModbusClient& client, RegisterMap map, std::optional<int> unitId);

    /// Reads every quantity of ReferenceReading in as few requests as the profile allows.
    void read(QObject* context, ModbusClient::Callback<ReferenceReading> done);
    /// The meter's serial number, when its profile has a "serial_number" register.
    void readSerialNumber(QObject* context, ModbusClient::Callback<std::optional<quint32>> done);

    const RegisterMap& map() const { return m_map; }
    int unitId() const { return m_unitId; }

private:
    ReferenceMeter(ModbusClient& client, RegisterMap map, int unitId, QList<RegisterDefinition> definitions);

    ModbusClient& m_client;
    RegisterMap m_map;
    int m_unitId;
    QList<RegisterDefinition> m_definitions;
};

/// The reading from values named as requiredRegisters() lists them.
ReferenceReading toReferenceReading(const RegisterValues& values);

} // namespace iotpro::modbus
