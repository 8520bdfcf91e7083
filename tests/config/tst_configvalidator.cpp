// The one validator: every rule, at its edges, from a valid configuration that uses everything.
#include "ConfigSamples.h"
#include "config/ConfigValidator.h"
#include "config/Ds18b20RomCode.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

using namespace iotpro::config;

using Edit = std::function<void(DeviceConfig&)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(iotpro::config::FittedOptions)

namespace {

/// A valid DS18B20 ROM code with this serial number.
QString romCode(quint64 serial)
{
    QByteArray bytes(1, char(ds18b20::FamilyCode));
    for (int shift = 0; shift < 48; shift += 8)
        bytes.append(char((serial >> shift) & 0xFF));
    bytes.append(char(ds18b20::crc8(bytes)));
    return QString::fromLatin1(bytes.toHex().toUpper());
}

QStringList pathsOf(const QList<ValidationIssue>& issues)
{
    QStringList paths;
    for (const ValidationIssue& issue : issues)
        paths.append(issue.fieldPath);
    return paths;
}

// The usual edits of the rows below.
Edit wifiPassphrase(WifiSecurity security, const QString& passphrase, bool stored = false)
{
    return [=](DeviceConfig& c) {
        c.network.wifi.security = security;
        c.network.wifi.passphrase = passphrase;
        c.network.wifi.passphraseSet = stored;
    };
}

Edit staticIpv4(const QString& address, const QString& netmask, const QString& gateway, const QString& dns)
{
    return [=](DeviceConfig& c) {
        c.network.wifi.ipv4 = { Ipv4Mode::Static, address, netmask, gateway, dns };
    };
}

Edit sensors(std::size_t input, QList<Ds18b20Sensor> list)
{
    return [=](DeviceConfig& c) {
        c.inputs.digitalInputs[input].mode = DigitalInputMode::Ds18b20;
        c.inputs.digitalInputs[input].ds18b20.sensors = list;
    };
}

const QString Ok; // no message to look for

} // namespace

class tst_ConfigValidator : public QObject
{
    Q_OBJECT

private:
    void addRow(const char* name, const Edit& edit, const QStringList& paths, const QString& messagePart = Ok)
    {
        QTest::newRow(name) << edit << paths << messagePart;
    }

private Q_SLOTS:
    void startingPointsAreValid()
    {
        QCOMPARE(pathsOf(validate(factoryDefaultConfig(), FittedOptions {})), QStringList());
        QCOMPARE(pathsOf(validate(factoryDefaultConfig(), samples::allOptions())), QStringList());
        QCOMPARE(pathsOf(validate(samples::fullConfig(), samples::allOptions())), QStringList());
    }

    void rules_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("messagePart");

        // ---- installation
        addRow("site of 64 bytes", Edit([](DeviceConfig& c) { c.installation.site = u"x"_qs.repeated(64); }),
            {});
        addRow("site of 65 bytes", Edit([](DeviceConfig& c) { c.installation.site = u"x"_qs.repeated(65); }),
            { u"installation.site"_qs }, u"65 bytes long; at most 64 bytes"_qs);
        addRow("panel of 32 two-byte letters",
            Edit([](DeviceConfig& c) { c.installation.panel = u"ä"_qs.repeated(32); }), {});
        addRow("panel of 33 letters, 65 bytes",
            Edit([](DeviceConfig& c) { c.installation.panel = u"x"_qs + u"ä"_qs.repeated(32); }),
            { u"installation.panel"_qs });
        addRow("notes of 1000 bytes",
            Edit([](DeviceConfig& c) { c.installation.notes = u"n"_qs.repeated(1000); }), {});
        addRow("notes of 1001 bytes",
            Edit([](DeviceConfig& c) { c.installation.notes = u"n"_qs.repeated(1001); }),
            { u"installation.notes"_qs });

