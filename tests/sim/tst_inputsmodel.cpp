#include "io/Ds18b20Rom.h"
#include "io/Ds18b20Temperature.h"
#include "io/InputsModel.h"

#include <QTest>
#include <cmath>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

constexpr quint64 kSeed = 3;
const QString kRomA = u"28FF4A1D931603D1"_s;
const QString kRomB = u"28FF7C2E9316048A"_s;
const QString kRomC = u"28FF19B0A2160596"_s;

/// Every input off, the analog input disabled.
v1::InputsConfig allOff()
{
    v1::InputsConfig config;
    for (int i = 0; i < kDigitalInputCount; ++i)
        config.add_digital_inputs()->set_mode(v1::DIGITAL_INPUT_MODE_OFF);
    return config;
}

v1::InputsConfig withDryContact(int input, v1::ContactType contact, quint32 debounceMs = 20)
{
    v1::InputsConfig config = allOff();
    v1::DigitalInputConfig& digital = *config.mutable_digital_inputs(input - 1);
    digital.set_mode(v1::DIGITAL_INPUT_MODE_DRY_CONTACT);
    digital.mutable_dry_contact()->set_contact(contact);
    digital.mutable_dry_contact()->set_debounce_ms(debounceMs);
    return config;
}

v1::InputsConfig withPulses(int input, double weight, quint32 minWidthMs)
{
    v1::InputsConfig config = allOff();
    v1::DigitalInputConfig& digital = *config.mutable_digital_inputs(input - 1);
    digital.set_mode(v1::DIGITAL_INPUT_MODE_PULSE);
    digital.mutable_pulse()->set_weight(weight);
    digital.mutable_pulse()->set_unit("L");
    digital.mutable_pulse()->set_min_pulse_width_ms(minWidthMs);
    return config;
}

v1::InputsConfig withSensors(int input, const QStringList& roms)
{
    v1::InputsConfig config = allOff();
    v1::DigitalInputConfig& digital = *config.mutable_digital_inputs(input - 1);
    digital.set_mode(v1::DIGITAL_INPUT_MODE_DS18B20);
    for (const QString& rom : roms) {
        v1::Ds18b20Sensor& sensor = *digital.mutable_ds18b20()->add_sensors();
        sensor.set_rom_code(rom.toStdString());
        sensor.set_name("Cold room");
    }
    return config;
}

Ds18b20Device sensor(const QString& rom, double celsius, QList<HandHold> holds = {})
{
    return { ds18b20::parseRom(rom).value(), celsius, holds };
}

InputWiring wiredWith(int input, TerminalWiring terminal)
{
    InputWiring wiring;
    wiring.digital.at(static_cast<std::size_t>(input - 1)) = std::move(terminal);
    return wiring;
}

InputWiring pulsing(double rateHz, milliseconds width, milliseconds from = 0ms)
{
    return wiredWith(2, { { { from, rateHz, false, width } }, {} });
}

InputsModel configured(const InputWiring& wiring, const v1::InputsConfig& config)
{
    InputsModel model(wiring, kSeed);
    model.configure(config, 0ms);
    return model;
}

double temperatureOf(const Ds18b20Device& device, milliseconds t)
{
    return ds18b20TemperatureAt(device, t, kSeed);
}

} // namespace

class tst_InputsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void romCodeCrc_data();
    void romCodeCrc();
    void dryContact_data();
    void dryContact();
    void debounceHidesShortChanges();
    void pulseCounting_data();
    void pulseCounting();
    void contactClosuresCountAsPulses();
    void pulseCountSurvivesANewConfiguration();
    void offInputsReportOnlyTheirMode();
    void configuredSensorsInConfigurationOrder();
    void scanListsTheBusWhateverTheMode();
    void sensorReadingsAreTwelveBitConversions();
    void handWarmsTheSensorThenItCools();
    void analogScaling_data();
    void analogScaling();
};

void tst_InputsModel::romCodeCrc_data()
{
    QTest::addColumn<QString>("rom");
    QTest::addColumn<bool>("valid");

    QTest::newRow("demo sensor A") << kRomA << true;
    QTest::newRow("demo sensor B") << kRomB << true;
    QTest::newRow("lower case") << kRomC.toLower() << true;
    QTest::newRow("one digit wrong") << u"28FF4A1D931604D1"_s << false;
    QTest::newRow("CRC wrong") << u"28FF4A1D931603D2"_s << false;
    QTest::newRow("another family (DS1990A)") << u"01FF4A1D931603D1"_s << false;
    QTest::newRow("15 digits") << u"28FF4A1D931603D"_s << false;
    QTest::newRow("not hex") << u"28FF4A1D9316O3D1"_s << false;
}

