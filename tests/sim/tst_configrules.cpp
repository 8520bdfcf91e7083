// The module's own validation of a configuration (ConfigRules, against the limits table it reads
// with its own code): the first field refused, with its JSON path, for every kind of rule.
#include "configuration/ConfigLimitsTable.h"
#include "configuration/ConfigRules.h"
#include "configuration/FactoryDefaultConfig.h"

#include <QFile>
#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;

using ConfigEdit = std::function<void(v1::DeviceConfig&)>;
Q_DECLARE_METATYPE(ConfigEdit)
Q_DECLARE_METATYPE(iotpro::sim::FittedOptions)
Q_DECLARE_METATYPE(iotpro::sim::ConfigSecrets)

namespace {

const FittedOptions kAllFitted;
const FittedOptions kNoneFitted { false, false, false, false };

v1::WifiConfig& wifi(v1::DeviceConfig& c)
{
    v1::WifiConfig& w = *c.mutable_network()->mutable_wifi();
    w.set_enabled(true);
    w.set_ssid("Plant-2");
    w.set_passphrase_set(true);
    return w;
}

v1::Ipv4Config& staticIpv4(v1::DeviceConfig& c)
{
    v1::Ipv4Config& ip = *wifi(c).mutable_ipv4();
    ip.set_mode(v1::IPV4_MODE_STATIC);
    ip.set_address("192.168.10.20");
    ip.set_netmask("255.255.255.0");
    ip.set_gateway("192.168.10.1");
    ip.set_dns("192.168.10.1");
    return ip;
}

v1::LorawanConfig& lorawan(v1::DeviceConfig& c)
{
    v1::LorawanConfig& l = *c.mutable_network()->mutable_lorawan();
    l.set_enabled(true);
    l.set_dev_eui("70B3D57ED0000001");
    l.set_join_eui("70b3d57ed0000000");
    l.set_app_key_set(true);
    return l;
}

v1::DigitalInputConfig& ds18b20Input(
    v1::DeviceConfig& c, int input, std::initializer_list<const char*> romCodes)
{
    v1::DigitalInputConfig& in = *c.mutable_inputs()->mutable_digital_inputs(input);
    in.set_mode(v1::DIGITAL_INPUT_MODE_DS18B20);
    int n = 0;
    for (const char* rom : romCodes) {
        v1::Ds18b20Sensor& sensor = *in.mutable_ds18b20()->add_sensors();
        sensor.set_rom_code(rom);
        sensor.set_name("Cold room " + std::to_string(++n));
    }
    return in;
}

v1::AnalogInputConfig& analog(v1::DeviceConfig& c)
{
    v1::AnalogInputConfig& a = *c.mutable_inputs()->mutable_analog_input();
    a.set_enabled(true);
    a.set_unit("bar");
    a.mutable_point_a()->set_input_v(0);
    a.mutable_point_a()->set_value(0);
    a.mutable_point_b()->set_input_v(10);
    a.mutable_point_b()->set_value(16);
    return a;
}

// Valid DS18B20 ROM codes (family 28, CRC-8/MAXIM last), and one with its CRC broken.
constexpr const char* kRomA = "28FF4A1D931603D1";
constexpr const char* kRomB = "280000000000001E";
constexpr const char* kRomBadCrc = "28FF4A1D931603D2";

} // namespace

class tst_ConfigRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsTableReads();
    void brokenLimitsTableIsRefused_data();
    void brokenLimitsTableIsRefused();
    void factoryDefaultPasses_data();
    void factoryDefaultPasses();
    void validConfigurationsPass_data();
    void validConfigurationsPass();
    void firstRefusedFieldIsNamed_data();
    void firstRefusedFieldIsNamed();
    void optionsNotFittedAreRefused_data();
    void optionsNotFittedAreRefused();
    void secretsAreCheckedAgainstTheirFlags_data();
    void secretsAreCheckedAgainstTheirFlags();

