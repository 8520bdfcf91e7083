#include "network/LoraPhysics.h"
#include "network/NetworkChecker.h"
#include "network/RadioSiteChanges.h"

#include <QTest>
#include <functional>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using ConfigChange = std::function<void(v1::DeviceConfig&)>;

enum class Network { Wifi, Lorawan, Cellular, Gps };

/// Every network and GPS enabled with what the demo radio site expects (docs/simulator.md).
v1::DeviceConfig demoSiteConfig()
{
    v1::DeviceConfig config;
    v1::WifiConfig& wifi = *config.mutable_network()->mutable_wifi();
    wifi.set_enabled(true);
    wifi.set_ssid("IoTPro-Site");
    wifi.set_security(v1::WIFI_SECURITY_WPA2_PSK);
    wifi.set_passphrase("commission-me");
    wifi.mutable_ipv4()->set_mode(v1::IPV4_MODE_DHCP);
    v1::LorawanConfig& lorawan = *config.mutable_network()->mutable_lorawan();
    lorawan.set_enabled(true);
    lorawan.set_region(v1::LORAWAN_REGION_EU868);
    lorawan.set_device_class(v1::LORAWAN_CLASS_A);
    lorawan.set_dev_eui("70b3d57ed005e3a1");
    lorawan.set_join_eui("70B3D57ED0000001");
    lorawan.set_app_key("2B7E151628AED2A6ABF7158809CF4F3C");
    v1::CellularConfig& cellular = *config.mutable_network()->mutable_cellular();
    cellular.set_enabled(true);
    cellular.set_apn("IoTPro.demo");
    cellular.set_user("iotpro");
    cellular.set_password("demo-apn-1");
    cellular.set_rat(v1::CELLULAR_RAT_LTE_M);
    config.mutable_gps()->set_enabled(true);
    return config;
}

/// The demo configuration with only `network` enabled, then `change` made.
v1::DeviceConfig onlyWith(Network network, const ConfigChange& change)
{
    v1::DeviceConfig config = demoSiteConfig();
    config.mutable_network()->mutable_wifi()->set_enabled(network == Network::Wifi);
    config.mutable_network()->mutable_lorawan()->set_enabled(network == Network::Lorawan);
    config.mutable_network()->mutable_cellular()->set_enabled(network == Network::Cellular);
    config.mutable_gps()->set_enabled(network == Network::Gps);
    change(config);
    return config;
}

RadioSite siteWith(const RadioSiteChanges& changes)
{
    RadioSite site = demoRadioSite();
    const std::optional<QString> error = applyRadioSiteChanges(site, changes);
    if (error)
        qFatal("%s", qPrintable(*error));
    return site;
}

/// State and failure of `network` in `report`, as numbers.
std::pair<int, int> outcomeOf(const v1::NetworkCheckReport& report, Network network)
{
    switch (network) {
    case Network::Wifi:
        return { report.wifi().state(), report.wifi().failure() };
    case Network::Lorawan:
        return { report.lorawan().state(), report.lorawan().failure() };
    case Network::Cellular:
        return { report.cellular().state(), report.cellular().failure() };
    case Network::Gps:
        return { report.gps().state(), report.gps().failure() };
    }
    return {};
}

const ConfigChange kAsIs = [](v1::DeviceConfig&) {};

v1::WifiConfig& wifiOf(v1::DeviceConfig& config)
{
    return *config.mutable_network()->mutable_wifi();
}
v1::LorawanConfig& lorawanOf(v1::DeviceConfig& config)
{
    return *config.mutable_network()->mutable_lorawan();
}
v1::CellularConfig& cellularOf(v1::DeviceConfig& config)
{
    return *config.mutable_network()->mutable_cellular();
}

constexpr quint64 kSeed = 7;

} // namespace

Q_DECLARE_METATYPE(ConfigChange)
Q_DECLARE_METATYPE(Network)
Q_DECLARE_METATYPE(RadioSiteChanges)

class tst_NetworkChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outcome_data();
    void outcome();
    void demoSitePassesEverythingMostlyWithinTenSeconds();
    void passedChecksReportTheirFigures();
    void aCheckCutByTheTimeoutFails_data();
    void aCheckCutByTheTimeoutFails();
    void disabledAndNotFitted();
    void seedReplaysTheSameReports();
    void loraAirtime_data();
    void loraAirtime();
};

