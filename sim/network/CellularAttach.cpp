#include "CellularAttach.h"

#include <algorithm>
#include <cmath>

namespace iotpro::sim {

using namespace std::chrono_literals;

namespace {

constexpr auto kModemStartMin = 800ms;
constexpr auto kModemStartMax = 1500ms;
// Every band searched once without finding a cell.
constexpr auto kFullSearch = 25s;
constexpr auto kRegisterLteMMin = 2000ms;
constexpr auto kRegisterLteMMax = 4500ms;
// NB-IoT's narrow channel makes cell search and attach slower.
constexpr auto kRegisterNbIotMin = 3500ms;
constexpr auto kRegisterNbIotMax = 7000ms;
constexpr auto kPdpMin = 400ms;
constexpr auto kPdpMax = 1200ms;
constexpr double kRsrpSpreadDb = 1.5;
constexpr double kRsrqSpreadDb = 0.5;
// Bars from RSRP, as modems and phones commonly show them: at least this for each bar.
constexpr int kBarThresholdsDbm[] = { -125, -115, -105, -95, -85 };
// Operators hand IoT devices addresses of the carrier-grade NAT range 100.64.0.0/10.
constexpr quint32 kCarrierNatBase = 0x64400000;
constexpr int kCarrierNatHostBits = 22;

bool acceptsApn(const v1::CellularConfig& config, const CellularNetwork& network)
{
    if (QString::fromStdString(config.apn()).compare(network.apn, Qt::CaseInsensitive) != 0)
        return false;
    if (network.user.isEmpty() && network.password.isEmpty())
        return true;
    return QString::fromStdString(config.user()) == network.user
        && QString::fromStdString(config.password()) == network.password;
}

} // namespace

quint32 signalBars(int rsrpDbm)
{
    return static_cast<quint32>(std::count_if(std::begin(kBarThresholdsDbm), std::end(kBarThresholdsDbm),
        [rsrpDbm](int threshold) { return rsrpDbm >= threshold; }));
}

v1::CellularCheck attachCellular(
    const v1::CellularConfig& config, const CellularNetwork& network, SeededRandom& random, CheckClock& clock)
{
    v1::CellularCheck check;
    check.set_rat(config.rat());
    const auto failed = [&check](v1::CellularFailure failure) {
        check.set_state(v1::CHECK_STATE_FAILED);
        check.set_failure(failure);
        return check;
    };

    if (!clock.spend(random.duration(kModemStartMin, kModemStartMax)))
        return failed(v1::CELLULAR_FAILURE_TIMEOUT);
    if (!network.simInserted)
        return failed(v1::CELLULAR_FAILURE_NO_SIM);
    if (network.simPinLocked)
        return failed(v1::CELLULAR_FAILURE_SIM_LOCKED);

    const auto cell = std::find_if(network.cells.cbegin(), network.cells.cend(),
        [&](const CellularCell& candidate) { return candidate.rat == config.rat(); });
    if (cell == network.cells.cend())
        return failed(
            clock.spend(kFullSearch) ? v1::CELLULAR_FAILURE_NO_SIGNAL : v1::CELLULAR_FAILURE_TIMEOUT);
    const bool nbIot = config.rat() == v1::CELLULAR_RAT_NB_IOT;
    if (!clock.spend(nbIot ? random.duration(kRegisterNbIotMin, kRegisterNbIotMax)
                           : random.duration(kRegisterLteMMin, kRegisterLteMMax)))
        return failed(v1::CELLULAR_FAILURE_TIMEOUT);
    const int rsrp = cell->rsrpDbm + static_cast<int>(std::lround(random.normal(kRsrpSpreadDb)));
    check.set_rsrp_dbm(rsrp);
    check.set_rsrq_db(
        static_cast<float>(std::round((cell->rsrqDb + random.normal(kRsrqSpreadDb)) * 2.0) / 2.0));
    check.set_signal_quality(signalBars(rsrp));
    if (network.registrationDenied)
        return failed(v1::CELLULAR_FAILURE_REGISTRATION_DENIED);
    check.set_operator_name(network.operatorName.toStdString());

    if (!clock.spend(random.duration(kPdpMin, kPdpMax)))
        return failed(v1::CELLULAR_FAILURE_TIMEOUT);
    if (!acceptsApn(config, network))
        return failed(v1::CELLULAR_FAILURE_APN_REJECTED);
    const quint32 host = random.bits32() & ((1U << kCarrierNatHostBits) - 1);
    check.set_ip_address(ipv4Text(kCarrierNatBase | host).toStdString());
    check.set_state(v1::CHECK_STATE_PASSED);
    return check;
}

} // namespace iotpro::sim
