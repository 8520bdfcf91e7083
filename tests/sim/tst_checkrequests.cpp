#include "ModuleTestKit.h"
#include "SimTestSupport.h"
#include "io/InputsHandler.h"
#include "network/NetworkCheckHandler.h"
#include "network/RadioSiteChanges.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iotpro::test;

namespace {

constexpr quint64 kSeed = 11;
// Fast enough for a unit test: a 10 s check reports in 10 ms.
constexpr double kTestTimeScale = 0.001;

/// Wi-Fi on the demo site's network, the passphrase held by the module.
v1::DeviceConfig wifiOnDemoSite()
{
    v1::DeviceConfig config;
    v1::WifiConfig& wifi = *config.mutable_network()->mutable_wifi();
    wifi.set_enabled(true);
    wifi.set_ssid("IoTPro-Site");
    wifi.set_security(v1::WIFI_SECURITY_WPA2_PSK);
    wifi.set_passphrase_set(true);
    wifi.mutable_ipv4()->set_mode(v1::IPV4_MODE_DHCP);
    return config;
}

/// Commits `config` with `secrets` into `store` at `committedUnixMs`, as a configuration write
/// leaves it.
void commit(
    ConfigStore& store, const v1::DeviceConfig& config, const ConfigSecrets& secrets, qint64 committedUnixMs)
{
    v1::SignedConfigPayload payload;
    payload.set_serial_number("SIM-TEST-7");
    payload.set_counter(store.active().counter + 1);
    *payload.mutable_config() = config;
    const QByteArray bytes = QByteArray::fromStdString(payload.SerializeAsString());
    QVERIFY(store.writeSlot(store.inactiveSlot(), { bytes, QByteArray(64, 'S'), secrets }));
    QVERIFY(store.activate(store.inactiveSlot(), committedUnixMs));
}

RadioSite siteWith(const QStringList& faults)
{
    RadioSite site = demoRadioSite();
    const std::optional<QString> error = applyRadioSiteChanges(site, { .faults = faults });
    if (error)
        qFatal("%s", qPrintable(*error));
    return site;
}

} // namespace

/// NetworkCheck, IoRead and Ds18b20Scan as the module serves them (docs/protocol.md 4.10, 4.11).
class tst_CheckRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void networkCheckRepliesLater();
    void networkCheckUsesTheStoredSecrets_data();
    void networkCheckUsesTheStoredSecrets();
    void networkCheckTimeout_data();
    void networkCheckTimeout();
    void networkCheckWhileOneRunsIsBusy();
    void networkCheckTimeoutTooLong();
    void ioReadFollowsTheActiveConfiguration();
    void ds18b20Scan();
    void ds18b20ScanOfNoInput_data();
    void ds18b20ScanOfNoInput();

private:
    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<ConfigStore> m_store;
    QList<v1::Envelope> m_sent;
    std::unique_ptr<LinkState> m_link;
};

void tst_CheckRequests::init()
{
    m_stateDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stateDir->isValid());
    m_store = std::make_unique<ConfigStore>(m_stateDir->path());
    QVERIFY(m_store->load());
    m_sent.clear();
    m_link = std::make_unique<LinkState>([this](const v1::Envelope& reply) { m_sent.append(reply); });
}

void tst_CheckRequests::networkCheckRepliesLater()
{
    NetworkCheckHandler handler(
        NetworkChecker(demoRadioSite(), FittedOptions {}, kSeed), *m_store, kTestTimeScale);
    QVERIFY(!handler.handle(networkCheckRequest(41, 0), *m_link));
    QVERIFY(m_sent.isEmpty());
    QTRY_COMPARE(m_sent.size(), 1);
    const v1::Envelope& reply = m_sent.first();
    QCOMPARE(reply.request_id(), 41U);
    QVERIFY(reply.has_network_check_report());
    // The factory default has every network and GPS off.
    QCOMPARE(reply.network_check_report().wifi().state(), v1::CHECK_STATE_DISABLED);
    QCOMPARE(reply.network_check_report().gps().state(), v1::CHECK_STATE_DISABLED);
    QCOMPARE(reply.network_check_report().duration_ms(), 0U);
}

