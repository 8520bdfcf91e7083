// Templates for phased rollouts: a template never holds a secret (whatever the caller gives, the
// database file is grepped), nor the fields of one circuit or one device; it comes back as saved;
// names are checked; the configuration for the next module is placed where the user says.
#include "../config/ConfigSamples.h"
#include "SessionSamples.h"
#include "storage/HistoryDatabase.h"
#include "storage/TemplateStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::storage;

class tst_TemplateStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_database;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // A directory of its own per test: the secret grep reads every file in it.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<HistoryDatabase>> database
            = HistoryDatabase::open(m_dir->filePath(u"h.sqlite"_qs));
        QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().toString()));
        m_database = std::move(database).value();
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    void saveNeverStoresASecret()
    {
        TemplateStore store(*m_database);
        const config::DeviceConfig full = samples::fullConfig();
        QVERIFY(!full.network.wifi.passphrase.isEmpty()); // the caller hands secrets over
        QVERIFY(store.save(u"cold room"_qs, u"chiller feeds"_qs, full).ok());
        const QByteArray bytes = samples::everyFileIn(m_dir->path());
        QVERIFY(bytes.contains("Werkstatt-Z")); // the grep reads the stored rows (main file or log)
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!bytes.contains(secret), secret.constData());
        const config::NetworkConfig network = store.load(u"cold room"_qs).value().config.network;
        QVERIFY(network.wifi.passphrase.isEmpty() && !network.wifi.passphraseSet);
        QVERIFY(network.lorawan.appKey.isEmpty() && !network.lorawan.appKeySet);
        QVERIFY(network.cellular.password.isEmpty() && !network.cellular.passwordSet);
    }

    void roundTrip()
    {
        TemplateStore store(*m_database);
        const config::DeviceConfig full = samples::fullConfig();
        QVERIFY(store.save(u"b-template"_qs, u"second"_qs, config::factoryDefaultConfig()).ok());
        QVERIFY(store.save(u"a-template"_qs, u"Kälte, Halle B"_qs, full).ok());
        const ConfigTemplate loaded = store.load(u"a-template"_qs).value();
        QCOMPARE(loaded.name, u"a-template"_qs);
        QCOMPARE(loaded.description, u"Kälte, Halle B"_qs);
        QCOMPARE(loaded.config, TemplateStore::generalize(full));
        QVERIFY(loaded.createdAt.isValid());
        QCOMPARE(loaded.createdAt.timeSpec(), Qt::UTC);
        const QList<ConfigTemplate> all = store.list().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0], loaded);
        QCOMPARE(all[1].name, u"b-template"_qs);
    }

    void generalizeKeepsOnlyWhatRepeats()
    {
        const config::DeviceConfig full = samples::fullConfig();
        const config::DeviceConfig general = TemplateStore::generalize(full);
        QVERIFY(general.installation.site.isEmpty() && general.installation.panel.isEmpty());
        QVERIFY(general.installation.circuit.isEmpty() && general.installation.notes.isEmpty());
        QCOMPARE(general.installation.point, full.installation.point);
        QVERIFY(general.network.lorawan.devEui.isEmpty());
        QCOMPARE(general.network.lorawan.joinEui, full.network.lorawan.joinEui);
        QVERIFY(general.network.wifi.ipv4.address.isEmpty());
        QCOMPARE(general.network.wifi.ipv4.gateway, full.network.wifi.ipv4.gateway);
        for (const config::DigitalInputConfig& input : general.inputs.digitalInputs) {
            for (const config::Ds18b20Sensor& sensor : input.ds18b20.sensors)
                QVERIFY(sensor.romCode.isEmpty());
        }
        QCOMPARE(general.inputs.digitalInputs[2].ds18b20.sensors[0].name, u"Kühlraum 1 Luft"_qs);
        QCOMPARE(general.metering, full.metering);
        QCOMPARE(general.gps, full.gps);
    }

    void nextModuleIsPlacedWhereTheUserSays()
    {
        TemplateStore store(*m_database);
        QVERIFY(store.save(u"t"_qs, {}, samples::fullConfig()).ok());
        const CircuitPlace place { u"Plant 3"_qs, u"SD-3.1"_qs, u"Q7"_qs };
        const config::DeviceConfig next = TemplateStore::forNextModule(store.load(u"t"_qs).value(), place);
        QCOMPARE(next.installation.site, place.site);
        QCOMPARE(next.installation.panel, place.panel);
        QCOMPARE(next.installation.circuit, place.circuit);
        QCOMPARE(next.metering, samples::fullConfig().metering);
        QVERIFY(next.network.wifi.passphrase.isEmpty());
        QVERIFY(next.network.lorawan.devEui.isEmpty());
    }

    void replaceOnlyWhenAsked()
    {
        TemplateStore store(*m_database);
        QVERIFY(store.save(u"t"_qs, u"first"_qs, config::factoryDefaultConfig()).ok());
        const Result<void> again = store.save(u"t"_qs, u"second"_qs, samples::fullConfig());
        QVERIFY(!again.ok());
        QVERIFY(again.error().detail.contains(u"already a template"_qs));
        QCOMPARE(store.load(u"t"_qs).value().description, u"first"_qs);
        QVERIFY(store.save(u"t"_qs, u"second"_qs, samples::fullConfig(), true).ok());
        QCOMPARE(store.load(u"t"_qs).value().description, u"second"_qs);
        QCOMPARE(store.list().value().size(), 1);
    }

    void removeAndUnknown()
    {
        TemplateStore store(*m_database);
        QVERIFY(store.save(u"t"_qs, {}, config::factoryDefaultConfig()).ok());
        QVERIFY(store.remove(u"t"_qs).ok());
        const Result<void> removedTwice = store.remove(u"t"_qs);
        QVERIFY(!removedTwice.ok());
        QVERIFY(removedTwice.error().detail.contains(u"no template \"t\""_qs));
        QVERIFY(!store.load(u"t"_qs).ok());
        QVERIFY(store.list().value().isEmpty());
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("leading space") << u" cold room"_qs;
        QTest::newRow("trailing space") << u"cold room "_qs;
        QTest::newRow("too long") << QString(TemplateStore::MaxNameLength + 1, u'x');
    }

    void refusesBadNames()
    {
        QFETCH(QString, name);
        TemplateStore store(*m_database);
        const Result<void> saved = store.save(name, {}, config::factoryDefaultConfig());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::InvalidOption);
        QVERIFY(store.list().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TemplateStore)
#include "tst_templatestore.moc"
