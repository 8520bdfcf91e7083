#include "VirtualModule.h"

#include "ModuleMetering.h"
#include "PtyEndpoint.h"
#include "TcpEndpoint.h"
#include "configuration/ConfigApplier.h"
#include "configuration/ConfigRequests.h"
#include "bench/BenchRig.h"
#include "calibration/CalibrationRequests.h"
#include "modbus/MeterUnit.h"
#include "modbus/ModbusTcpServer.h"
#include "modbus/SourceUnit.h"

#include <QRegularExpression>

namespace iotpro::sim {

VirtualModule::VirtualModule(const SimOptions& options)
    : m_options(options)
    , m_identity(makeModuleIdentity(options.serialNumber, options.fittedOptions, options.protocolVersions))
    , m_clock(options.timeZone)
    , m_configLimits(ConfigLimitsTable::builtIn())
    , m_configRules(m_configLimits, options.fittedOptions)
    , m_killSwitch(options.killAt)
    , m_configStore(options.stateDir)
    , m_trustStore(options.stateDir)
    , m_calibrationStore(options.stateDir)
    , m_pairingGuard(options.stateDir, m_clock)
    , m_uploadVerifier(m_identity, m_trustStore, m_configRules)
    , m_sessionRequests(m_identity, m_clock, m_configStore)
    , m_pairingRequests(options.labelCode, options.serialNumber, m_pairingGuard, m_clock)
    , m_trustRequests(m_trustStore, options.factoryMode, m_clock)
    , m_identifyRequests(m_statusLed)
    , m_clockRequests(m_clock)
    , m_networkCheckHandler(NetworkChecker(options.radioSite, options.fittedOptions, options.scenario.seed),
          m_configStore, options.networkTimeScale)
    , m_inputsHandler(InputsModel(options.inputWiring, options.scenario.seed), m_configStore, m_clock)
    , m_protocol(options.protocolVersions)
    , m_registerStore(options.stateDir)
{ }

VirtualModule::~VirtualModule() = default;

bool VirtualModule::loadMemory()
{
    if (!m_configStore.load()) {
        m_errorString = m_configStore.errorString();
        return false;
    }
    if (!m_trustStore.load()) {
        m_errorString = m_trustStore.errorString();
        return false;
    }
    if (!m_pairingGuard.load()) {
        m_errorString = m_pairingGuard.errorString();
        return false;
    }
    if (!m_calibrationStore.load()) {
        m_errorString = m_calibrationStore.errorString();
        return false;
    }
    return enrolTrustedKeys();
}

bool VirtualModule::enrolTrustedKeys()
{
    for (const EnrolledKey& enrolled : m_options.trustedKeys) {
        const std::optional<security::PublicKey> key = security::PublicKey::fromBytes(enrolled.publicKey);
        if (!key || m_trustStore.contains(*key))
            continue; // SimCommandLine checked every key; one enrolled at an earlier start stays
        const std::optional<RequestError> refused
            = m_trustStore.add({ *key, v1::TRUST_ROLE_CONFIGURATION, enrolled.label, m_clock.unixTimeMs() });
        if (refused) {
            m_errorString = refused->code == v1::ERROR_CODE_TRUST_STORE_FULL
                ? tr("Cannot trust %1 (%2): the trust store holds %3 keys already; start with --factory and "
                     "remove one.")
                      .arg(enrolled.label, key->fingerprint())
                      .arg(TrustStore::kCapacity)
                : m_trustStore.errorString();
            return false;
        }
    }
    return true;
}

bool VirtualModule::start()
{
    if (!loadMemory())
        return false;

    const std::optional<MeterRegisters> registers = m_registerStore.load();
    if (!registers || !m_registerStore.save(*registers)) {
        m_errorString = m_registerStore.errorString();
        return false;
    }
    Scenario metered = m_options.scenario;
    MeteringDrive drive { nullptr, m_options.meterErrors, 1.0 };
    if (m_options.bench) {
        metered.site = BenchRig::benchSite(metered.site);
        drive.timeScale = m_options.benchSpeed;
        m_bench = std::make_unique<BenchRig>(m_options.scenario, [this] { return m_metering->meteringTime(); });
        drive.source = &m_bench->source();
    }
    m_metering = std::make_unique<ModuleMetering>(metered, *registers, m_registerStore, m_clock, drive);
    m_metering->setCalibration(m_calibrationStore.current().perElement());

    // The committed configuration decides how the module meters; without one (the factory
    // default) the scenario's setup stands.
    m_configApplier = std::make_unique<ConfigApplier>(*m_metering);
    if (m_configStore.active().slot != ConfigStore::kFactorySlot)
        m_configApplier->apply(m_configStore.active().config);

    // Request handlers
    m_configRequests = std::make_unique<ConfigRequests>(
        m_configStore, m_uploadVerifier, *m_configApplier, m_clock, m_killSwitch);
    m_protocol.addHandler(m_sessionRequests);
    m_protocol.addHandler(*m_configRequests);
    m_protocol.addHandler(m_pairingRequests);
    m_protocol.addHandler(m_trustRequests);
    m_protocol.addHandler(m_identifyRequests);
    m_protocol.addHandler(m_clockRequests);
    m_protocol.addHandler(m_networkCheckHandler);
    m_protocol.addHandler(m_inputsHandler);
    m_calibrationRequests = std::make_unique<CalibrationRequests>(
        m_identity, m_trustStore, m_calibrationStore, m_clock, *m_metering);
    m_protocol.addHandler(*m_calibrationRequests);

    const ModuleServices services { m_protocol, *m_metering };
    if (m_options.pty) {
        m_pty = std::make_unique<PtyEndpoint>(services);
        if (!m_pty->open()) {
            m_errorString = m_pty->errorString();
            return false;
        }
    }
    if (m_options.tcpPort) {
        m_tcp = std::make_unique<TcpEndpoint>(services);
        if (!m_tcp->listen(*m_options.tcpPort)) {
            m_errorString = m_tcp->errorString();
            return false;
        }
    }
    return !m_options.modbusTcpPort || startModbus();
}

bool VirtualModule::startModbus()
{
    m_modbus = std::make_unique<ModbusTcpServer>();
    const auto serve = [this](int unitId, std::unique_ptr<ModbusUnit> unit) {
        m_modbus->addUnit(unitId, *unit);
        m_modbusUnits.push_back(std::move(unit));
    };
    if (m_bench) {
        serve(BenchRig::kReferenceUnitId,
            std::make_unique<MeterUnit>([this] { return m_bench->referenceReading(); },
                [this] { return m_bench->referenceSetup(); }, BenchRig::kReferenceSerialNumber));
        serve(BenchRig::kSourceUnitId, std::make_unique<SourceUnit>(m_bench->source(), m_bench->clock()));
    } else {
        // An SDM630 serial number is a number: the digits of the module's.
        QString digits = m_identity.serialNumber;
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
        const quint32 serial = digits.right(9).toUInt();
        serve(1, std::make_unique<MeterUnit>([this] { return m_metering->readNow(); },
                     [this] { return m_metering->setup(); }, serial));
    }
    if (!m_modbus->listen(*m_options.modbusTcpPort)) {
        m_errorString = m_modbus->errorString();
        return false;
    }
    return true;
}

QStringList VirtualModule::addresses() const
{
    QStringList addresses;
    if (m_pty)
        addresses.append(m_pty->address());
    if (m_tcp)
        addresses.append(m_tcp->address());
    if (m_modbus)
        addresses.append(m_modbus->address());
    return addresses;
}

} // namespace iotpro::sim