void tst_NetworkChecker::outcome_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<ConfigChange>("change");
    QTest::addColumn<RadioSiteChanges>("site");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("failure");

    const RadioSiteChanges demo;
    const auto faulty = [](const QString& fault) { return RadioSiteChanges { .faults = { fault } }; };
    const int passed = v1::CHECK_STATE_PASSED;
    const int failed = v1::CHECK_STATE_FAILED;

    QTest::newRow("wifi: joins") << Network::Wifi << kAsIs << demo << passed << 0;
    QTest::newRow("wifi: WPA3") << Network::Wifi << ConfigChange([](auto& c) {
        wifiOf(c).set_security(v1::WIFI_SECURITY_WPA3_SAE);
    }) << demo << passed << 0;
    QTest::newRow("wifi: static address") << Network::Wifi << ConfigChange([](auto& c) {
        wifiOf(c).mutable_ipv4()->set_mode(v1::IPV4_MODE_STATIC);
        wifiOf(c).mutable_ipv4()->set_address("192.168.50.20");
    }) << demo << passed << 0;
    // IEEE 802.11i-2004, H.4.1: passphrase "password", SSID "IEEE".
    QTest::newRow("wifi: raw PSK") << Network::Wifi << ConfigChange([](auto& c) {
        wifiOf(c).set_ssid("IEEE");
        wifiOf(c).set_passphrase("f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e");
    }) << RadioSiteChanges { .wifiSites = { u"IEEE:password"_s } }
                                   << passed << 0;
    QTest::newRow("wifi: wrong raw PSK") << Network::Wifi << ConfigChange([](auto& c) {
        wifiOf(c).set_ssid("IEEE");
        wifiOf(c).set_passphrase("f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12f");
    }) << RadioSiteChanges { .wifiSites = { u"IEEE:password"_s } }
                                         << failed << int(v1::WIFI_FAILURE_WRONG_PASSPHRASE);
    QTest::newRow("wifi: wrong passphrase")
        << Network::Wifi << ConfigChange([](auto& c) { wifiOf(c).set_passphrase("commission-you"); }) << demo
        << failed << int(v1::WIFI_FAILURE_WRONG_PASSPHRASE);
    QTest::newRow("wifi: WPA3, wrong passphrase") << Network::Wifi << ConfigChange([](auto& c) {
        wifiOf(c).set_security(v1::WIFI_SECURITY_WPA3_SAE);
        wifiOf(c).set_passphrase("Commission-me");
    }) << demo << failed << int(v1::WIFI_FAILURE_WRONG_PASSPHRASE);
    QTest::newRow("wifi: SSID not there")
        << Network::Wifi << ConfigChange([](auto& c) { wifiOf(c).set_ssid("IoTPro-Sight"); }) << demo
        << failed << int(v1::WIFI_FAILURE_NETWORK_NOT_FOUND);
    QTest::newRow("wifi: access point off") << Network::Wifi << kAsIs << faulty(u"wifi:no_ap"_s) << failed
                                            << int(v1::WIFI_FAILURE_NETWORK_NOT_FOUND);
    QTest::newRow("wifi: DHCP server down") << Network::Wifi << kAsIs << faulty(u"wifi:dhcp_timeout"_s)
                                            << failed << int(v1::WIFI_FAILURE_DHCP_TIMEOUT);
    QTest::newRow("wifi: static address without DHCP") << Network::Wifi << ConfigChange([](auto& c) {
        wifiOf(c).mutable_ipv4()->set_mode(v1::IPV4_MODE_STATIC);
    }) << faulty(u"wifi:dhcp_timeout"_s) << passed << 0;

    QTest::newRow("lorawan: joins") << Network::Lorawan << kAsIs << demo << passed << 0;
    QTest::newRow("lorawan: wrong AppKey") << Network::Lorawan << ConfigChange([](auto& c) {
        lorawanOf(c).set_app_key("2B7E151628AED2A6ABF7158809CF4F3D");
    }) << demo << failed << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    QTest::newRow("lorawan: DevEUI not registered")
        << Network::Lorawan << ConfigChange([](auto& c) { lorawanOf(c).set_dev_eui("70B3D57ED005E3A2"); })
        << demo << failed << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    QTest::newRow("lorawan: wrong JoinEUI")
        << Network::Lorawan << ConfigChange([](auto& c) { lorawanOf(c).set_join_eui("70B3D57ED0000002"); })
        << demo << failed << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    QTest::newRow("lorawan: wrong region") << Network::Lorawan << ConfigChange([](auto& c) {
        lorawanOf(c).set_region(v1::LORAWAN_REGION_US915);
        lorawanOf(c).set_sub_band(2);
    }) << demo << failed << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    const RadioSiteChanges us915 { .lorawanSite = u"US915:2"_s };
    QTest::newRow("lorawan: US915, right sub-band") << Network::Lorawan << ConfigChange([](auto& c) {
        lorawanOf(c).set_region(v1::LORAWAN_REGION_US915);
        lorawanOf(c).set_sub_band(2);
    }) << us915 << passed << 0;
    QTest::newRow("lorawan: US915, wrong sub-band") << Network::Lorawan << ConfigChange([](auto& c) {
        lorawanOf(c).set_region(v1::LORAWAN_REGION_US915);
        lorawanOf(c).set_sub_band(1);
    }) << us915 << failed << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    QTest::newRow("lorawan: no coverage") << Network::Lorawan << kAsIs << faulty(u"lorawan:no_coverage"_s)
                                          << failed << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    QTest::newRow("lorawan: gateway below every floor")
        << Network::Lorawan << kAsIs << RadioSiteChanges { .lorawanGateways = u"-135:-25"_s } << failed
        << int(v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT);
    QTest::newRow("lorawan: no LinkCheckAns")
        << Network::Lorawan << kAsIs << faulty(u"lorawan:no_link_check"_s) << failed
        << int(v1::LORAWAN_FAILURE_NO_LINK_CHECK);

    QTest::newRow("cellular: LTE-M") << Network::Cellular << kAsIs << demo << passed << 0;
    QTest::newRow("cellular: NB-IoT")
        << Network::Cellular << ConfigChange([](auto& c) { cellularOf(c).set_rat(v1::CELLULAR_RAT_NB_IOT); })
        << demo << passed << 0;
    QTest::newRow("cellular: no SIM") << Network::Cellular << kAsIs << faulty(u"cellular:no_sim"_s) << failed
                                      << int(v1::CELLULAR_FAILURE_NO_SIM);
    QTest::newRow("cellular: SIM PIN") << Network::Cellular << kAsIs << faulty(u"cellular:sim_pin"_s)
                                       << failed << int(v1::CELLULAR_FAILURE_SIM_LOCKED);
    QTest::newRow("cellular: no signal") << Network::Cellular << kAsIs << faulty(u"cellular:no_signal"_s)
                                         << failed << int(v1::CELLULAR_FAILURE_NO_SIGNAL);
    QTest::newRow("cellular: denied") << Network::Cellular << kAsIs << faulty(u"cellular:denied"_s) << failed
                                      << int(v1::CELLULAR_FAILURE_REGISTRATION_DENIED);
    QTest::newRow("cellular: wrong APN")
        << Network::Cellular << ConfigChange([](auto& c) { cellularOf(c).set_apn("internet"); }) << demo
        << failed << int(v1::CELLULAR_FAILURE_APN_REJECTED);
    QTest::newRow("cellular: wrong APN password")
        << Network::Cellular << ConfigChange([](auto& c) { cellularOf(c).set_password("demo-apn-2"); })
        << demo << failed << int(v1::CELLULAR_FAILURE_APN_REJECTED);
    QTest::newRow("cellular: APN without credentials") << Network::Cellular << ConfigChange([](auto& c) {
        cellularOf(c).set_apn("m2m.example");
        cellularOf(c).set_user("");
        cellularOf(c).set_password("");
    }) << RadioSiteChanges { .cellularSite = u"m2m.example"_s }
                                                       << passed << 0;

    QTest::newRow("gps: fix") << Network::Gps << kAsIs << demo << passed << 0;
    QTest::newRow("gps: no fix") << Network::Gps << kAsIs << faulty(u"gps:no_fix"_s) << failed
                                 << int(v1::GPS_FAILURE_NO_FIX);
    QTest::newRow("gps: no satellites") << Network::Gps << kAsIs << faulty(u"gps:no_satellites"_s) << failed
                                        << int(v1::GPS_FAILURE_NO_SATELLITES);
    QTest::newRow("gps: antenna") << Network::Gps << kAsIs << faulty(u"gps:antenna"_s) << failed
                                  << int(v1::GPS_FAILURE_ANTENNA);
}