private:
    const ConfigLimitsTable m_limits = ConfigLimitsTable::builtIn();
};

void tst_ConfigRules::limitsTableReads()
{
    // The embedded table is the project's one table, byte for byte.
    QFile source(QStringLiteral(IOTPRO_SOURCE_DIR "/resources/config/limits.json"));
    QFile embedded(ConfigLimitsTable::ResourcePath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), source.readAll());

    const Bounds ssid = m_limits.bounds(u"network.wifi_ssid_bytes"_s);
    QCOMPARE(ssid.low, 1.0);
    QCOMPARE(ssid.high, 32.0);
    QVERIFY(!ssid.lowExcluded);
    QVERIFY(m_limits.bounds(u"inputs.pulse_weight"_s).lowExcluded);
    QCOMPARE(m_limits.numbers(u"metering.nominal_voltages_v.WIRING_3P3W"_s).first(), 208.0);
    QCOMPARE(m_limits.names(u"network.lorawan_sub_bands.regions"_s),
        QStringList({ u"LORAWAN_REGION_US915"_s, u"LORAWAN_REGION_AU915"_s }));
}

void tst_ConfigRules::brokenLimitsTableIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    QFile source(QStringLiteral(IOTPRO_SOURCE_DIR "/resources/config/limits.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray table = source.readAll();

    QTest::newRow("not JSON") << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("newer format") << QByteArray(table).replace("\"format_version\": 1",
        "\"format_version\": 2") << u"format_version"_s;
    QTest::newRow("entry missing") << QByteArray(table).replace("\"uplink_interval_s\"", "\"uplink_s\"")
                                   << u"network.uplink_interval_s"_s;
    QTest::newRow("bounds inverted") << QByteArray(table).replace(
        R"("wifi_ssid_bytes": { "min": 1, "max": 32 })", R"("wifi_ssid_bytes": { "min": 33, "max": 32 })")
                                     << u"network.wifi_ssid_bytes"_s;
    QTest::newRow("list of text") << QByteArray(table).replace("[50, 60]", R"(["50", "60"])")
                                  << u"metering.nominal_frequencies_hz"_s;
}

void tst_ConfigRules::brokenLimitsTableIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);

    const std::variant<ConfigLimitsTable, QString> table = ConfigLimitsTable::fromJson(json);
    QVERIFY(std::holds_alternative<QString>(table));
    QVERIFY2(std::get<QString>(table).startsWith(problem), qPrintable(std::get<QString>(table)));
}

void tst_ConfigRules::factoryDefaultPasses_data()
{
    QTest::addColumn<FittedOptions>("fitted");
    QTest::newRow("every option") << kAllFitted;
    QTest::newRow("no option") << kNoneFitted;
}

void tst_ConfigRules::factoryDefaultPasses()
{
    QFETCH(FittedOptions, fitted);
    const ConfigRules rules(m_limits, fitted);
    const v1::DeviceConfig config = factoryDefaultConfig();
    QVERIFY(!rules.checkValues(config));
    QVERIFY(!rules.checkFitted(config));
    QVERIFY(!rules.checkSecrets(config, {}, {}));
}