void tst_InputsModel::romCodeCrc()
{
    QFETCH(QString, rom);
    QFETCH(bool, valid);

    QCOMPARE(ds18b20::romProblem(rom).isEmpty(), valid);
    QCOMPARE(ds18b20::parseRom(rom).has_value(), valid);
    if (valid) {
        const QByteArray bytes = *ds18b20::parseRom(rom);
        QCOMPARE(ds18b20::crc8(QByteArrayView(bytes).first(7)), static_cast<quint8>(bytes.back()));
        QCOMPARE(ds18b20::romText(bytes), rom.toUpper());
    }
}

void tst_InputsModel::dryContact_data()
{
    QTest::addColumn<int>("contact");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("active");

    QTest::newRow("normally open, open") << int(v1::CONTACT_TYPE_NORMALLY_OPEN) << false << false;
    QTest::newRow("normally open, closed") << int(v1::CONTACT_TYPE_NORMALLY_OPEN) << true << true;
    QTest::newRow("normally closed, closed") << int(v1::CONTACT_TYPE_NORMALLY_CLOSED) << true << false;
    QTest::newRow("normally closed, open (or a broken wire)")
        << int(v1::CONTACT_TYPE_NORMALLY_CLOSED) << false << true;
}

void tst_InputsModel::dryContact()
{
    QFETCH(int, contact);
    QFETCH(bool, closed);
    QFETCH(bool, active);

    const InputsModel model = configured(
        wiredWith(1, { { { 0ms, 0.0, closed, 0ms } }, {} }), withDryContact(1, v1::ContactType(contact)));
    const v1::DigitalInputState state = model.read(1s).digital_inputs(0);
    QCOMPARE(state.mode(), v1::DIGITAL_INPUT_MODE_DRY_CONTACT);
    QCOMPARE(state.contact_closed(), closed);
    QCOMPARE(state.active(), active);
}

void tst_InputsModel::debounceHidesShortChanges()
{
    // Closes at 10 s; a 20 ms pulse train runs from 20 s, 1 Hz.
    const InputWiring wiring = wiredWith(1,
        { { { 0ms, 0.0, false, 0ms }, { 10s, 0.0, true, 0ms }, { 15s, 0.0, false, 0ms },
              { 20s, 1.0, false, 20ms } },
            {} });
    const InputsModel model = configured(wiring, withDryContact(1, v1::CONTACT_TYPE_NORMALLY_OPEN, 50));
    QVERIFY(!model.read(10s + 49ms).digital_inputs(0).contact_closed());
    QVERIFY(model.read(10s + 50ms).digital_inputs(0).contact_closed());
    QVERIFY(model.read(15s + 49ms).digital_inputs(0).contact_closed());
    QVERIFY(!model.read(15s + 50ms).digital_inputs(0).contact_closed());
    for (milliseconds t = 20s; t < 23s; t += 5ms)
        QVERIFY(!model.read(t).digital_inputs(0).contact_closed());
}

void tst_InputsModel::pulseCounting_data()
{
    QTest::addColumn<double>("rateHz");
    QTest::addColumn<int>("widthMs");
    QTest::addColumn<int>("minWidthMs");
    QTest::addColumn<int>("atMs");
    QTest::addColumn<quint64>("count");

    QTest::newRow("2.5 Hz for 10 s") << 2.5 << 50 << 30 << 10'000 << quint64(25);
    QTest::newRow("a pulse counts once it is min width long") << 1.0 << 50 << 30 << 10'030 << quint64(11);
    QTest::newRow("... not before") << 1.0 << 50 << 30 << 10'029 << quint64(10);
    QTest::newRow("pulses as long as the minimum") << 1.0 << 30 << 30 << 5'000 << quint64(5);
    QTest::newRow("pulses shorter than the minimum are noise") << 10.0 << 20 << 30 << 60'000 << quint64(0);
    QTest::newRow("a third of a hertz for an hour") << 1.0 / 3.0 << 100 << 30 << 3'600'030 << quint64(1201);
}