        // ---- metering
        addRow("230 V is line to neutral, not 3P3W",
            Edit([](DeviceConfig& c) { c.metering.nominalVoltageV = 230; }),
            { u"metering.nominal_voltage_v"_qs },
            u"not a nominal line-to-line voltage; for 3P3W wiring choose one of 208"_qs);
        addRow("230 V in 3P4W", Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::ThreePhaseFourWire;
            c.metering.nominalVoltageV = 230;
        }),
            {});
        addRow("400 V is line to line, not 3P4W",
            Edit([](DeviceConfig& c) { c.metering.wiring = Wiring::ThreePhaseFourWire; }),
            { u"metering.nominal_voltage_v"_qs }, u"line-to-neutral"_qs);
        addRow("55 Hz", Edit([](DeviceConfig& c) { c.metering.nominalFrequencyHz = 55; }),
            { u"metering.nominal_frequency_hz"_qs }, u"choose one of 50, 60 Hz"_qs);
        addRow("CT of 0 A", Edit([](DeviceConfig& c) { c.metering.ctInputs[0].ratingA = 0; }),
            { u"metering.ct_inputs[0].rating_a"_qs }, u"CT input 1 has no rating"_qs);
        addRow("CT of 1 A", Edit([](DeviceConfig& c) { c.metering.ctInputs[0].ratingA = 1; }), {});
        addRow("CT of 10000 A", Edit([](DeviceConfig& c) { c.metering.ctInputs[1].ratingA = 10000; }), {});
        addRow("CT of 10001 A", Edit([](DeviceConfig& c) { c.metering.ctInputs[1].ratingA = 10001; }),
            { u"metering.ct_inputs[1].rating_a"_qs },
            u"CT input 2 is rated 10001 A; a CT rating is from 1 to 10000 A"_qs);
        addRow("a CT input 3P3W does not use is not checked", Edit([](DeviceConfig& c) {
            c.metering.ctInputs[2].ratingA = 0;
            c.metering.ctInputs[2].phase = 7;
        }),
            {});
        addRow("3P4W uses CT input 3", Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::ThreePhaseFourWire;
            c.metering.nominalVoltageV = 230;
            c.metering.ctInputs[2].ratingA = 0;
        }),
            { u"metering.ct_inputs[2].rating_a"_qs });
        addRow("phase 0", Edit([](DeviceConfig& c) { c.metering.ctInputs[0].phase = 0; }),
            { u"metering.ct_inputs[0].phase"_qs }, u"choose phase 1, 2 or 3"_qs);
        addRow("phase 4", Edit([](DeviceConfig& c) { c.metering.ctInputs[1].phase = 4; }),
            { u"metering.ct_inputs[1].phase"_qs });
        addRow("two CTs on one phase", Edit([](DeviceConfig& c) { c.metering.ctInputs[1].phase = 3; }),
            { u"metering.ct_inputs[1].phase"_qs }, u"CT inputs 1 and 2 are both mapped to phase 3"_qs);
        addRow("3P3W CT input on phase 2", Edit([](DeviceConfig& c) { c.metering.ctInputs[1].phase = 2; }),
            { u"metering.ct_inputs[1].phase"_qs }, u"In 3P3W wiring CT input 2 cannot be mapped to phase 2"_qs);
        addRow("3P3W with CT inputs 1 and 2 on phases 1 and 3", Edit([](DeviceConfig& c) {
            c.metering.ctInputs[0].phase = 1;
            c.metering.ctInputs[1].phase = 3;
        }),
            {});
        addRow("3P4W CT input on phase 2", Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::ThreePhaseFourWire;
            c.metering.nominalVoltageV = 230;
            c.metering.ctInputs[1].phase = 2;
            c.metering.ctInputs[2].phase = 1;
            c.metering.ctInputs[0].phase = 3;
        }),
            {});
        addRow("three CTs on one phase", Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::ThreePhaseFourWire;
            c.metering.nominalVoltageV = 230;
            for (CtInputConfig& ct : c.metering.ctInputs)
                ct.phase = 2;
        }),
            { u"metering.ct_inputs[1].phase"_qs, u"metering.ct_inputs[2].phase"_qs });
        addRow("1P on phase 1", Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::SinglePhase;
            c.metering.nominalVoltageV = 230;
            c.metering.ctInputs[0].phase = 1;
        }),
            {});
        addRow("1P on phase 2", Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::SinglePhase;
            c.metering.nominalVoltageV = 120;
            c.metering.ctInputs[0].phase = 2;
        }),
            { u"metering.ct_inputs[0].phase"_qs }, u"In 1P wiring"_qs);
        addRow("demand period of 5 min", Edit([](DeviceConfig& c) { c.metering.demandPeriodS = 300; }), {});
        addRow("demand period of 901 s", Edit([](DeviceConfig& c) { c.metering.demandPeriodS = 901; }),
            { u"metering.demand_period_s"_qs },
            u"A demand period of 901 s is not possible; choose one of 5 min, 8 min"_qs);

        // ---- digital inputs
        addRow("debounce 19 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[0].dryContact.debounceMs = 19; }),
            { u"inputs.digital_inputs[0].dry_contact.debounce_ms"_qs }, u"choose 20 to 50 ms"_qs);
        addRow("debounce 20 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[0].dryContact.debounceMs = 20; }), {});
        addRow("debounce 50 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[0].dryContact.debounceMs = 50; }), {});
        addRow("debounce 51 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[0].dryContact.debounceMs = 51; }),
            { u"inputs.digital_inputs[0].dry_contact.debounce_ms"_qs });
        addRow("settings of a mode not in use are not checked", Edit([](DeviceConfig& c) {
            c.inputs.digitalInputs[0].pulse = { 0, {}, 0 };
            c.inputs.digitalInputs[3].dryContact.debounceMs = 0;
            c.inputs.digitalInputs[3].ds18b20.sensors = { { u"junk"_qs, {} } };
        }),
            {});
        addRow("input name of 33 bytes",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[3].name = u"i"_qs.repeated(33); }),
            { u"inputs.digital_inputs[3].name"_qs });
        addRow("pulse weight 0", Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.weight = 0; }),
            { u"inputs.digital_inputs[1].pulse.weight"_qs }, u"more than 0"_qs);
        addRow("negative pulse weight",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.weight = -1; }),
            { u"inputs.digital_inputs[1].pulse.weight"_qs });
        addRow("pulse weight not a number", Edit([](DeviceConfig& c) {
            c.inputs.digitalInputs[1].pulse.weight = std::numeric_limits<double>::quiet_NaN();
        }),
            { u"inputs.digital_inputs[1].pulse.weight"_qs });
        addRow("pulse weight 0.001",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.weight = 0.001; }), {});
        addRow("pulse weight 1000000",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.weight = 1e6; }), {});
        addRow("pulse weight 1000000.5",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.weight = 1e6 + 0.5; }),
            { u"inputs.digital_inputs[1].pulse.weight"_qs }, u"at most 1000000"_qs);
        addRow("pulse without unit",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.unit.clear(); }),
            { u"inputs.digital_inputs[1].pulse.unit"_qs }, u"no unit"_qs);
        addRow("pulse unit of 17 bytes",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.unit = u"u"_qs.repeated(17); }),
            { u"inputs.digital_inputs[1].pulse.unit"_qs });
        addRow("pulses from 29 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.minPulseWidthMs = 29; }),
            { u"inputs.digital_inputs[1].pulse.min_pulse_width_ms"_qs }, u"at least 30 ms"_qs);
        addRow("pulses from 30 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.minPulseWidthMs = 30; }), {});
        addRow("pulses from 1001 ms",
            Edit([](DeviceConfig& c) { c.inputs.digitalInputs[1].pulse.minPulseWidthMs = 1001; }),
            { u"inputs.digital_inputs[1].pulse.min_pulse_width_ms"_qs });

        addRow("no DS18B20 listed", sensors(2, {}), { u"inputs.digital_inputs[2].ds18b20.sensors"_qs },
            u"lists none"_qs);
        QList<Ds18b20Sensor> ten;
        for (quint64 serial = 1; serial <= 10; ++serial)
            ten.append({ romCode(serial), u"Sensor %1"_qs.arg(serial) });
        addRow("ten DS18B20", sensors(2, ten), {});
        addRow("eleven DS18B20",
            sensors(2, ten + QList<Ds18b20Sensor> { { romCode(11), u"one too many"_qs } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors"_qs }, u"at most 10"_qs);
        addRow("ROM code not hex", sensors(2, { { u"28FF4A1D9316O3D1"_qs, u"typo"_qs } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[0].rom_code"_qs }, u"must be 16 hex digits"_qs);
        addRow("ROM code of a DS18S20", sensors(2, { { u"100102030405067B"_qs, u"wrong part"_qs } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[0].rom_code"_qs }, u"family code 10, not 28"_qs);
        addRow("ROM code with a typo", sensors(2, { { u"28FF4A1D931603D8"_qs, u"typo"_qs } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[0].rom_code"_qs }, u"check sum"_qs);
        addRow("a sensor twice on one bus, in other case",
            sensors(2, { { u"28FF4A1D931603D1"_qs, u"A"_qs }, { u"28ff4a1d931603d1"_qs, u"B"_qs } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[1].rom_code"_qs },
            u"same sensor as sensor 1 of digital input 3"_qs);
        addRow("a sensor on two inputs", sensors(0, { { u"286164123C7C2F27"_qs, u"again"_qs } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[1].rom_code"_qs },
            u"same sensor as sensor 1 of digital input 1"_qs);
        addRow("sensor without a name", sensors(2, { { romCode(1), {} } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[0].name"_qs }, u"has no name"_qs);
        addRow("sensor name of 33 bytes", sensors(2, { { romCode(1), u"s"_qs.repeated(33) } }),
            { u"inputs.digital_inputs[2].ds18b20.sensors[0].name"_qs });

        // ---- analog input
        addRow("scaling over the full 0-30 V", Edit([](DeviceConfig& c) {
            c.inputs.analogInput.pointA.inputV = 0;
            c.inputs.analogInput.pointB.inputV = 30;
        }),
            {});
        addRow("scaling point above 30 V",
            Edit([](DeviceConfig& c) { c.inputs.analogInput.pointB.inputV = 30.5; }),
            { u"inputs.analog_input.point_b.input_v"_qs }, u"measures 0 to 30 V"_qs);
        addRow("scaling point below 0 V",
            Edit([](DeviceConfig& c) { c.inputs.analogInput.pointA.inputV = -0.1; }),
            { u"inputs.analog_input.point_a.input_v"_qs });
        addRow("scaling points at one voltage",
            Edit([](DeviceConfig& c) { c.inputs.analogInput.pointB.inputV = 2; }),
            { u"inputs.analog_input.point_b.input_v"_qs }, u"Both scaling points are at 2 V"_qs);
        addRow("scaling points with one value",
            Edit([](DeviceConfig& c) { c.inputs.analogInput.pointB.value = 0; }),
            { u"inputs.analog_input.point_b.value"_qs }, u"Both scaling points read 0 %"_qs);
        addRow("falling scale", Edit([](DeviceConfig& c) {
            c.inputs.analogInput.pointA = { 0, 100 };
            c.inputs.analogInput.pointB = { 10, 0 };
        }),
            {});
        addRow("scaling value not a number", Edit([](DeviceConfig& c) {
            c.inputs.analogInput.pointA.value = std::numeric_limits<double>::infinity();
        }),
            { u"inputs.analog_input.point_a.value"_qs });
        addRow("low alarm above the high alarm",
            Edit([](DeviceConfig& c) { c.inputs.analogInput.alarmLow = 95; }),
            { u"inputs.analog_input.alarm_low"_qs },
            u"The low alarm (95 %) must be below the high alarm (90 %)"_qs);
        addRow("low alarm at the high alarm",
            Edit([](DeviceConfig& c) { c.inputs.analogInput.alarmLow = 90; }),
            { u"inputs.analog_input.alarm_low"_qs });
        addRow("low alarm above a high alarm that is off", Edit([](DeviceConfig& c) {
            c.inputs.analogInput.alarmLow = 95;
            c.inputs.analogInput.alarmHighEnabled = false;
        }),
            {});
        addRow("analog input without unit", Edit([](DeviceConfig& c) { c.inputs.analogInput.unit.clear(); }),
            { u"inputs.analog_input.unit"_qs });
        addRow("analog input off is not checked", Edit([](DeviceConfig& c) {
            c.inputs.analogInput.enabled = false;
            c.inputs.analogInput.pointB = c.inputs.analogInput.pointA;
            c.inputs.analogInput.unit.clear();
        }),
            {});

        // ---- Wi-Fi
        addRow("SSID of 32 bytes", Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"s"_qs.repeated(32); }),
            {});
        addRow("SSID of 33 bytes", Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"s"_qs.repeated(33); }),
            { u"network.wifi.ssid"_qs },
            u"The Wi-Fi name is 33 bytes long; a Wi-Fi name has at most 32 bytes"_qs);
        addRow("SSID of 16 two-byte letters (32 bytes)",
            Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"ä"_qs.repeated(16); }), {});
        addRow("SSID of 17 letters, 33 bytes",
            Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"a"_qs + u"ä"_qs.repeated(16); }),
            { u"network.wifi.ssid"_qs }, u"33 bytes long"_qs);
        addRow("SSID of 8 emoji (32 bytes)",
            Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"\U0001F4F6"_qs.repeated(8); }), {});
        addRow("SSID of 11 euro signs (33 bytes)",
            Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"€"_qs.repeated(11); }),
            { u"network.wifi.ssid"_qs });
        addRow("no SSID", Edit([](DeviceConfig& c) { c.network.wifi.ssid.clear(); }),
            { u"network.wifi.ssid"_qs }, u"Enter the Wi-Fi name"_qs);

        const QString hex64 = u"0123456789abcdef"_qs.repeated(3) + u"0123456789ABCDEF"_qs;
        addRow("WPA2 passphrase of 7", wifiPassphrase(WifiSecurity::Wpa2Psk, u"1234567"_qs),
            { u"network.wifi.passphrase"_qs }, u"has 7 characters; it needs at least 8"_qs);
        addRow("WPA2 passphrase of 8", wifiPassphrase(WifiSecurity::Wpa2Psk, u"12345678"_qs), {});
        addRow("WPA2 passphrase of 63", wifiPassphrase(WifiSecurity::Wpa2Psk, u"p"_qs.repeated(63)), {});
        addRow("WPA2 raw key of 64 hex digits", wifiPassphrase(WifiSecurity::Wpa2Psk, hex64), {});
        addRow("WPA2 64 characters, not hex", wifiPassphrase(WifiSecurity::Wpa2Psk, u"p"_qs.repeated(64)),
            { u"network.wifi.passphrase"_qs }, u"must be 64 hex digits"_qs);
        addRow("WPA2 passphrase of 65", wifiPassphrase(WifiSecurity::Wpa2Psk, u"a"_qs.repeated(65)),
            { u"network.wifi.passphrase"_qs }, u"at most 63 fit, or exactly 64 hex digits"_qs);
        addRow("WPA3 has no raw key", wifiPassphrase(WifiSecurity::Wpa3Sae, hex64),
            { u"network.wifi.passphrase"_qs }, u"has 64 characters; at most 63 fit."_qs);
        addRow("WPA3 passphrase of 8", wifiPassphrase(WifiSecurity::Wpa3Sae, u"12345678"_qs), {});
        addRow("passphrase with an umlaut", wifiPassphrase(WifiSecurity::Wpa2Psk, u"Schlüssel123"_qs),
            { u"network.wifi.passphrase"_qs }, u"printable ASCII"_qs);
        addRow("passphrase with a tab", wifiPassphrase(WifiSecurity::Wpa2Psk, u"tab\tinside"_qs),
            { u"network.wifi.passphrase"_qs });
        addRow("passphrase with spaces and punctuation",
            wifiPassphrase(WifiSecurity::Wpa2Psk, u" ~!@#$%^&*()_+{}|:\"<>? "_qs), {});
        addRow("passphrase kept", wifiPassphrase(WifiSecurity::Wpa2Psk, {}, true), {});
        addRow("no passphrase, none stored", wifiPassphrase(WifiSecurity::Wpa2Psk, {}, false),
            { u"network.wifi.passphrase"_qs }, u"the module has none stored"_qs);

        addRow("DHCP ignores the static fields", Edit([](DeviceConfig& c) {
            c.network.wifi.ipv4 = { Ipv4Mode::Dhcp, u"nonsense"_qs, {}, {}, {} };
        }),
            {});
        addRow("static /16",
            staticIpv4(u"10.20.0.5"_qs, u"255.255.0.0"_qs, u"10.20.255.254"_qs, u"1.1.1.1"_qs), {});
        addRow("address of three numbers",
            staticIpv4(u"192.168.10"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.address"_qs }, u"is not an IPv4 address"_qs);
        addRow("address with a leading zero",
            staticIpv4(u"192.168.010.20"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.address"_qs });
        addRow("address beyond 255",
            staticIpv4(u"192.168.10.256"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.address"_qs });
        addRow("no DNS", staticIpv4(u"192.168.10.20"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs, {}),
            { u"network.wifi.ipv4.dns"_qs }, u"Enter an IPv4 address"_qs);
        addRow("mask with a hole",
            staticIpv4(u"192.168.10.20"_qs, u"255.0.255.0"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.netmask"_qs }, u"is not a subnet mask"_qs);
        addRow("mask /32",
            staticIpv4(u"192.168.10.20"_qs, u"255.255.255.255"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.netmask"_qs });
        addRow("mask /30",
            staticIpv4(u"192.168.10.21"_qs, u"255.255.255.252"_qs, u"192.168.10.22"_qs, u"192.168.10.2"_qs),
            {});
        addRow("network address",
            staticIpv4(u"192.168.10.0"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.address"_qs },
            u"network or broadcast address of subnet 192.168.10.0/24"_qs);
        addRow("broadcast address",
            staticIpv4(u"192.168.10.255"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.address"_qs });
        addRow("gateway outside the subnet",
            staticIpv4(u"192.168.10.20"_qs, u"255.255.255.0"_qs, u"192.168.11.1"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.gateway"_qs }, u"outside the module's subnet 192.168.10.0/24"_qs);
        addRow("gateway is the module",
            staticIpv4(u"192.168.10.20"_qs, u"255.255.255.0"_qs, u"192.168.10.20"_qs, u"192.168.10.2"_qs),
            { u"network.wifi.ipv4.gateway"_qs });

        // ---- LoRaWAN
        addRow("US915 sub-band 1", Edit([](DeviceConfig& c) { c.network.lorawan.subBand = 1; }), {});
        addRow("US915 sub-band 8", Edit([](DeviceConfig& c) { c.network.lorawan.subBand = 8; }), {});
        addRow("US915 without sub-band", Edit([](DeviceConfig& c) { c.network.lorawan.subBand = 0; }),
            { u"network.lorawan.sub_band"_qs }, u"US915 has sub-bands 1 to 8"_qs);
        addRow("AU915 sub-band 9", Edit([](DeviceConfig& c) {
            c.network.lorawan.region = LorawanRegion::Au915;
            c.network.lorawan.subBand = 9;
        }),
            { u"network.lorawan.sub_band"_qs });
        addRow("EU868 without sub-band", Edit([](DeviceConfig& c) {
            c.network.lorawan.region = LorawanRegion::Eu868;
            c.network.lorawan.subBand = 0;
        }),
            {});
        addRow("EU868 with a sub-band",
            Edit([](DeviceConfig& c) { c.network.lorawan.region = LorawanRegion::Eu868; }),
            { u"network.lorawan.sub_band"_qs }, u"EU868 has no sub-bands"_qs);
        addRow("AS923-2 with a sub-band",
            Edit([](DeviceConfig& c) { c.network.lorawan.region = LorawanRegion::As923_2; }),
            { u"network.lorawan.sub_band"_qs }, u"AS923-2"_qs);
        addRow("DevEUI of 15 digits", Edit([](DeviceConfig& c) { c.network.lorawan.devEui.chop(1); }),
            { u"network.lorawan.dev_eui"_qs }, u"must be 16 hex digits"_qs);
        addRow("DevEUI of 17 digits", Edit([](DeviceConfig& c) { c.network.lorawan.devEui += u'0'; }),
            { u"network.lorawan.dev_eui"_qs });
        addRow("DevEUI with separators",
            Edit([](DeviceConfig& c) { c.network.lorawan.devEui = u"70-B3-D5-7E-D0-05-12-34"_qs; }),
            { u"network.lorawan.dev_eui"_qs });
        addRow("DevEUI in lower case",
            Edit([](DeviceConfig& c) { c.network.lorawan.devEui = c.network.lorawan.devEui.toLower(); }), {});
        addRow("JoinEUI not hex",
            Edit([](DeviceConfig& c) { c.network.lorawan.joinEui = u"70b3d57ed000000g"_qs; }),
            { u"network.lorawan.join_eui"_qs });
        addRow("JoinEUI empty", Edit([](DeviceConfig& c) { c.network.lorawan.joinEui.clear(); }),
            { u"network.lorawan.join_eui"_qs }, u"Enter the JoinEUI"_qs);
        addRow("AppKey of 31 digits", Edit([](DeviceConfig& c) { c.network.lorawan.appKey.chop(1); }),
            { u"network.lorawan.app_key"_qs }, u"must be 32 hex digits"_qs);
        addRow("AppKey of 33 digits", Edit([](DeviceConfig& c) { c.network.lorawan.appKey += u'A'; }),
            { u"network.lorawan.app_key"_qs });
        addRow("AppKey not hex", Edit([](DeviceConfig& c) { c.network.lorawan.appKey.replace(0, 1, u'Z'); }),
            { u"network.lorawan.app_key"_qs });
        addRow("AppKey kept", Edit([](DeviceConfig& c) { c.network.lorawan.appKey.clear(); }), {});
        addRow("no AppKey, none stored", Edit([](DeviceConfig& c) {
            c.network.lorawan.appKey.clear();
            c.network.lorawan.appKeySet = false;
        }),
            { u"network.lorawan.app_key"_qs }, u"the module has none stored"_qs);

        // ---- cellular
        addRow("no APN", Edit([](DeviceConfig& c) { c.network.cellular.apn.clear(); }),
            { u"network.cellular.apn"_qs }, u"Enter the APN"_qs);
        addRow("APN of 100 bytes",
            Edit([](DeviceConfig& c) { c.network.cellular.apn = u"a"_qs.repeated(100); }), {});
        addRow("APN of 101 bytes",
            Edit([](DeviceConfig& c) { c.network.cellular.apn = u"a"_qs.repeated(101); }),
            { u"network.cellular.apn"_qs });
        addRow("APN user of 65 bytes",
            Edit([](DeviceConfig& c) { c.network.cellular.user = u"u"_qs.repeated(65); }),
            { u"network.cellular.user"_qs });
        addRow("APN password of 65 bytes",
            Edit([](DeviceConfig& c) { c.network.cellular.password = u"p"_qs.repeated(65); }),
            { u"network.cellular.password"_qs }, u"at most 64 bytes"_qs);
        addRow("no APN password", Edit([](DeviceConfig& c) {
            c.network.cellular.user.clear();
            c.network.cellular.password.clear();
            c.network.cellular.passwordSet = false;
        }),
            {});

        // ---- reports, GPS
        addRow("report every 59 s", Edit([](DeviceConfig& c) { c.network.uplinkIntervalS = 59; }),
            { u"network.uplink_interval_s"_qs }, u"choose 60 to 86400 s"_qs);
        addRow("report every 60 s", Edit([](DeviceConfig& c) { c.network.uplinkIntervalS = 60; }), {});
        addRow("report every day", Edit([](DeviceConfig& c) { c.network.uplinkIntervalS = 86400; }), {});
        addRow("report every 86401 s", Edit([](DeviceConfig& c) { c.network.uplinkIntervalS = 86401; }),
            { u"network.uplink_interval_s"_qs });
        addRow("fix every 59 s", Edit([](DeviceConfig& c) { c.gps.fixIntervalS = 59; }),
            { u"gps.fix_interval_s"_qs });
        addRow("GPS off is not checked", Edit([](DeviceConfig& c) { c.gps = { false, 0 }; }), {});

        // ---- switched off: nothing of it is checked
        addRow("networks off", Edit([](DeviceConfig& c) {
            c.network.wifi
                = { false, {}, WifiSecurity::Wpa2Psk, {}, false, { Ipv4Mode::Static, {}, {}, {}, {} } };
            c.network.lorawan = { false, LorawanRegion::Eu868, 7, LorawanClass::A, {}, {}, {}, false, false };
            c.network.cellular = { false, {}, {}, {}, false, CellularRat::LteM };
        }),
            {});

        // ---- several problems: all of them, in schema order
        addRow("several problems", Edit([](DeviceConfig& c) {
            c.gps.fixIntervalS = 1;
            c.network.wifi.ssid.clear();
            c.metering.ctInputs[0].ratingA = 0;
            c.installation.site = u"x"_qs.repeated(100);
        }),
            { u"installation.site"_qs, u"metering.ct_inputs[0].rating_a"_qs, u"network.wifi.ssid"_qs,
                u"gps.fix_interval_s"_qs });
    }
    void rules()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, paths);
        QFETCH(QString, messagePart);

        DeviceConfig config = samples::fullConfig();
        edit(config);
        const QList<ValidationIssue> issues = validate(config, samples::allOptions());
        QStringList shown;
        for (const ValidationIssue& issue : issues)
            shown.append(issue.toString());
        QVERIFY2(pathsOf(issues) == paths, qPrintable(shown.join(u"\n")));
        if (!messagePart.isEmpty())
            QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));

        // Every path names a field of the JSON form, so the wizard and a JSON editor can point at it.
        const QJsonObject json = QJsonDocument::fromJson(toJson(config)).object();
        for (const ValidationIssue& issue : issues)
            QVERIFY2(samples::jsonPathExists(json, issue.fieldPath), qPrintable(issue.fieldPath));
    }

    void refusesOptionsNotFitted_data()
    {
        QTest::addColumn<FittedOptions>("fitted");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("message");
        QTest::newRow("no Wi-Fi") << FittedOptions { false, true, true, true }
                                  << QStringList { u"network.wifi.enabled"_qs }
                                  << u"This module has no Wi-Fi; switch Wi-Fi off."_qs;
        QTest::newRow("no LoRaWAN") << FittedOptions { true, false, true, true }
                                    << QStringList { u"network.lorawan.enabled"_qs }
                                    << u"This module has no LoRaWAN radio; switch LoRaWAN off."_qs;
        QTest::newRow("no cellular") << FittedOptions { true, true, false, true }
                                     << QStringList { u"network.cellular.enabled"_qs }
                                     << u"This module has no cellular modem; switch cellular off."_qs;
        QTest::newRow("no GPS") << FittedOptions { true, true, true, false }
                                << QStringList { u"gps.enabled"_qs }
                                << u"This module has no GPS; switch GPS off."_qs;
        QTest::newRow("nothing fitted")
            << FittedOptions {}
            << QStringList { u"network.wifi.enabled"_qs, u"network.lorawan.enabled"_qs,
                   u"network.cellular.enabled"_qs, u"gps.enabled"_qs }
            << u"This module has no Wi-Fi; switch Wi-Fi off."_qs;
    }
    void refusesOptionsNotFitted()
    {
        QFETCH(FittedOptions, fitted);
        QFETCH(QStringList, paths);
        QFETCH(QString, message);
        const QList<ValidationIssue> issues = validate(samples::fullConfig(), fitted);
        QCOMPARE(pathsOf(issues), paths);
        QCOMPARE(issues.first().message, message);
    }

    void messagesNeverQuoteASecret()
    {
        const QString passphrases[]
            = { u"short!"_qs, u"Geheimnis-ü-1234"_qs, u"secretsecret"_qs.repeated(6), u"q"_qs.repeated(64) };
        for (const QString& passphrase : passphrases) {
            for (const WifiSecurity security : { WifiSecurity::Wpa2Psk, WifiSecurity::Wpa3Sae }) {
                DeviceConfig config = samples::fullConfig();
                wifiPassphrase(security, passphrase)(config);
                config.network.lorawan.appKey = u"SECRETKEY-"_qs + passphrase;
                config.network.cellular.password = passphrase + u"p"_qs.repeated(64);
                const QList<ValidationIssue> issues = validate(config, samples::allOptions());
                QVERIFY(issues.size() >= 3);
                for (const ValidationIssue& issue : issues) {
                    QVERIFY2(!issue.message.contains(passphrase), qPrintable(issue.message));
                    QVERIFY2(!issue.message.contains(u"SECRETKEY"), qPrintable(issue.message));
                }
            }
        }
    }

    void independentOfTheLocale()
    {
        DeviceConfig config = samples::fullConfig();
        config.inputs.analogInput.alarmLow = 95.25;
        config.inputs.digitalInputs[1].pulse.weight = 1234567.5;
        config.metering.ctInputs[0].ratingA = 12000;
        config.network.wifi.ssid = u"ü"_qs.repeated(600);
        const ConfigValidator validator;
        const QList<ValidationIssue> inC = validator.validate(config, samples::allOptions());
        QVERIFY(inC.size() >= 4);
        QVERIFY2(inC.constLast().message.contains(u"1200 bytes"), qPrintable(inC.constLast().message));

        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QList<ValidationIssue> inGerman = validator.validate(config, samples::allOptions());
        QLocale::setDefault(previous);
        QCOMPARE(inGerman, inC);
    }

    void acceptsInjectedLimits()
    {
        ConfigLimits limits = ConfigLimits::builtIn();
        limits.network.wifiSsidBytes.max = 8;
        const QList<ValidationIssue> issues
            = ConfigValidator(limits).validate(samples::fullConfig(), samples::allOptions());
        QCOMPARE(pathsOf(issues), QStringList { u"network.wifi.ssid"_qs });
        QVERIFY(issues.first().message.contains(u"at most 8 bytes"));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigValidator)
#include "tst_configvalidator.moc"
