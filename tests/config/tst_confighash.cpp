// The configuration hash: stable, over the configuration without its secrets.
#include "ConfigSamples.h"
#include "config/ConfigHash.h"

#include <QTest>
#include <functional>

using namespace iotpro::config;

using Edit = std::function<void(DeviceConfig&)>;
Q_DECLARE_METATYPE(Edit)

class tst_ConfigHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Pins the hash a module fresh from production reports. Expected value computed with
    /// Python's hashlib.sha256 over the deterministic encoding written out by hand (fields in
    /// number order, scalars at their default left out, every sub-message present; 229 bytes).
    void factoryDefaultKnownAnswer()
    {
        QCOMPARE(configHash(factoryDefaultConfig()).toHex(),
            QByteArray("d3b7ab43665b8beea1fcf874cde3806bca96ae611aa3fa3eae5863f0522379a3"));
    }

    void isSha256Sized() { QCOMPARE(configHash(samples::fullConfig()).size(), 32); }

    void equalConfigurationsHashEqual()
    {
        QCOMPARE(configHash(samples::fullConfig()), configHash(samples::fullConfig()));
        // Through the JSON form and back (as `config get` then `config apply` would): the same hash.
        const ReadResult<DeviceConfig> reread = fromJson(toJson(samples::fullConfig()));
        QVERIFY(reread.ok());
        QCOMPARE(configHash(reread.value()), configHash(samples::fullConfig()));
    }

    void secretsDoNotChangeIt_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("another Wi-Fi passphrase")
            << Edit([](DeviceConfig& c) { c.network.wifi.passphrase = u"something else entirely"_qs; });
        QTest::newRow("Wi-Fi passphrase kept (empty, stored)") << Edit([](DeviceConfig& c) {
            c.network.wifi.passphrase.clear();
            c.network.wifi.passphraseSet = true;
        });
        QTest::newRow("another AppKey") << Edit(
            [](DeviceConfig& c) { c.network.lorawan.appKey = u"000102030405060708090A0B0C0D0E0F"_qs; });
        QTest::newRow("AppKey kept") << Edit([](DeviceConfig& c) { c.network.lorawan.appKey.clear(); });
        QTest::newRow("another APN password")
            << Edit([](DeviceConfig& c) { c.network.cellular.password = u"x"_qs; });
        QTest::newRow("the configuration as the module reports it")
            << Edit([](DeviceConfig& c) { c = withoutSecrets(c); });
    }
    void secretsDoNotChangeIt()
    {
        QFETCH(Edit, edit);
        DeviceConfig edited = samples::fullConfig();
        edit(edited);
        QCOMPARE(configHash(edited), configHash(samples::fullConfig()));
    }

    void everythingElseChangesIt_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("a CT rating") << Edit([](DeviceConfig& c) { c.metering.ctInputs[1].ratingA = 501; });
        QTest::newRow("an inversion")
            << Edit([](DeviceConfig& c) { c.metering.ctInputs[0].inverted = false; });
        QTest::newRow("the SSID") << Edit([](DeviceConfig& c) { c.network.wifi.ssid = u"Werkstatt"_qs; });
        QTest::newRow("a stored passphrase forgotten") << Edit([](DeviceConfig& c) {
            c.network.cellular.password.clear();
            c.network.cellular.passwordSet = false;
        });
        QTest::newRow("the notes") << Edit([](DeviceConfig& c) { c.installation.notes += u'.'; });
        QTest::newRow("a sensor less")
            << Edit([](DeviceConfig& c) { c.inputs.digitalInputs[2].ds18b20.sensors.removeLast(); });
        QTest::newRow("a setting of a mode not in use")
            << Edit([](DeviceConfig& c) { c.inputs.digitalInputs[3].pulse.unit = u"m³"_qs; });
    }
    void everythingElseChangesIt()
    {
        QFETCH(Edit, edit);
        DeviceConfig edited = samples::fullConfig();
        edit(edited);
        QVERIFY(configHash(edited) != configHash(samples::fullConfig()));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigHash)
#include "tst_confighash.moc"