void tst_NetworkChecker::outcome()
{
    QFETCH(Network, network);
    QFETCH(ConfigChange, change);
    QFETCH(RadioSiteChanges, site);
    QFETCH(int, state);
    QFETCH(int, failure);

    NetworkChecker checker(siteWith(site), FittedOptions {}, kSeed);
    const NetworkCheckOutcome outcome = checker.run(onlyWith(network, change), 90s);
    QCOMPARE(outcomeOf(outcome.report, network), std::pair(state, failure));
    QCOMPARE(outcome.report.duration_ms(), quint32(outcome.duration.count()));
    QVERIFY(outcome.duration > 0ms);
    QVERIFY(outcome.duration <= 90s);
}

void tst_NetworkChecker::demoSitePassesEverythingMostlyWithinTenSeconds()
{
    NetworkChecker checker(demoRadioSite(), FittedOptions {}, kSeed);
    QList<std::chrono::milliseconds> durations;
    for (int run = 0; run < 50; ++run) {
        const NetworkCheckOutcome outcome = checker.run(demoSiteConfig(), 90s);
        for (const Network network : { Network::Wifi, Network::Lorawan, Network::Cellular, Network::Gps })
            QCOMPARE(outcomeOf(outcome.report, network).first, int(v1::CHECK_STATE_PASSED));
        // The join accept comes 5 s after the join request at the earliest; a lost uplink costs a retry.
        QVERIFY2(outcome.duration >= 5s && outcome.duration <= 25s,
            qPrintable(QString::number(outcome.duration.count())));
        durations.append(outcome.duration);
    }
    std::sort(durations.begin(), durations.end());
    QVERIFY2(durations.at(durations.size() * 9 / 10) <= 10s,
        qPrintable(QString::number(durations.at(45).count())));
}