void tst_CheckRequests::networkCheckUsesTheStoredSecrets_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("failure");

    QTest::newRow("the site's") << u"commission-me"_s << int(v1::WIFI_FAILURE_NONE);
    QTest::newRow("another") << u"commission-us"_s << int(v1::WIFI_FAILURE_WRONG_PASSPHRASE);
}

void tst_CheckRequests::networkCheckUsesTheStoredSecrets()
{
    QFETCH(QString, passphrase);
    QFETCH(int, failure);

    commit(*m_store, wifiOnDemoSite(), { { v1::SECRET_FIELD_WIFI_PASSPHRASE, passphrase } }, 0);
    NetworkCheckHandler handler(
        NetworkChecker(demoRadioSite(), FittedOptions {}, kSeed), *m_store, kTestTimeScale);
    QVERIFY(!handler.handle(networkCheckRequest(7, 30), *m_link));
    QTRY_COMPARE(m_sent.size(), 1);
    QCOMPARE(int(m_sent.first().network_check_report().wifi().failure()), failure);
    // Secrets never travel back.
    QVERIFY(!QByteArray::fromStdString(m_sent.first().SerializeAsString()).contains(passphrase.toUtf8()));
}

void tst_CheckRequests::networkCheckTimeout_data()
{
    QTest::addColumn<quint32>("timeoutS");
    QTest::addColumn<int>("failure");
    QTest::addColumn<quint32>("durationMs");

    // DHCP gives up after 12 s: within the default 90 s, not within 5 s.
    QTest::newRow("0: the default, 90 s") << 0U << int(v1::WIFI_FAILURE_DHCP_TIMEOUT) << 0U;
    QTest::newRow("5 s") << 5U << int(v1::WIFI_FAILURE_TIMEOUT) << 5000U;
}

void tst_CheckRequests::networkCheckTimeout()
{
    QFETCH(quint32, timeoutS);
    QFETCH(int, failure);
    QFETCH(quint32, durationMs);

    commit(*m_store, wifiOnDemoSite(), { { v1::SECRET_FIELD_WIFI_PASSPHRASE, u"commission-me"_s } }, 0);
    NetworkCheckHandler handler(NetworkChecker(siteWith({ u"wifi:dhcp_timeout"_s }), FittedOptions {}, kSeed),
        *m_store, kTestTimeScale);
    QVERIFY(!handler.handle(networkCheckRequest(9, timeoutS), *m_link));
    QTRY_COMPARE(m_sent.size(), 1);
    const v1::NetworkCheckReport& report = m_sent.first().network_check_report();
    QCOMPARE(report.wifi().state(), v1::CHECK_STATE_FAILED);
    QCOMPARE(int(report.wifi().failure()), failure);
    if (durationMs != 0)
        QCOMPARE(report.duration_ms(), durationMs);
}

