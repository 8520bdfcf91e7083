#pragma once

#include "MeterRegisterStore.h"
#include "ModuleClock.h"
#include "ModuleIdentity.h"
#include "ModuleProtocol.h"
#include "ModuleStateStore.h"
#include "SimOptions.h"

#include <QStringList>

#include <memory>

namespace iotpro::sim {

class ModuleMetering;
class PtyEndpoint;
class TcpEndpoint;

/// One virtual module as the options describe it: identity, persistent state, clock,
/// metering of the chosen scenario, and protocol, served on a pseudo-terminal, TCP or both.
class VirtualModule
{
public:
    explicit VirtualModule(const SimOptions& options);
    ~VirtualModule();

    VirtualModule(const VirtualModule&) = delete;
    VirtualModule& operator=(const VirtualModule&) = delete;

    /// Loads the persistent state and the meter registers, starts metering and opens the
    /// endpoints; false on failure (see errorString()).
    bool start();
    /// Where clients reach the module, primary first: the pseudo-terminal, then TCP.
    QStringList addresses() const;
    /// One line saying why start() failed.
    const QString& errorString() const { return m_errorString; }

private:
    const SimOptions m_options;
    const ModuleIdentity m_identity;
    ModuleStateStore m_stateStore;
    ModuleState m_state;
    ModuleClock m_clock;
    ModuleProtocol m_protocol;
    MeterRegisterStore m_registerStore;
    // Before the endpoints: their connections use it until they go.
    std::unique_ptr<ModuleMetering> m_metering;
    std::unique_ptr<PtyEndpoint> m_pty;
    std::unique_ptr<TcpEndpoint> m_tcp;
    QString m_errorString;
};

} // namespace iotpro::sim