void tst_NetworkChecker::passedChecksReportTheirFigures()
{
    NetworkChecker checker(demoRadioSite(), FittedOptions {}, kSeed);
    const v1::NetworkCheckReport report = checker.run(demoSiteConfig(), 90s).report;

    const v1::WifiCheck& wifi = report.wifi();
    QCOMPARE(wifi.ssid(), "IoTPro-Site");
    QCOMPARE(wifi.bssid(), "02:5A:17:3C:8E:01");
    QCOMPARE(wifi.channel(), 6U);
    QVERIFY(wifi.rssi_dbm() < -50 && wifi.rssi_dbm() > -66);
    QVERIFY(QString::fromStdString(wifi.ip_address()).startsWith(u"192.168.50.1"));
    QCOMPARE(wifi.gateway(), "192.168.50.1");

    const v1::LorawanCheck& lorawan = report.lorawan();
    QVERIFY(lorawan.join_attempts() >= 1);
    QCOMPARE(lorawan.dev_addr().size(), 4U);
    // A private network (NetID 000000) hands out DevAddr 00000000 to 01FFFFFF.
    QVERIFY(static_cast<quint8>(lorawan.dev_addr().front()) <= 1);
    QVERIFY(lorawan.rssi_dbm() < -85 && lorawan.rssi_dbm() > -110);
    QVERIFY(lorawan.link_margin_db() >= 8 && lorawan.link_margin_db() <= 20);
    QVERIFY(lorawan.gateway_count() >= 1 && lorawan.gateway_count() <= 3);
    QVERIFY(lorawan.data_rate() <= 5);

    const v1::CellularCheck& cellular = report.cellular();
    QCOMPARE(cellular.operator_name(), "IoT Pro Demo Mobile");
    QCOMPARE(cellular.rat(), v1::CELLULAR_RAT_LTE_M);
    QVERIFY(cellular.rsrp_dbm() < -85 && cellular.rsrp_dbm() > -105);
    QVERIFY(cellular.signal_quality() >= 3 && cellular.signal_quality() <= 4);
    QVERIFY(QString::fromStdString(cellular.ip_address()).startsWith(u"100."));

    const v1::GpsCheck& gps = report.gps();
    QVERIFY(gps.satellites_used() >= 4 && gps.satellites_used() <= gps.satellites_in_view());
    QVERIFY(std::abs(gps.latitude_deg() - 52.520008) < 0.001);
    QVERIFY(std::abs(gps.longitude_deg() - 13.404954) < 0.001);
    QVERIFY(gps.hdop() > 0.5F && gps.hdop() < 3.0F);
    QVERIFY(gps.time_to_fix_s() >= 4 && gps.time_to_fix_s() <= 10);
}

void tst_NetworkChecker::aCheckCutByTheTimeoutFails_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("timeoutS");
    QTest::addColumn<int>("failure");

    QTest::newRow("wifi, waiting for DHCP")
        << Network::Wifi << u"wifi:dhcp_timeout"_s << 5 << int(v1::WIFI_FAILURE_TIMEOUT);
    QTest::newRow("wifi, scanning") << Network::Wifi << u"wifi:no_ap"_s << 2 << int(v1::WIFI_FAILURE_TIMEOUT);
    QTest::newRow("lorawan, joining")
        << Network::Lorawan << u"lorawan:no_coverage"_s << 10 << int(v1::LORAWAN_FAILURE_TIMEOUT);
    QTest::newRow("lorawan, before the join accept")
        << Network::Lorawan << QString() << 3 << int(v1::LORAWAN_FAILURE_TIMEOUT);
    QTest::newRow("cellular, searching")
        << Network::Cellular << u"cellular:no_signal"_s << 10 << int(v1::CELLULAR_FAILURE_TIMEOUT);
    QTest::newRow("gps, no fix in time")
        << Network::Gps << u"gps:no_fix"_s << 20 << int(v1::GPS_FAILURE_NO_FIX);
    QTest::newRow("gps, nothing in view in time")
        << Network::Gps << u"gps:no_satellites"_s << 20 << int(v1::GPS_FAILURE_NO_SATELLITES);
}

