#include "LorawanJoin.h"

#include "LoraPhysics.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <optional>

namespace iotpro::sim {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

// LoRaWAN 1.0.x frame sizes: MHDR, the message, MIC.
constexpr int kJoinRequestBytes = 23;
constexpr int kJoinAcceptBytes = 33;
constexpr int kLinkCheckReqBytes = 13; // an empty uplink carrying LinkCheckReq in FOpts
constexpr int kLinkCheckAnsBytes = 15;
constexpr auto kJoinAcceptDelay1 = 5s;
constexpr auto kJoinAcceptDelay2 = 6s;
constexpr auto kReceiveDelay1 = 1s;
constexpr auto kReceiveDelay2 = 2s;
// How long the radio listens in a window before it decides nothing is coming.
constexpr auto kReceiveWindow = 200ms;
// Random back-off between attempts, as the duty cycle and RP002's join back-off ask.
constexpr auto kBackoffMin = 1000ms;
constexpr auto kBackoffMax = 3000ms;
constexpr int kFirstSpreadingFactor = 7;
constexpr int kUplinkBandwidthKhz = 125;
// Another device's uplink on the same channel at the same time.
constexpr double kCollisionChance = 0.03;
// The answer comes in RX2 when the network server misses RX1's slot.
constexpr double kRx1MissChance = 0.1;
constexpr double kSnrSpreadDb = 1.0;
constexpr double kRssiSpreadDb = 1.5;
// A private network's NetID 000000: type-0 DevAddr with NwkID 0, so 25 free bits.
constexpr quint32 kDevAddrFreeBits = (1U << 25) - 1;

struct Heard
{
    int gateways = 0;
    int bestRssiDbm = 0;
    double bestSnrDb = 0.0;
};

/// The gateways that demodulate one uplink at `spreadingFactor`.
Heard hearUplink(const LorawanNetwork& network, int spreadingFactor, SeededRandom& random)
{
    Heard heard;
    if (random.chance(kCollisionChance))
        return heard;
    for (const LorawanGateway& gateway : network.gateways) {
        const double snr = gateway.snrDb + random.normal(kSnrSpreadDb);
        if (snr < lora::demodulationFloorDb(spreadingFactor))
            continue;
        if (heard.gateways == 0 || snr > heard.bestSnrDb) {
            heard.bestSnrDb = snr;
            heard.bestRssiDbm = gateway.rssiDbm + static_cast<int>(std::lround(random.normal(kRssiSpreadDb)));
        }
        ++heard.gateways;
    }
    return heard;
}

bool onNetworkChannels(const v1::LorawanConfig& config, const LorawanNetwork& network)
{
    if (config.region() != network.region)
        return false;
    return !lora::regionPlan(network.region).hasSubBands || config.sub_band() == network.subBand;
}

bool knownToNetworkServer(const v1::LorawanConfig& config, const LorawanNetwork& network)
{
    const LorawanDevice device { QByteArray::fromHex(QByteArray::fromStdString(config.dev_eui())),
        QByteArray::fromHex(QByteArray::fromStdString(config.join_eui())),
        QByteArray::fromHex(QByteArray::fromStdString(config.app_key())) };
    return std::find(network.devices.cbegin(), network.devices.cend(), device) != network.devices.cend();
}

/// The downlink's time on air in RX1 (the uplink's data rate) or RX2.
milliseconds downlinkAirtime(const lora::RegionPlan& plan, bool rx1, int spreadingFactor, int bytes)
{
    return rx1 ? lora::airtime(spreadingFactor, kUplinkBandwidthKhz, bytes, false)
               : lora::airtime(plan.rx2SpreadingFactor, plan.rx2BandwidthKhz, bytes, false);
}

} // namespace

