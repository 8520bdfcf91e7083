#include "WifiJoin.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <algorithm>
#include <cmath>

namespace iotpro::sim {

using namespace std::chrono_literals;

namespace {

// A firmware scans a few times before it says the network is not there.
constexpr int kScans = 3;
constexpr auto kScanMin = 900ms;
constexpr auto kScanMax = 1500ms;
constexpr auto kAssociateMin = 20ms;
constexpr auto kAssociateMax = 80ms;
constexpr auto kFourWayMin = 20ms;
constexpr auto kFourWayMax = 60ms;
// SAE's commitment takes a microcontroller a while.
constexpr auto kSaeMin = 150ms;
constexpr auto kSaeMax = 400ms;
// A wrong WPA2 key shows as message 3 never coming: the access point retries, then gives up.
constexpr auto kFourWayGiveUpMin = 3000ms;
constexpr auto kFourWayGiveUpMax = 3500ms;
constexpr auto kSaeRejectMin = 1000ms;
constexpr auto kSaeRejectMax = 2000ms;
constexpr auto kDhcpMin = 300ms;
constexpr auto kDhcpMax = 1200ms;
// DISCOVER at 0, 2, 4 and 8 s: the client gives up 4 s after the last one.
constexpr auto kDhcpGiveUp = 12s;
constexpr auto kStaticAddressMin = 50ms;
constexpr auto kStaticAddressMax = 150ms;
constexpr double kRssiSpreadDb = 1.5;
// WPA2's raw pre-shared key: PBKDF2-HMAC-SHA1(passphrase, SSID, 4096 rounds, 32 bytes).
constexpr int kPskRounds = 4096;
constexpr int kPskBytes = 32;
constexpr qsizetype kRawPskHexDigits = 2 * kPskBytes;

const WifiAccessPoint* strongestWithSsid(const QList<WifiAccessPoint>& accessPoints, const std::string& ssid)
{
    const WifiAccessPoint* strongest = nullptr;
    for (const WifiAccessPoint& ap : accessPoints) {
        if (ap.ssid.toStdString() == ssid && (!strongest || ap.rssiDbm > strongest->rssiDbm))
            strongest = &ap;
    }
    return strongest;
}

bool keyMatches(const v1::WifiConfig& config, const WifiAccessPoint& ap)
{
    const QString configured = QString::fromStdString(config.passphrase());
    if (config.security() == v1::WIFI_SECURITY_WPA2_PSK && configured.size() == kRawPskHexDigits) {
        const QByteArray psk = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha1, ap.passphrase.toUtf8(), ap.ssid.toUtf8(), kPskRounds, kPskBytes);
        return QByteArray::fromHex(configured.toLatin1()) == psk;
    }
    return configured == ap.passphrase;
}

} // namespace

v1::WifiCheck joinWifi(const v1::WifiConfig& config, const QList<WifiAccessPoint>& accessPoints,
    SeededRandom& random, CheckClock& clock)
{
    v1::WifiCheck check;
    check.set_ssid(config.ssid());
    const auto failed = [&check](v1::WifiFailure failure) {
        check.set_state(v1::CHECK_STATE_FAILED);
        check.set_failure(failure);
        return check;
    };

    const WifiAccessPoint* ap = strongestWithSsid(accessPoints, config.ssid());
    for (int scan = 0; scan < (ap ? 1 : kScans); ++scan) {
        if (!clock.spend(random.duration(kScanMin, kScanMax)))
            return failed(v1::WIFI_FAILURE_TIMEOUT);
    }
    if (!ap)
        return failed(v1::WIFI_FAILURE_NETWORK_NOT_FOUND);
    check.set_bssid(ap->bssid.toStdString());
    check.set_channel(ap->channel);
    check.set_rssi_dbm(ap->rssiDbm + static_cast<int>(std::lround(random.normal(kRssiSpreadDb))));

    if (!clock.spend(random.duration(kAssociateMin, kAssociateMax)))
        return failed(v1::WIFI_FAILURE_TIMEOUT);
    const bool sae = config.security() == v1::WIFI_SECURITY_WPA3_SAE;
    if (!keyMatches(config, *ap)) {
        const bool spent = sae ? clock.spend(random.duration(kSaeRejectMin, kSaeRejectMax))
                               : clock.spend(random.duration(kFourWayGiveUpMin, kFourWayGiveUpMax));
        return failed(spent ? v1::WIFI_FAILURE_WRONG_PASSPHRASE : v1::WIFI_FAILURE_TIMEOUT);
    }
    if (!clock.spend(sae ? random.duration(kSaeMin, kSaeMax) : random.duration(kFourWayMin, kFourWayMax)))
        return failed(v1::WIFI_FAILURE_TIMEOUT);

    const v1::Ipv4Config& ipv4 = config.ipv4();
    if (ipv4.mode() == v1::IPV4_MODE_STATIC) {
        // The module takes its static address as configured: nothing on the link confirms it.
        if (!clock.spend(random.duration(kStaticAddressMin, kStaticAddressMax)))
            return failed(v1::WIFI_FAILURE_TIMEOUT);
        check.set_ip_address(ipv4.address());
        check.set_gateway(ipv4.gateway());
    } else {
        if (!ap->dhcpServerUp)
            return failed(
                clock.spend(kDhcpGiveUp) ? v1::WIFI_FAILURE_DHCP_TIMEOUT : v1::WIFI_FAILURE_TIMEOUT);
        if (!clock.spend(random.duration(kDhcpMin, kDhcpMax)))
            return failed(v1::WIFI_FAILURE_TIMEOUT);
        const auto lease = static_cast<quint32>(random.uniformInt(0, static_cast<int>(kDhcpPoolSize) - 1));
        check.set_ip_address(ipv4Text(ap->firstLease + lease).toStdString());
        check.set_gateway(ipv4Text(ap->gateway).toStdString());
    }
    check.set_state(v1::CHECK_STATE_PASSED);
    return check;
}

} // namespace iotpro::sim
