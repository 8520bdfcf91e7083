#include "NetworkChecker.h"

#include "CellularAttach.h"
#include "CheckClock.h"
#include "GpsFix.h"
#include "LorawanJoin.h"
#include "SeededRandom.h"
#include "WifiJoin.h"

#include <algorithm>

namespace iotpro::sim {

using std::chrono::milliseconds;

namespace {

// Each network draws from its own stream, so that enabling one never changes another's values.
enum class Stream : quint64 { Wifi = 1, Lorawan, Cellular, Gps };

/// DISABLED or NOT_FITTED, or nullopt when the check runs.
std::optional<v1::CheckState> idleState(bool fitted, bool enabled)
{
    if (!fitted)
        return v1::CHECK_STATE_NOT_FITTED;
    if (!enabled)
        return v1::CHECK_STATE_DISABLED;
    return std::nullopt;
}

} // namespace

NetworkChecker::NetworkChecker(RadioSite site, FittedOptions fitted, quint64 seed)
    : m_site(std::move(site))
    , m_fitted(fitted)
    , m_seed(seed)
{ }

NetworkCheckOutcome NetworkChecker::run(const v1::DeviceConfig& config, milliseconds timeout)
{
    ++m_runs;
    NetworkCheckOutcome outcome;
    v1::NetworkCheckReport& report = outcome.report;
    // Runs one network's check if it is fitted and enabled, on its own clock and random stream.
    const auto check = [&](bool fitted, bool enabled, Stream stream, auto setState, auto runCheck) {
        if (const std::optional<v1::CheckState> state = idleState(fitted, enabled)) {
            setState(*state);
            return;
        }
        SeededRandom random({ m_seed, m_runs, static_cast<quint64>(stream) });
        CheckClock clock(timeout);
        runCheck(random, clock);
        outcome.duration = std::max(outcome.duration, clock.now());
    };
    const v1::NetworkConfig& network = config.network();
    check(
        m_fitted.wifi, network.wifi().enabled(), Stream::Wifi,
        [&](v1::CheckState state) { report.mutable_wifi()->set_state(state); },
        [&](SeededRandom& random, CheckClock& clock) {
            *report.mutable_wifi() = joinWifi(network.wifi(), m_site.accessPoints, random, clock);
        });
    check(
        m_fitted.lorawan, network.lorawan().enabled(), Stream::Lorawan,
        [&](v1::CheckState state) { report.mutable_lorawan()->set_state(state); },
        [&](SeededRandom& random, CheckClock& clock) {
            *report.mutable_lorawan() = joinLorawan(network.lorawan(), m_site.lorawan, random, clock);
        });
    check(
        m_fitted.cellular, network.cellular().enabled(), Stream::Cellular,
        [&](v1::CheckState state) { report.mutable_cellular()->set_state(state); },
        [&](SeededRandom& random, CheckClock& clock) {
            *report.mutable_cellular() = attachCellular(network.cellular(), m_site.cellular, random, clock);
        });
    check(
        m_fitted.gps, config.gps().enabled(), Stream::Gps,
        [&](v1::CheckState state) { report.mutable_gps()->set_state(state); },
        [&](SeededRandom& random, CheckClock& clock) {
            *report.mutable_gps() = fixGps(m_site.sky, random, clock);
        });
    report.set_duration_ms(static_cast<quint32>(outcome.duration.count()));
    return outcome;
}

} // namespace iotpro::sim