v1::LorawanCheck joinLorawan(
    const v1::LorawanConfig& config, const LorawanNetwork& network, SeededRandom& random, CheckClock& clock)
{
    v1::LorawanCheck check;
    const auto failed = [&check](v1::LorawanFailure failure) {
        check.set_state(v1::CHECK_STATE_FAILED);
        check.set_failure(failure);
        return check;
    };
    const lora::RegionPlan plan = lora::regionPlan(config.region());
    const bool onChannels = onNetworkChannels(config, network);
    const bool known = knownToNetworkServer(config, network);

    std::optional<int> joinedAt; // spreading factor
    for (int attempt = 1; attempt <= lorawan::kMaxJoinAttempts; ++attempt) {
        const int spreadingFactor = kFirstSpreadingFactor + attempt - 1;
        check.set_join_attempts(static_cast<quint32>(attempt));
        if (!clock.spend(lora::airtime(spreadingFactor, kUplinkBandwidthKhz, kJoinRequestBytes, true)))
            return failed(v1::LORAWAN_FAILURE_TIMEOUT);
        const Heard heard = onChannels ? hearUplink(network, spreadingFactor, random) : Heard {};
        if (heard.gateways > 0 && known) {
            const bool rx1 = !random.chance(kRx1MissChance);
            if (!clock.spend((rx1 ? kJoinAcceptDelay1 : kJoinAcceptDelay2)
                    + downlinkAirtime(plan, rx1, spreadingFactor, kJoinAcceptBytes)))
                return failed(v1::LORAWAN_FAILURE_TIMEOUT);
            QByteArray devAddr(4, '\0');
            qToBigEndian(random.bits32() & kDevAddrFreeBits, devAddr.data());
            check.set_dev_addr(devAddr.toStdString());
            // The best gateway answers; the downlink travels the same path back.
            check.set_rssi_dbm(
                heard.bestRssiDbm + static_cast<int>(std::lround(random.normal(kRssiSpreadDb))));
            check.set_snr_db(
                static_cast<float>(std::round((heard.bestSnrDb + random.normal(kSnrSpreadDb)) * 4.0) / 4.0));
            check.set_data_rate(
                static_cast<quint32>(plan.sf7DataRate - (spreadingFactor - kFirstSpreadingFactor)));
            joinedAt = spreadingFactor;
            break;
        }
        if (!clock.spend(kJoinAcceptDelay2 + kReceiveWindow))
            return failed(v1::LORAWAN_FAILURE_TIMEOUT);
        if (attempt < lorawan::kMaxJoinAttempts && !clock.spend(random.duration(kBackoffMin, kBackoffMax)))
            return failed(v1::LORAWAN_FAILURE_TIMEOUT);
    }
    if (!joinedAt)
        return failed(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);

    for (int attempt = 1; attempt <= lorawan::kLinkCheckAttempts; ++attempt) {
        if (!clock.spend(lora::airtime(*joinedAt, kUplinkBandwidthKhz, kLinkCheckReqBytes, true)))
            return failed(v1::LORAWAN_FAILURE_TIMEOUT);
        const Heard heard = hearUplink(network, *joinedAt, random);
        if (heard.gateways > 0 && network.answersLinkCheck) {
            if (!clock.spend(kReceiveDelay1 + downlinkAirtime(plan, true, *joinedAt, kLinkCheckAnsBytes)))
                return failed(v1::LORAWAN_FAILURE_TIMEOUT);
            const double margin = std::floor(heard.bestSnrDb - lora::demodulationFloorDb(*joinedAt));
            check.set_link_margin_db(static_cast<quint32>(std::max(margin, 0.0)));
            check.set_gateway_count(static_cast<quint32>(heard.gateways));
            check.set_state(v1::CHECK_STATE_PASSED);
            return check;
        }
        if (!clock.spend(kReceiveDelay2 + kReceiveWindow))
            return failed(v1::LORAWAN_FAILURE_TIMEOUT);
        if (attempt < lorawan::kLinkCheckAttempts && !clock.spend(random.duration(kBackoffMin, kBackoffMax)))
            return failed(v1::LORAWAN_FAILURE_TIMEOUT);
    }
    return failed(v1::LORAWAN_FAILURE_NO_LINK_CHECK);
}

} // namespace iotpro::sim