void tst_InputsModel::pulseCounting()
{
    QFETCH(double, rateHz);
    QFETCH(int, widthMs);
    QFETCH(int, minWidthMs);
    QFETCH(int, atMs);
    QFETCH(quint64, count);

    const InputsModel model = configured(
        pulsing(rateHz, milliseconds(widthMs)), withPulses(2, 2.5, static_cast<quint32>(minWidthMs)));
    const v1::DigitalInputState state = model.read(milliseconds(atMs)).digital_inputs(1);
    QCOMPARE(state.mode(), v1::DIGITAL_INPUT_MODE_PULSE);
    QCOMPARE(state.pulse_count(), count);
    QCOMPARE(state.pulse_total(), 2.5 * static_cast<double>(count));
}

void tst_InputsModel::contactClosuresCountAsPulses()
{
    const InputWiring wiring = wiredWith(2,
        { { { 0ms, 0.0, false, 0ms }, { 5s, 0.0, true, 0ms }, { 6s, 0.0, false, 0ms }, { 8s, 0.0, true, 0ms },
              { 8s + 10ms, 0.0, false, 0ms } },
            {} });
    const InputsModel model = configured(wiring, withPulses(2, 1.0, 30));
    QCOMPARE(model.read(10s).digital_inputs(1).pulse_count(), 1U);
}

void tst_InputsModel::pulseCountSurvivesANewConfiguration()
{
    InputsModel model(pulsing(2.0, 50ms), kSeed);
    model.configure(withPulses(2, 10.0, 30), 0ms);
    QCOMPARE(model.read(10s).digital_inputs(1).pulse_count(), 20U);
    // A new weight: the count goes on, the total follows the new weight.
    model.configure(withPulses(2, 0.5, 30), 10s);
    const v1::DigitalInputState state = model.read(20s).digital_inputs(1);
    QCOMPARE(state.pulse_count(), 40U);
    QCOMPARE(state.pulse_total(), 20.0);
    // Off, then a pulse input again: it counts from 0.
    model.configure(allOff(), 20s);
    QCOMPARE(model.read(25s).digital_inputs(1).pulse_count(), 0U);
    model.configure(withPulses(2, 1.0, 30), 30s);
    QCOMPARE(model.read(40s).digital_inputs(1).pulse_count(), 20U);
}

void tst_InputsModel::offInputsReportOnlyTheirMode()
{
    const InputsModel model = configured(pulsing(2.0, 50ms), allOff());
    const v1::IoState state = model.read(10s);
    QCOMPARE(state.digital_inputs_size(), kDigitalInputCount);
    for (const v1::DigitalInputState& input : state.digital_inputs()) {
        v1::DigitalInputState off;
        off.set_mode(v1::DIGITAL_INPUT_MODE_OFF);
        QCOMPARE(input.SerializeAsString(), off.SerializeAsString());
    }
}

void tst_InputsModel::configuredSensorsInConfigurationOrder()
{
    const InputsModel model = configured(wiredWith(3, { {}, { sensor(kRomA, 4.5), sensor(kRomB, 3.8) } }),
        withSensors(3, { kRomB, kRomC.toLower(), kRomA }));
    const v1::DigitalInputState state = model.read(5s).digital_inputs(2);
    QCOMPARE(state.sensors_size(), 3);
    QCOMPARE(state.sensors(0).rom_code(), kRomB.toStdString());
    QVERIFY(state.sensors(0).present());
    QVERIFY(std::abs(state.sensors(0).temperature_c() - 3.8F) < 0.2F);
    QCOMPARE(state.sensors(1).rom_code(), kRomC.toStdString());
    QVERIFY(!state.sensors(1).present());
    QCOMPARE(state.sensors(2).rom_code(), kRomA.toStdString());
    QVERIFY(std::abs(state.sensors(2).temperature_c() - 4.5F) < 0.2F);
}

void tst_InputsModel::scanListsTheBusWhateverTheMode()
{
    const InputsModel model = configured(
        wiredWith(3, { {}, { sensor(kRomC, -18.0), sensor(kRomA, 4.5), sensor(kRomB, 3.8) } }), allOff());
    const v1::Ds18b20ScanResult scan = model.scan(3, 5s);
    QCOMPARE(scan.input(), 3U);
    QStringList roms;
    for (const v1::Ds18b20Reading& reading : scan.sensors()) {
        roms.append(QString::fromStdString(reading.rom_code()));
        QVERIFY(reading.present());
    }
    QCOMPARE(roms, (QStringList { kRomC, kRomA, kRomB }));
    QVERIFY(std::abs(scan.sensors(0).temperature_c() + 18.0F) < 0.2F);
    QCOMPARE(model.scan(1, 5s).sensors_size(), 0);
}