void tst_CheckRequests::networkCheckWhileOneRunsIsBusy()
{
    commit(*m_store, wifiOnDemoSite(), { { v1::SECRET_FIELD_WIFI_PASSPHRASE, u"commission-me"_s } }, 0);
    // In real time: the first check still runs when the second request comes.
    NetworkCheckHandler handler(NetworkChecker(demoRadioSite(), FittedOptions {}, kSeed), *m_store, 1.0);
    QVERIFY(!handler.handle(networkCheckRequest(1, 0), *m_link));
    const HandlerReply busy = handler.handle(networkCheckRequest(2, 0), *m_link);
    QVERIFY(busy);
    QCOMPARE(busy->request_id(), 2U);
    QCOMPARE(busy->error().code(), v1::ERROR_CODE_BUSY);
    QVERIFY(busy->error().retry_after_ms() > 0);
    QVERIFY(busy->error().retry_after_ms() <= 10'000);
}

void tst_CheckRequests::networkCheckTimeoutTooLong()
{
    NetworkCheckHandler handler(
        NetworkChecker(demoRadioSite(), FittedOptions {}, kSeed), *m_store, kTestTimeScale);
    const HandlerReply reply = handler.handle(networkCheckRequest(3, 181), *m_link);
    QVERIFY(reply);
    QCOMPARE(reply->error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
    // Refused at once: the radios are free for the next check.
    QVERIFY(!handler.handle(networkCheckRequest(4, 180), *m_link));
}

void tst_CheckRequests::ioReadFollowsTheActiveConfiguration()
{
    ManualClock clock;
    InputsHandler handler(InputsModel(demoInputWiring(), kSeed), *m_store, clock);
    clock.advance(5s);
    const HandlerReply factory = handler.handle(ioReadRequest(5), *m_link);
    QVERIFY(factory && factory->has_io_state());
    QCOMPARE(factory->request_id(), 5U);
    QCOMPARE(factory->io_state().digital_inputs_size(), 4);
    for (const v1::DigitalInputState& input : factory->io_state().digital_inputs())
        QCOMPARE(input.mode(), v1::DIGITAL_INPUT_MODE_OFF);
    QVERIFY(!factory->io_state().analog_input().enabled());
    QCOMPARE(factory->io_state().analog_input().input_v(), 6.0F);
    QCOMPARE(factory->io_state().timestamp_us(), clock.unixTimeMs() * 1000);

    // Input 2 becomes a pulse input when the configuration is committed, at 10 s; the demo water
    // meter pulses every 2 s.
    v1::DeviceConfig config;
    for (int i = 0; i < 4; ++i)
        config.mutable_inputs()->add_digital_inputs()->set_mode(v1::DIGITAL_INPUT_MODE_OFF);
    v1::DigitalInputConfig& pulses = *config.mutable_inputs()->mutable_digital_inputs(1);
    pulses.set_mode(v1::DIGITAL_INPUT_MODE_PULSE);
    pulses.mutable_pulse()->set_weight(10.0);
    pulses.mutable_pulse()->set_min_pulse_width_ms(30);
    clock.advance(5s);
    commit(*m_store, config, {}, clock.unixTimeMs());
    clock.advance(10s);
    const HandlerReply read = handler.handle(ioReadRequest(6), *m_link);
    QVERIFY(read && read->has_io_state());
    const v1::DigitalInputState& input = read->io_state().digital_inputs(1);
    QCOMPARE(input.mode(), v1::DIGITAL_INPUT_MODE_PULSE);
    QCOMPARE(input.pulse_count(), 5U);
    QCOMPARE(input.pulse_total(), 50.0);
}

void tst_CheckRequests::ds18b20Scan()
{
    ManualClock clock;
    InputsHandler handler(InputsModel(demoInputWiring(), kSeed), *m_store, clock);
    const HandlerReply reply = handler.handle(ds18b20ScanRequest(8, 3), *m_link);
    QVERIFY(reply && reply->has_ds18b20_scan_result());
    QCOMPARE(reply->ds18b20_scan_result().input(), 3U);
    QStringList roms;
    for (const v1::Ds18b20Reading& sensor : reply->ds18b20_scan_result().sensors())
        roms.append(QString::fromStdString(sensor.rom_code()));
    QCOMPARE(roms, (QStringList { u"28FF19B0A2160596"_s, u"28FF4A1D931603D1"_s, u"28FF7C2E9316048A"_s }));
}

void tst_CheckRequests::ds18b20ScanOfNoInput_data()
{
    QTest::addColumn<quint32>("input");
    QTest::newRow("0") << 0U;
    QTest::newRow("5") << 5U;
}

void tst_CheckRequests::ds18b20ScanOfNoInput()
{
    QFETCH(quint32, input);

    ManualClock clock;
    InputsHandler handler(InputsModel(demoInputWiring(), kSeed), *m_store, clock);
    const HandlerReply reply = handler.handle(ds18b20ScanRequest(8, input), *m_link);
    QVERIFY(reply);
    QCOMPARE(reply->error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
}

QTEST_GUILESS_MAIN(tst_CheckRequests)
#include "tst_checkrequests.moc"