void tst_ConfigRules::validConfigurationsPass_data()
{
    QTest::addColumn<ConfigEdit>("edit");

    QTest::newRow("3P3W on L1 and L3") << ConfigEdit([](v1::DeviceConfig& c) {
        c.mutable_metering()->set_wiring(v1::WIRING_3P3W);
        c.mutable_metering()->set_nominal_voltage_v(400);
        c.mutable_metering()->mutable_ct_inputs(1)->set_phase(3);
    });
    QTest::newRow("1P, unused CTs left as they are") << ConfigEdit([](v1::DeviceConfig& c) {
        c.mutable_metering()->set_wiring(v1::WIRING_1P);
        c.mutable_metering()->mutable_ct_inputs(1)->set_phase(1);
        c.mutable_metering()->mutable_ct_inputs(2)->set_rating_a(0);
    });
    QTest::newRow("CT rating 10000 A") << ConfigEdit(
        [](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs(0)->set_rating_a(10000); });
    QTest::newRow("Wi-Fi with static addressing") << ConfigEdit([](v1::DeviceConfig& c) { staticIpv4(c); });
    QTest::newRow("Wi-Fi of 32 bytes of UTF-8")
        << ConfigEdit([](v1::DeviceConfig& c) { wifi(c).set_ssid("\xc3\xa4" + std::string(30, 'x')); });
    QTest::newRow("LoRaWAN US915 sub-band 2") << ConfigEdit([](v1::DeviceConfig& c) {
        lorawan(c).set_region(v1::LORAWAN_REGION_US915);
        lorawan(c).set_sub_band(2);
    });
    QTest::newRow("two DS18B20 buses") << ConfigEdit([](v1::DeviceConfig& c) {
        ds18b20Input(c, 0, { kRomA });
        ds18b20Input(c, 2, { kRomB });
    });
    QTest::newRow("analog with both alarms") << ConfigEdit([](v1::DeviceConfig& c) {
        v1::AnalogInputConfig& a = analog(c);
        a.set_alarm_low_enabled(true);
        a.set_alarm_low(1);
        a.set_alarm_high_enabled(true);
        a.set_alarm_high(12);
    });
    QTest::newRow("settings of a switched-off feature are not checked")
        << ConfigEdit([](v1::DeviceConfig& c) {
               c.mutable_network()->mutable_wifi()->set_ssid(std::string(99, 'x'));
               c.mutable_inputs()->mutable_digital_inputs(1)->mutable_pulse()->set_weight(0);
               c.mutable_gps()->set_fix_interval_s(1);
           });
}

void tst_ConfigRules::validConfigurationsPass()
{
    QFETCH(ConfigEdit, edit);
    v1::DeviceConfig config = factoryDefaultConfig();
    edit(config);
    const std::optional<RequestError> refused = ConfigRules(m_limits, kAllFitted).checkValues(config);
    QVERIFY2(!refused, refused ? qPrintable(refused->field + u": "_s + refused->message) : "");
}

