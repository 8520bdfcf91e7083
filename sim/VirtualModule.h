#pragma once

#include "ClockRequests.h"
#include "IdentifyRequests.h"
#include "MeterRegisterStore.h"
#include "ModuleClock.h"
#include "ModuleIdentity.h"
#include "ModuleProtocol.h"
#include "SessionRequests.h"
#include "SimOptions.h"
#include "StatusLed.h"
#include "calibration/CalibrationStore.h"
#include "configuration/ConfigLimitsTable.h"
#include "configuration/ConfigRules.h"
#include "configuration/ConfigStore.h"
#include "configuration/KillSwitch.h"
#include "configuration/UploadVerifier.h"
#include "io/InputsHandler.h"
#include "network/NetworkCheckHandler.h"
#include "pairing/PairingGuard.h"
#include "pairing/PairingRequests.h"
#include "trust/TrustRequests.h"
#include "trust/TrustStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace iotpro::sim {

class BenchRig;
class CalibrationRequests;
class ConfigApplier;
class ConfigRequests;
class ModbusTcpServer;
class ModbusUnit;
class ModuleMetering;
class PtyEndpoint;
class TcpEndpoint;

/// One virtual module as the options describe it: identity, clock, its memory (configuration
/// slots, trust store, pairing guard), metering of the chosen scenario, and the request handlers
/// behind the protocol, served on a pseudo-terminal, TCP or both.
class VirtualModule
{
    Q_DECLARE_TR_FUNCTIONS(VirtualModule)

public:
    explicit VirtualModule(const SimOptions& options);
    ~VirtualModule();

    VirtualModule(const VirtualModule&) = delete;
    VirtualModule& operator=(const VirtualModule&) = delete;

    /// Loads the persistent state and the meter registers, enrols the keys of --trust, applies
    /// the active configuration, starts metering and opens the endpoints; false on failure (see
    /// errorString()).
    bool start();
    /// Where clients reach the module, primary first: the pseudo-terminal, then TCP, then Modbus TCP.
    QStringList addresses() const;
    /// One line saying why start() failed.
    const QString& errorString() const { return m_errorString; }

private:
    /// The Modbus TCP port: the module's own meter, or the bench's reference meter and source.
    bool startModbus();
    /// Loads the module's memory; false on a damaged file.
    bool loadMemory();
    /// Trusts the keys of --trust, as production enrols the configuration signer.
    bool enrolTrustedKeys();

    const SimOptions m_options;
    const ModuleIdentity m_identity;
    ModuleClock m_clock;
    const ConfigLimitsTable m_configLimits;
    const ConfigRules m_configRules;
    const KillSwitch m_killSwitch;
    ConfigStore m_configStore;
    TrustStore m_trustStore;
    CalibrationStore m_calibrationStore;
    PairingGuard m_pairingGuard;
    StatusLed m_statusLed;
    const UploadVerifier m_uploadVerifier;
    SessionRequests m_sessionRequests;
    PairingRequests m_pairingRequests;
    TrustRequests m_trustRequests;
    IdentifyRequests m_identifyRequests;
    ClockRequests m_clockRequests;
    NetworkCheckHandler m_networkCheckHandler;
    InputsHandler m_inputsHandler;
    ModuleProtocol m_protocol;
    MeterRegisterStore m_registerStore;
    // Before the metering: the engine follows the bench's source until it goes.
    std::unique_ptr<BenchRig> m_bench;
    // Before the endpoints: their connections use it until they go.
    std::unique_ptr<ModuleMetering> m_metering;
    // After the metering, which configurations are applied to.
    std::unique_ptr<ConfigApplier> m_configApplier;
    std::unique_ptr<ConfigRequests> m_configRequests;
    std::unique_ptr<CalibrationRequests> m_calibrationRequests;
    std::unique_ptr<PtyEndpoint> m_pty;
    std::unique_ptr<TcpEndpoint> m_tcp;
    // Last: the units read the metering and the bench, the server reads the units.
    std::vector<std::unique_ptr<ModbusUnit>> m_modbusUnits;
    std::unique_ptr<ModbusTcpServer> m_modbus;
    QString m_errorString;
};

} // namespace iotpro::sim
