// diff(): what the review step and `config apply` show.
#include "ConfigSamples.h"
#include "config/ConfigDiff.h"

#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace iotpro::config;

using Edit = std::function<void(DeviceConfig&)>;
Q_DECLARE_METATYPE(Edit)

class tst_ConfigDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noChange()
    {
        QVERIFY(diff(samples::fullConfig(), samples::fullConfig()).isEmpty());
        QVERIFY(diff(factoryDefaultConfig(), factoryDefaultConfig()).isEmpty());
    }

    void changes_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("expected"); // ConfigChange::toString() of each change, in order

        QTest::newRow("text") << Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"Halle B"_qs; })
                              << QStringList { u"network.wifi.ssid: \"Werkstatt-Zähler\" → \"Halle B\""_qs };
        QTest::newRow("whole number in a list")
            << Edit([](DeviceConfig& c) { c.metering.ctInputs[1].ratingA = 1000; })
            << QStringList { u"metering.ct_inputs[1].rating_a: 500 → 1000"_qs };
        QTest::newRow("choice") << Edit([](DeviceConfig& c) {
            c.metering.wiring = Wiring::ThreePhaseFourWire;
        }) << QStringList { u"metering.wiring: WIRING_3P3W → WIRING_3P4W"_qs };
        QTest::newRow("switch and decimal")
            << Edit([](DeviceConfig& c) {
                   c.inputs.analogInput.alarmHighEnabled = false;
                   c.inputs.digitalInputs[1].pulse.weight = 0.1;
               })
            << QStringList { u"inputs.digital_inputs[1].pulse.weight: 0.5 → 0.1"_qs,
                   u"inputs.analog_input.alarm_high_enabled: true → false"_qs };
        QTest::newRow("in schema order, whatever the order of the edits")
            << Edit([](DeviceConfig& c) {
                   c.gps.fixIntervalS = 900;
                   c.installation.site = u"Plant 3"_qs;
               })
            << QStringList { u"installation.site: \"Plant 2, Hall B\" → \"Plant 3\""_qs,
                   u"gps.fix_interval_s: 600 → 900"_qs };
        QTest::newRow("new secret: never its value")
            << Edit([](DeviceConfig& c) { c.network.wifi.passphrase = u"a new one, quite long"_qs; })
            << QStringList { u"network.wifi.passphrase: (changed)"_qs };
        QTest::newRow("empty secret keeps the stored one: no change")
            << Edit([](DeviceConfig& c) { c.network.lorawan.appKey.clear(); }) << QStringList {};
        QTest::newRow("a stored secret forgotten") << Edit([](DeviceConfig& c) {
            c.network.cellular.password.clear();
            c.network.cellular.passwordSet = false;
        }) << QStringList { u"network.cellular.password_set: true → false"_qs };
        QTest::newRow("sensor added")
            << Edit([](DeviceConfig& c) {
                   c.inputs.digitalInputs[0].ds18b20.sensors.append({ u"286164123C7C2F27"_qs, u"Roof"_qs });
               })
            << QStringList {
                   u"inputs.digital_inputs[0].ds18b20.sensors[0].rom_code: (none) → \"286164123C7C2F27\""_qs,
                   u"inputs.digital_inputs[0].ds18b20.sensors[0].name: (none) → \"Roof\""_qs
               };
        QTest::newRow("sensor removed")
            << Edit([](DeviceConfig& c) { c.inputs.digitalInputs[2].ds18b20.sensors.removeFirst(); })
            << QStringList {
                   u"inputs.digital_inputs[2].ds18b20.sensors[0].rom_code: \"28FF4A1D931603D1\" → \"286164123c7c2f27\""_qs,
                   u"inputs.digital_inputs[2].ds18b20.sensors[0].name: \"Kühlraum 1 Luft\" → \"Cold room 2 air\""_qs,
                   u"inputs.digital_inputs[2].ds18b20.sensors[1].rom_code: \"286164123c7c2f27\" → (none)"_qs,
                   u"inputs.digital_inputs[2].ds18b20.sensors[1].name: \"Cold room 2 air\" → (none)"_qs
               };
    }
    void changes()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, expected);
        DeviceConfig after = samples::fullConfig();
        edit(after);
        QStringList shown;
        for (const ConfigChange& change : diff(samples::fullConfig(), after))
            shown.append(change.toString());
        QCOMPARE(shown, expected);
    }

    void secretChangeCarriesNoValue()
    {
        const DeviceConfig before = withoutSecrets(samples::fullConfig()); // as read from the module
        DeviceConfig after = samples::fullConfig(); // new secrets typed in
        after.network.wifi.passphraseSet = true;
        const QList<ConfigChange> changes = diff(before, after);
        QCOMPARE(changes.size(), 3);
        for (const ConfigChange& change : changes) {
            QVERIFY(change.secret);
            QVERIFY(change.oldValue.isEmpty());
            QVERIFY(change.newValue.isEmpty());
        }
        QCOMPARE(changes[0].fieldPath, u"network.wifi.passphrase"_qs);
    }

    void fromFactoryDefault()
    {
        // A first configuration lists every field it sets; each path names a field of the JSON form.
        const QList<ConfigChange> changes = diff(factoryDefaultConfig(), samples::fullConfig());
        QVERIFY(changes.size() > 60);
        const QJsonObject json = QJsonDocument::fromJson(toJson(samples::fullConfig())).object();
        for (const ConfigChange& change : changes)
            QVERIFY2(samples::jsonPathExists(json, change.fieldPath), qPrintable(change.fieldPath));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigDiff)
#include "tst_configdiff.moc"