void tst_ConfigRules::firstRefusedFieldIsNamed_data()
{
    QTest::addColumn<ConfigEdit>("edit");
    QTest::addColumn<QString>("field");

    const auto row = [](const char* name, ConfigEdit edit, const char* field) {
        QTest::newRow(name) << edit << QString::fromLatin1(field);
    };
    // The document's shape.
    row(
        "two CT inputs", [](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs()->RemoveLast(); },
        "metering.ct_inputs");
    row(
        "five digital inputs", [](v1::DeviceConfig& c) { c.mutable_inputs()->add_digital_inputs(); },
        "inputs.digital_inputs");
    row(
        "wiring not chosen",
        [](v1::DeviceConfig& c) { c.mutable_metering()->set_wiring(v1::WIRING_UNSPECIFIED); },
        "metering.wiring");
    row(
        "unknown wiring", [](v1::DeviceConfig& c) { c.mutable_metering()->set_wiring(v1::Wiring(7)); },
        "metering.wiring");
    row(
        "secondary of an unused CT not chosen",
        [](v1::DeviceConfig& c) {
            c.mutable_metering()->set_wiring(v1::WIRING_1P);
            c.mutable_metering()->mutable_ct_inputs(2)->set_secondary(v1::CT_SECONDARY_UNSPECIFIED);
        },
        "metering.ct_inputs[2].secondary");
    row(
        "contact type of an unused input not chosen",
        [](v1::DeviceConfig& c) {
            c.mutable_inputs()->mutable_digital_inputs(3)->mutable_dry_contact()->set_contact(
                v1::CONTACT_TYPE_UNSPECIFIED);
        },
        "inputs.digital_inputs[3].dry_contact.contact");
    row(
        "unknown installation point",
        [](v1::DeviceConfig& c) { c.mutable_installation()->set_point(v1::InstallationPoint(99)); },
        "installation.point");
    row(
        "APN password in clear",
        [](v1::DeviceConfig& c) { c.mutable_network()->mutable_cellular()->set_password("x"); },
        "network.cellular.password");
    row(
        "shape before values",
        [](v1::DeviceConfig& c) {
            c.mutable_installation()->set_site(std::string(65, 'x'));
            c.mutable_network()->mutable_lorawan()->set_region(v1::LORAWAN_REGION_UNSPECIFIED);
        },
        "network.lorawan.region");

    // Installation.
    row(
        "site of 65 bytes",
        [](v1::DeviceConfig& c) { c.mutable_installation()->set_site(std::string(65, 'x')); },
        "installation.site");
    row(
        "notes of 1001 bytes",
        [](v1::DeviceConfig& c) { c.mutable_installation()->set_notes(std::string(1001, 'n')); },
        "installation.notes");

    // Metering.
    row(
        "230 V in 3P3W",
        [](v1::DeviceConfig& c) {
            c.mutable_metering()->set_wiring(v1::WIRING_3P3W);
            c.mutable_metering()->mutable_ct_inputs(1)->set_phase(3);
        },
        "metering.nominal_voltage_v");
    row(
        "55 Hz", [](v1::DeviceConfig& c) { c.mutable_metering()->set_nominal_frequency_hz(55); },
        "metering.nominal_frequency_hz");
    row(
        "CT rated 0 A",
        [](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs(2)->set_rating_a(0); },
        "metering.ct_inputs[2].rating_a");
    row(
        "CT rated 10001 A",
        [](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs(0)->set_rating_a(10001); },
        "metering.ct_inputs[0].rating_a");
    row(
        "CT on phase 4",
        [](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs(0)->set_phase(4); },
        "metering.ct_inputs[0].phase");
    row(
        "3P3W CT on L2",
        [](v1::DeviceConfig& c) {
            c.mutable_metering()->set_wiring(v1::WIRING_3P3W);
            c.mutable_metering()->set_nominal_voltage_v(400);
        },
        "metering.ct_inputs[1].phase");
    row(
        "1P CT on phase 2",
        [](v1::DeviceConfig& c) {
            c.mutable_metering()->set_wiring(v1::WIRING_1P);
            c.mutable_metering()->mutable_ct_inputs(0)->set_phase(2);
        },
        "metering.ct_inputs[0].phase");
    row(
        "CTs 1 and 3 on one phase",
        [](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs(2)->set_phase(1); },
        "metering.ct_inputs[2].phase");
    row(
        "demand period 5 s", [](v1::DeviceConfig& c) { c.mutable_metering()->set_demand_period_s(5); },
        "metering.demand_period_s");

    // Inputs.
    row(
        "input name of 33 bytes",
        [](v1::DeviceConfig& c) {
            c.mutable_inputs()->mutable_digital_inputs(1)->set_name(std::string(33, 'n'));
        },
        "inputs.digital_inputs[1].name");
    row(
        "debounce 10 ms",
        [](v1::DeviceConfig& c) {
            v1::DigitalInputConfig& in = *c.mutable_inputs()->mutable_digital_inputs(0);
            in.set_mode(v1::DIGITAL_INPUT_MODE_DRY_CONTACT);
            in.mutable_dry_contact()->set_debounce_ms(10);
        },
        "inputs.digital_inputs[0].dry_contact.debounce_ms");
    row(
        "pulse weight 0",
        [](v1::DeviceConfig& c) {
            v1::DigitalInputConfig& in = *c.mutable_inputs()->mutable_digital_inputs(2);
            in.set_mode(v1::DIGITAL_INPUT_MODE_PULSE);
            in.mutable_pulse()->set_weight(0);
        },
        "inputs.digital_inputs[2].pulse.weight");
    row(
        "pulse weight NaN",
        [](v1::DeviceConfig& c) {
            v1::DigitalInputConfig& in = *c.mutable_inputs()->mutable_digital_inputs(2);
            in.set_mode(v1::DIGITAL_INPUT_MODE_PULSE);
            in.mutable_pulse()->set_weight(std::numeric_limits<double>::quiet_NaN());
        },
        "inputs.digital_inputs[2].pulse.weight");
    row(
        "pulse without unit",
        [](v1::DeviceConfig& c) {
            v1::DigitalInputConfig& in = *c.mutable_inputs()->mutable_digital_inputs(2);
            in.set_mode(v1::DIGITAL_INPUT_MODE_PULSE);
            in.mutable_pulse()->clear_unit();
        },
        "inputs.digital_inputs[2].pulse.unit");
    row(
        "pulses of 20 ms",
        [](v1::DeviceConfig& c) {
            v1::DigitalInputConfig& in = *c.mutable_inputs()->mutable_digital_inputs(2);
            in.set_mode(v1::DIGITAL_INPUT_MODE_PULSE);
            in.mutable_pulse()->set_min_pulse_width_ms(20);
        },
        "inputs.digital_inputs[2].pulse.min_pulse_width_ms");
    row(
        "DS18B20 bus with no sensor", [](v1::DeviceConfig& c) { ds18b20Input(c, 1, {}); },
        "inputs.digital_inputs[1].ds18b20.sensors");
    row(
        "ROM code with a bad CRC",
        [](v1::DeviceConfig& c) {
            ds18b20Input(c, 1, { kRomA, kRomBadCrc });
        },
        "inputs.digital_inputs[1].ds18b20.sensors[1].rom_code");
    row(
        "ROM code of another family", [](v1::DeviceConfig& c) { ds18b20Input(c, 1, { "10FF4A1D931603D1" }); },
        "inputs.digital_inputs[1].ds18b20.sensors[0].rom_code");
    row(
        "ROM code not hex", [](v1::DeviceConfig& c) { ds18b20Input(c, 1, { "28FF4A1D931603DZ" }); },
        "inputs.digital_inputs[1].ds18b20.sensors[0].rom_code");
    row(
        "one sensor on two buses, either case",
        [](v1::DeviceConfig& c) {
            ds18b20Input(c, 0, { kRomA });
            ds18b20Input(c, 3, { "28ff4a1d931603d1" });
        },
        "inputs.digital_inputs[3].ds18b20.sensors[0].rom_code");
    row(
        "sensor without a name",
        [](v1::DeviceConfig& c) {
            ds18b20Input(c, 0, { kRomA }).mutable_ds18b20()->mutable_sensors(0)->clear_name();
        },
        "inputs.digital_inputs[0].ds18b20.sensors[0].name");
    row(
        "analog point at 31 V", [](v1::DeviceConfig& c) { analog(c).mutable_point_b()->set_input_v(31); },
        "inputs.analog_input.point_b.input_v");
    row(
        "analog points at one voltage",
        [](v1::DeviceConfig& c) { analog(c).mutable_point_b()->set_input_v(0); },
        "inputs.analog_input.point_b.input_v");
    row(
        "analog points of one value", [](v1::DeviceConfig& c) { analog(c).mutable_point_b()->set_value(0); },
        "inputs.analog_input.point_b.value");
    row(
        "analog value infinite",
        [](v1::DeviceConfig& c) {
            analog(c).mutable_point_a()->set_value(std::numeric_limits<double>::infinity());
        },
        "inputs.analog_input.point_a.value");
    row(
        "analog without unit", [](v1::DeviceConfig& c) { analog(c).clear_unit(); },
        "inputs.analog_input.unit");
    row(
        "alarms crossed",
        [](v1::DeviceConfig& c) {
            v1::AnalogInputConfig& a = analog(c);
            a.set_alarm_low_enabled(true);
            a.set_alarm_low(12);
            a.set_alarm_high_enabled(true);
            a.set_alarm_high(12);
        },
        "inputs.analog_input.alarm_low");

    // Network.
    row(
        "SSID empty", [](v1::DeviceConfig& c) { wifi(c).clear_ssid(); }, "network.wifi.ssid");
    row(
        "SSID of 33 bytes of UTF-8",
        [](v1::DeviceConfig& c) { wifi(c).set_ssid("\xc3\xa4" + std::string(31, 'x')); },
        "network.wifi.ssid");
    row(
        "Wi-Fi without a passphrase", [](v1::DeviceConfig& c) { wifi(c).set_passphrase_set(false); },
        "network.wifi.passphrase");
    row(
        "static address with a leading zero",
        [](v1::DeviceConfig& c) { staticIpv4(c).set_address("192.168.010.20"); },
        "network.wifi.ipv4.address");
    row(
        "static address in shorthand", [](v1::DeviceConfig& c) { staticIpv4(c).set_dns("10.1"); },
        "network.wifi.ipv4.dns");
    row(
        "netmask with a hole", [](v1::DeviceConfig& c) { staticIpv4(c).set_netmask("255.0.255.0"); },
        "network.wifi.ipv4.netmask");
    row(
        "netmask /31", [](v1::DeviceConfig& c) { staticIpv4(c).set_netmask("255.255.255.254"); },
        "network.wifi.ipv4.netmask");
    row(
        "address is the broadcast address",
        [](v1::DeviceConfig& c) { staticIpv4(c).set_address("192.168.10.255"); },
        "network.wifi.ipv4.address");
    row(
        "gateway outside the subnet", [](v1::DeviceConfig& c) { staticIpv4(c).set_gateway("192.168.11.1"); },
        "network.wifi.ipv4.gateway");
    row(
        "gateway is the module", [](v1::DeviceConfig& c) { staticIpv4(c).set_gateway("192.168.10.20"); },
        "network.wifi.ipv4.gateway");
    row(
        "EU868 with a sub-band", [](v1::DeviceConfig& c) { lorawan(c).set_sub_band(2); },
        "network.lorawan.sub_band");
    row(
        "US915 without a sub-band",
        [](v1::DeviceConfig& c) { lorawan(c).set_region(v1::LORAWAN_REGION_US915); },
        "network.lorawan.sub_band");
    row(
        "DevEUI of 15 digits", [](v1::DeviceConfig& c) { lorawan(c).set_dev_eui("70B3D57ED000000"); },
        "network.lorawan.dev_eui");
    row(
        "JoinEUI not hex", [](v1::DeviceConfig& c) { lorawan(c).set_join_eui("70B3D57ED000000G"); },
        "network.lorawan.join_eui");
    row(
        "LoRaWAN without an AppKey", [](v1::DeviceConfig& c) { lorawan(c).set_app_key_set(false); },
        "network.lorawan.app_key");
    row(
        "APN empty", [](v1::DeviceConfig& c) { c.mutable_network()->mutable_cellular()->set_enabled(true); },
        "network.cellular.apn");
    row(
        "APN user of 65 bytes",
        [](v1::DeviceConfig& c) {
            v1::CellularConfig& cell = *c.mutable_network()->mutable_cellular();
            cell.set_enabled(true);
            cell.set_apn("iot.example");
            cell.set_user(std::string(65, 'u'));
        },
        "network.cellular.user");
    row(
        "report every 59 s", [](v1::DeviceConfig& c) { c.mutable_network()->set_uplink_interval_s(59); },
        "network.uplink_interval_s");
    row(
        "GPS fix every 59 s",
        [](v1::DeviceConfig& c) {
            c.mutable_gps()->set_enabled(true);
            c.mutable_gps()->set_fix_interval_s(59);
        },
        "gps.fix_interval_s");
    row(
        "schema order: metering before network",
        [](v1::DeviceConfig& c) {
            c.mutable_network()->set_uplink_interval_s(1);
            c.mutable_metering()->set_demand_period_s(1);
        },
        "metering.demand_period_s");
}