void tst_InputsModel::sensorReadingsAreTwelveBitConversions()
{
    const Ds18b20Device device = sensor(kRomA, 4.5);
    for (milliseconds t = 0ms; t < 600s; t += 250ms) {
        const double reading = temperatureOf(device, t);
        QCOMPARE(std::fmod(reading * 16.0, 1.0), 0.0);
        // A slow drift of hundredths of a degree.
        QVERIFY2(std::abs(reading - 4.5) <= 0.125, qPrintable(QString::number(reading)));
        // One conversion every 750 ms: the value holds in between.
        QCOMPARE(temperatureOf(device, t - t % 750ms + 749ms), temperatureOf(device, t - t % 750ms));
    }
}

void tst_InputsModel::handWarmsTheSensorThenItCools()
{
    const Ds18b20Device held = sensor(kRomA, 4.5, { { 10s, 70s } });
    const Ds18b20Device untouched = sensor(kRomA, 4.5);
    QCOMPARE(temperatureOf(held, 9s), temperatureOf(untouched, 9s));
    double previous = temperatureOf(held, 10s);
    for (const milliseconds t : { 12s, 15s, 20s, 30s, 45s, 70s }) {
        const double now = temperatureOf(held, t);
        QVERIFY2(now > previous + 0.2,
            qPrintable(u"%1 s: %2 after %3"_s.arg(t.count() / 1000).arg(now).arg(previous)));
        previous = now;
    }
    // Five time constants in the hand: nearly the hand's temperature.
    QVERIFY(std::abs(temperatureOf(held, 70s) - ds18b20::kHandTemperatureC) < 0.5);
    // A time constant after the hold began, about 63 % of the way.
    const double share = (temperatureOf(held, 22s) - 4.5) / (ds18b20::kHandTemperatureC - 4.5);
    QVERIFY2(share > 0.6 && share < 0.67, qPrintable(QString::number(share)));
    // Let go: it cools back, more slowly than it warmed.
    QVERIFY(temperatureOf(held, 100s) < temperatureOf(held, 70s) - 5.0);
    QVERIFY(temperatureOf(held, 100s) > 15.0);
    QVERIFY(std::abs(temperatureOf(held, 600s) - 4.5) < 0.2);
}

void tst_InputsModel::analogScaling_data()
{
    QTest::addColumn<double>("volts");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("alarmLow");
    QTest::addColumn<bool>("alarmHigh");

    // 0-10 V is 0-100 %; alarms below 20 % and above 80 %.
    QTest::newRow("mid-scale") << 6.0 << true << 60.0 << false << false;
    QTest::newRow("a millivolt above zero") << 0.001 << true << 0.01 << true << false;
    QTest::newRow("beyond the scale: extrapolated") << 12.5 << true << 125.0 << false << true;
    QTest::newRow("on the low limit: no alarm") << 2.0 << true << 20.0 << false << false;
    QTest::newRow("just above the high limit") << 8.01 << true << 80.1 << false << true;
    QTest::newRow("disabled: the voltage only") << 6.0 << false << 0.0 << false << false;
}

void tst_InputsModel::analogScaling()
{
    QFETCH(double, volts);
    QFETCH(bool, enabled);
    QFETCH(double, value);
    QFETCH(bool, alarmLow);
    QFETCH(bool, alarmHigh);

    v1::InputsConfig config = allOff();
    v1::AnalogInputConfig& analog = *config.mutable_analog_input();
    analog.set_enabled(enabled);
    // Points given high first: the order does not matter.
    analog.mutable_point_a()->set_input_v(10.0);
    analog.mutable_point_a()->set_value(100.0);
    analog.mutable_point_b()->set_input_v(0.0);
    analog.mutable_point_b()->set_value(0.0);
    analog.set_alarm_low_enabled(true);
    analog.set_alarm_low(20.0);
    analog.set_alarm_high_enabled(true);
    analog.set_alarm_high(80.0);
    InputWiring wiring;
    wiring.analog = { { 0ms, 1.0 }, { 5s, volts } };
    const v1::AnalogInputState state = configured(wiring, config).read(6s).analog_input();
    QCOMPARE(state.enabled(), enabled);
    QCOMPARE(state.input_v(), static_cast<float>(volts));
    QVERIFY2(std::abs(state.value() - value) < 1e-9, qPrintable(QString::number(state.value())));
    QCOMPARE(state.alarm_low(), alarmLow);
    QCOMPARE(state.alarm_high(), alarmHigh);
}

QTEST_GUILESS_MAIN(tst_InputsModel)
#include "tst_inputsmodel.moc"
