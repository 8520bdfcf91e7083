#include "VirtualModule.h"

#include "ModuleMetering.h"
#include "PtyEndpoint.h"
#include "TcpEndpoint.h"

namespace iotpro::sim {

VirtualModule::VirtualModule(const SimOptions& options)
    : m_options(options)
    , m_identity(makeModuleIdentity(options.serialNumber, options.fittedOptions, options.protocolVersions))
    , m_stateStore(options.stateDir)
    , m_clock(options.timeZone)
    , m_protocol(m_identity, m_state, m_clock)
    , m_registerStore(options.stateDir)
{ }

VirtualModule::~VirtualModule() = default;

bool VirtualModule::start()
{
    const std::optional<ModuleState> state = m_stateStore.load();
    // Saving at once proves the state directory writable now, not at the first config write.
    if (!state || !m_stateStore.save(*state)) {
        m_errorString = m_stateStore.errorString();
        return false;
    }
    m_state = *state;

    const std::optional<MeterRegisters> registers = m_registerStore.load();
    if (!registers || !m_registerStore.save(*registers)) {
        m_errorString = m_registerStore.errorString();
        return false;
    }
    m_metering = std::make_unique<ModuleMetering>(m_options.scenario, *registers, m_registerStore, m_clock);

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
    return true;
}

QStringList VirtualModule::addresses() const
{
    QStringList addresses;
    if (m_pty)
        addresses.append(m_pty->address());
    if (m_tcp)
        addresses.append(m_tcp->address());
    return addresses;
}

} // namespace iotpro::sim