void tst_ConfigRules::firstRefusedFieldIsNamed()
{
    QFETCH(ConfigEdit, edit);
    QFETCH(QString, field);

    v1::DeviceConfig config = factoryDefaultConfig();
    edit(config);
    const std::optional<RequestError> refused = ConfigRules(m_limits, kAllFitted).checkValues(config);
    QVERIFY(refused);
    QCOMPARE(refused->code, v1::ERROR_CODE_INVALID_CONFIG);
    QCOMPARE(refused->field, field);
    QVERIFY(!refused->message.isEmpty());
    QVERIFY2(refused->message.toUtf8().size() <= 128, qPrintable(refused->message));
}

void tst_ConfigRules::optionsNotFittedAreRefused_data()
{
    QTest::addColumn<ConfigEdit>("edit");
    QTest::addColumn<QString>("field");

    QTest::newRow("Wi-Fi") << ConfigEdit([](v1::DeviceConfig& c) { wifi(c); }) << u"network.wifi.enabled"_s;
    QTest::newRow("LoRaWAN") << ConfigEdit([](v1::DeviceConfig& c) { lorawan(c); })
                             << u"network.lorawan.enabled"_s;
    QTest::newRow("cellular") << ConfigEdit([](v1::DeviceConfig& c) {
        c.mutable_network()->mutable_cellular()->set_enabled(true);
    }) << u"network.cellular.enabled"_s;
    QTest::newRow("GPS") << ConfigEdit([](v1::DeviceConfig& c) { c.mutable_gps()->set_enabled(true); })
                         << u"gps.enabled"_s;
}