void tst_NetworkChecker::aCheckCutByTheTimeoutFails()
{
    QFETCH(Network, network);
    QFETCH(QString, fault);
    QFETCH(int, timeoutS);
    QFETCH(int, failure);

    RadioSiteChanges changes;
    if (!fault.isEmpty())
        changes.faults = { fault };
    NetworkChecker checker(siteWith(changes), FittedOptions {}, kSeed);
    const NetworkCheckOutcome outcome = checker.run(onlyWith(network, kAsIs), std::chrono::seconds(timeoutS));
    QCOMPARE(outcomeOf(outcome.report, network), std::pair(int(v1::CHECK_STATE_FAILED), failure));
    QCOMPARE(outcome.duration, std::chrono::milliseconds(std::chrono::seconds(timeoutS)));
}

void tst_NetworkChecker::disabledAndNotFitted()
{
    v1::DeviceConfig config = demoSiteConfig();
    config.mutable_network()->mutable_wifi()->set_enabled(false);
    config.mutable_gps()->set_enabled(false);
    NetworkChecker checker(demoRadioSite(), FittedOptions { true, false, true, true }, kSeed);
    const NetworkCheckOutcome outcome = checker.run(config, 90s);
    QCOMPARE(outcome.report.wifi().state(), v1::CHECK_STATE_DISABLED);
    QCOMPARE(outcome.report.lorawan().state(), v1::CHECK_STATE_NOT_FITTED);
    QCOMPARE(outcome.report.cellular().state(), v1::CHECK_STATE_PASSED);
    QCOMPARE(outcome.report.gps().state(), v1::CHECK_STATE_DISABLED);

    NetworkChecker nothingFitted(demoRadioSite(), FittedOptions { false, false, false, false }, kSeed);
    const NetworkCheckOutcome idle = nothingFitted.run(demoSiteConfig(), 90s);
    for (const Network network : { Network::Wifi, Network::Lorawan, Network::Cellular, Network::Gps })
        QCOMPARE(outcomeOf(idle.report, network), std::pair(int(v1::CHECK_STATE_NOT_FITTED), 0));
    QCOMPARE(idle.duration, 0ms);
}

void tst_NetworkChecker::seedReplaysTheSameReports()
{
    NetworkChecker first(demoRadioSite(), FittedOptions {}, kSeed);
    NetworkChecker again(demoRadioSite(), FittedOptions {}, kSeed);
    NetworkChecker other(demoRadioSite(), FittedOptions {}, kSeed + 1);
    std::string previous;
    for (int run = 0; run < 3; ++run) {
        const std::string report = first.run(demoSiteConfig(), 90s).report.SerializeAsString();
        QCOMPARE(again.run(demoSiteConfig(), 90s).report.SerializeAsString(), report);
        QVERIFY(other.run(demoSiteConfig(), 90s).report.SerializeAsString() != report);
        // Every check is a new attempt.
        QVERIFY(report != previous);
        previous = report;
    }
}

void tst_NetworkChecker::loraAirtime_data()
{
    QTest::addColumn<int>("spreadingFactor");
    QTest::addColumn<int>("bandwidthKhz");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("milliseconds");

    // Semtech's LoRa calculator, rounded up: a 23-byte join request with CRC.
    QTest::newRow("SF7, join request") << 7 << 125 << 23 << 62;
    QTest::newRow("SF9, join request") << 9 << 125 << 23 << 206;
    QTest::newRow("SF12, join request") << 12 << 125 << 23 << 1483;
    QTest::newRow("SF12 500 kHz") << 12 << 500 << 23 << 330;
}

void tst_NetworkChecker::loraAirtime()
{
    QFETCH(int, spreadingFactor);
    QFETCH(int, bandwidthKhz);
    QFETCH(int, bytes);
    QFETCH(int, milliseconds);

    QCOMPARE(
        lora::airtime(spreadingFactor, bandwidthKhz, bytes, true), std::chrono::milliseconds(milliseconds));
}

QTEST_GUILESS_MAIN(tst_NetworkChecker)
#include "tst_networkchecker.moc"
