#pragma once

#include "ModuleIdentity.h"
#include "RadioSite.h"
#include "iotpro.pb.h"

#include <chrono>

namespace iotpro::sim {

/// One network check's report and how long it took the module, in simulated time.
struct NetworkCheckOutcome
{
    v1::NetworkCheckReport report;
    std::chrono::milliseconds duration { 0 };
};

/// The module's check of its networks and GPS (NetworkCheck, docs/protocol.md 4.10): every
/// enabled and fitted one runs at the same time against the radio site, with the active
/// configuration, until it is done or the timeout cuts it. Simulated time only: the caller decides
/// when the report goes out (NetworkCheckHandler).
class NetworkChecker
{
public:
    /// `seed` makes the checks reproducible: the same seed and the same sequence of checks give the
    /// same reports.
    NetworkChecker(RadioSite site, FittedOptions fitted, quint64 seed);

    /// A new check with `config` active (its secrets included, as the module stores them). Every
    /// call is a new attempt: the radios draw new values.
    NetworkCheckOutcome run(const v1::DeviceConfig& config, std::chrono::milliseconds timeout);

private:
    RadioSite m_site;
    FittedOptions m_fitted;
    quint64 m_seed;
    quint64 m_runs = 0;
};

} // namespace iotpro::sim