void tst_ConfigRules::optionsNotFittedAreRefused()
{
    QFETCH(ConfigEdit, edit);
    QFETCH(QString, field);

    v1::DeviceConfig config = factoryDefaultConfig();
    edit(config);
    const ConfigRules bare(m_limits, kNoneFitted);
    // The settings of an option the module lacks are not checked; the option is refused.
    QVERIFY(!bare.checkValues(config));
    const std::optional<RequestError> refused = bare.checkFitted(config);
    QVERIFY(refused);
    QCOMPARE(refused->code, v1::ERROR_CODE_OPTION_NOT_FITTED);
    QCOMPARE(refused->field, field);
    QVERIFY(!ConfigRules(m_limits, kAllFitted).checkFitted(config));
}

void tst_ConfigRules::secretsAreCheckedAgainstTheirFlags_data()
{
    QTest::addColumn<ConfigEdit>("edit");
    QTest::addColumn<ConfigSecrets>("given");
    QTest::addColumn<ConfigSecrets>("stored");
    QTest::addColumn<QString>("field"); // empty: accepted

    const ConfigEdit withWifi = [](v1::DeviceConfig& c) { wifi(c); };
    const ConfigEdit wpa3 = [](v1::DeviceConfig& c) { wifi(c).set_security(v1::WIFI_SECURITY_WPA3_SAE); };
    const ConfigEdit withLorawan = [](v1::DeviceConfig& c) { lorawan(c); };
    const ConfigEdit withApnPassword = [](v1::DeviceConfig& c) {
        v1::CellularConfig& cell = *c.mutable_network()->mutable_cellular();
        cell.set_enabled(true);
        cell.set_apn("iot.example");
        cell.set_password_set(true);
    };
    const auto wifiSecret = [](const QString& value) {
        return ConfigSecrets { { v1::SECRET_FIELD_WIFI_PASSPHRASE, value } };
    };
    const QString rawKey = u"0123456789abcdef"_s.repeated(4);

    QTest::newRow("new passphrase") << withWifi << wifiSecret(u"correct horse"_s) << ConfigSecrets {}
                                    << QString();
    QTest::newRow("stored passphrase kept")
        << withWifi << ConfigSecrets {} << wifiSecret(u"correct horse"_s) << QString();
    QTest::newRow("WPA2 raw key of 64 hex digits")
        << withWifi << wifiSecret(rawKey) << ConfigSecrets {} << QString();
    QTest::newRow("WPA2 63 printable characters")
        << withWifi << wifiSecret(u"x"_s.repeated(63)) << ConfigSecrets {} << QString();
    QTest::newRow("WPA3 takes no raw key")
        << wpa3 << wifiSecret(rawKey) << ConfigSecrets {} << u"network.wifi.passphrase"_s;
    QTest::newRow("64 characters not all hex")
        << withWifi << wifiSecret(u"g"_s.repeated(64)) << ConfigSecrets {} << u"network.wifi.passphrase"_s;
    QTest::newRow("passphrase of 7 characters")
        << withWifi << wifiSecret(u"1234567"_s) << ConfigSecrets {} << u"network.wifi.passphrase"_s;
    QTest::newRow("passphrase with a tab")
        << withWifi << wifiSecret(u"correct\thorse"_s) << ConfigSecrets {} << u"network.wifi.passphrase"_s;
    QTest::newRow("stored passphrase invalid for WPA3")
        << wpa3 << ConfigSecrets {} << wifiSecret(rawKey) << u"network.wifi.passphrase"_s;
    QTest::newRow("flag set, nothing given or stored")
        << withWifi << ConfigSecrets {} << ConfigSecrets {} << u"network.wifi.passphrase"_s;
    QTest::newRow("flag clear, a passphrase stored")
        << ConfigEdit([](v1::DeviceConfig&) {}) << ConfigSecrets {} << wifiSecret(u"correct horse"_s)
        << u"network.wifi.passphrase"_s;
    QTest::newRow("Wi-Fi off: the passphrase is kept unchecked") << ConfigEdit([](v1::DeviceConfig& c) {
        c.mutable_network()->mutable_wifi()->set_passphrase_set(true);
    }) << wifiSecret(u"short"_s) << ConfigSecrets {} << QString();
    QTest::newRow("AppKey of 32 hex digits")
        << withLorawan
        << ConfigSecrets { { v1::SECRET_FIELD_LORAWAN_APP_KEY, u"000102030405060708090a0b0c0d0e0f"_s } }
        << ConfigSecrets {} << QString();
    QTest::newRow("AppKey of 31 hex digits")
        << withLorawan
        << ConfigSecrets { { v1::SECRET_FIELD_LORAWAN_APP_KEY, u"000102030405060708090a0b0c0d0e0"_s } }
        << ConfigSecrets {} << u"network.lorawan.app_key"_s;
    QTest::newRow("APN password of 65 bytes")
        << withApnPassword << ConfigSecrets { { v1::SECRET_FIELD_CELLULAR_PASSWORD, u"p"_s.repeated(65) } }
        << ConfigSecrets {} << u"network.cellular.password"_s;
}

void tst_ConfigRules::secretsAreCheckedAgainstTheirFlags()
{
    QFETCH(ConfigEdit, edit);
    QFETCH(ConfigSecrets, given);
    QFETCH(ConfigSecrets, stored);
    QFETCH(QString, field);

    v1::DeviceConfig config = factoryDefaultConfig();
    edit(config);
    const std::optional<RequestError> refused
        = ConfigRules(m_limits, kAllFitted).checkSecrets(config, given, stored);
    QCOMPARE(refused ? refused->field : QString(), field);
    if (refused) {
        QCOMPARE(refused->code, v1::ERROR_CODE_INVALID_CONFIG);
        for (const QString& secret : given)
            QVERIFY(!refused->message.contains(secret)); // a message never quotes a secret
    }
}

QTEST_GUILESS_MAIN(tst_ConfigRules)
#include "tst_configrules.moc"
