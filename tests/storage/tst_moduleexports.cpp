// The exports of commissioned modules: RFC 4180 quoting, the CSV of modules with exactly the
// latest written session of each module whatever the locale, The Things Stack's import header and
// rows (only LoRaWAN devices, app_key empty), its device ids and frequency plans, and no secret in
// any export.
#include "SessionSamples.h"
#include "config/ConfigHash.h"
#include "storage/Csv.h"
#include "storage/HistoryDatabase.h"
#include "storage/ModuleExports.h"
#include "storage/SessionStore.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

/// fullSession() on another module, without LoRaWAN, at a site whose name needs quoting.
SessionRecord secondModule()
{
    SessionRecord record = samples::fullSession();
    record.uuid = QUuid(u"11111111-2222-4333-8444-555555555555"_qs);
    record.module.serialNumber = u"EM-2404-00018"_qs;
    record.config.network.lorawan.enabled = false;
    record.config.installation.site = u"Hall \"B\"\nNorth"_qs;
    record.written->serialNumber = record.module.serialNumber;
    return record;
}

QString hexHash(const SessionRecord& record)
{
    return QString::fromLatin1(config::configHash(config::withoutSecrets(record.config)).toHex());
}

} // namespace

class tst_ModuleExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryDatabase> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<HistoryDatabase>> database
            = HistoryDatabase::open(m_dir.filePath(u"h.sqlite"_qs));
        QVERIFY(database.ok());
        m_database = std::move(database).value();
        SessionStore store(*m_database);
        SessionRecord earlier = samples::fullSession();
        earlier.uuid = QUuid(u"99999999-2222-4333-8444-555555555555"_qs);
        earlier.startedAt = earlier.startedAt.addDays(-30);
        earlier.written->counter = 2;
        for (const SessionRecord& record :
            { earlier, samples::fullSession(), secondModule(), samples::failedApply() })
            QVERIFY(store.save(record).ok());
    }

    void cleanupTestCase() { m_database.reset(); }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"EM-2404-00017"_qs << QChar(u',') << u"EM-2404-00017"_qs;
        QTest::newRow("empty") << QString() << QChar(u',') << QString();
        QTest::newRow("not ASCII") << u"Kälte – Chiller"_qs << QChar(u',') << u"Kälte – Chiller"_qs;
        QTest::newRow("comma") << u"Plant 2, Hall B"_qs << QChar(u',') << u"\"Plant 2, Hall B\""_qs;
        QTest::newRow("comma in semicolon file")
            << u"Plant 2, Hall B"_qs << QChar(u';') << u"Plant 2, Hall B"_qs;
        QTest::newRow("semicolon") << u"a;b"_qs << QChar(u';') << u"\"a;b\""_qs;
        QTest::newRow("quotes") << u"Hall \"B\""_qs << QChar(u',') << u"\"Hall \"\"B\"\"\""_qs;
        QTest::newRow("line feed") << u"two\nlines"_qs << QChar(u',') << u"\"two\nlines\""_qs;
        QTest::newRow("carriage return") << u"cr\r"_qs << QChar(u',') << u"\"cr\r\""_qs;
    }

    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QChar, delimiter);
        QFETCH(QString, written);
        QCOMPARE(csv::field(value, delimiter), written);
    }

    void modulesCsvWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QList<CommissionedModule> modules = CommissionedModules::find(*m_database).value();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(modules.size(), 2); // the failed apply wrote nothing: not commissioned
        const SessionRecord first = samples::fullSession();
        const SessionRecord second = secondModule();
        const QString expected
            = u"serial_number,site,panel,circuit,installation_point,commissioned_utc,result,"
              "config_sha256,config_counter,signer_fingerprint\r\n"_qs
            + u"EM-2404-00017,\"Plant 2, Hall B\",SD-2.1,Q14 Kälte – Chiller "
              u"1,INSTALLATION_POINT_COLD_CHAIN_FEED,"
              "2024-05-01T12:04:15.500Z,warnings,%1,5,%2\r\n"_qs.arg(
                  hexHash(first), first.written->signerFingerprint)
            + u"EM-2404-00018,\"Hall \"\"B\"\"\nNorth\",SD-2.1,Q14 Kälte – Chiller "
              u"1,INSTALLATION_POINT_COLD_CHAIN_FEED,"
              "2024-05-01T12:04:15.500Z,warnings,%1,5,%2\r\n"_qs.arg(
                  hexHash(second), second.written->signerFingerprint);
        QCOMPARE(QString::fromUtf8(exports::modulesCsv(modules)), expected);
    }

    void onlyOneSite()
    {
        const QList<CommissionedModule> modules
            = CommissionedModules::find(*m_database, u"Plant 2, Hall B"_qs).value();
        QCOMPARE(modules.size(), 1);
        QCOMPARE(modules[0].serialNumber, u"EM-2404-00017"_qs);
        QVERIFY(CommissionedModules::find(*m_database, u"Nowhere"_qs).value().isEmpty());
    }

    void thingsStackHeaderAndRows()
    {
        const QByteArray file = exports::thingsStackCsv(CommissionedModules::find(*m_database).value());
        const QString expected
            = u"id;dev_eui;join_eui;name;description;frequency_plan_id;supports_class_c;app_key\r\n"
              "em-2404-00017;70B3D57ED0051234;70B3D57ED0000001;Plant 2, Hall B / SD-2.1 / Q14 Kälte – "
              "Chiller 1;IoT Pro Energy Module EM-2404-00017;US_902_928_FSB_2;true;\r\n"_qs;
        QCOMPARE(QString::fromUtf8(file), expected);
    }

    void noSecretInAnyExport()
    {
        const QList<CommissionedModule> modules = CommissionedModules::find(*m_database).value();
        const QByteArray all = exports::modulesCsv(modules) + exports::thingsStackCsv(modules);
        QVERIFY(all.contains("EM-2404-00017"));
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!all.contains(secret), secret.constData());
    }

    void deviceIds_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("id");
        QTest::newRow("serial") << u"EM-2404-00017"_qs << u"em-2404-00017"_qs;
        QTest::newRow("spaces and slashes") << u"EM 2404//17"_qs << u"em-2404-17"_qs;
        QTest::newRow("edges") << u"_EM-1_"_qs << u"em-1"_qs;
        QTest::newRow("too long") << QString(40, u'A') << QString(36, u'a');
    }

    void deviceIds()
    {
        QFETCH(QString, serial);
        QFETCH(QString, id);
        QCOMPARE(exports::thingsStackDeviceId(serial), id);
    }

    void frequencyPlans_data()
    {
        QTest::addColumn<config::LorawanRegion>("region");
        QTest::addColumn<quint32>("subBand");
        QTest::addColumn<QString>("plan");
        QTest::newRow("EU868") << config::LorawanRegion::Eu868 << 0u << u"EU_863_870"_qs;
        QTest::newRow("US915 FSB2") << config::LorawanRegion::Us915 << 2u << u"US_902_928_FSB_2"_qs;
        QTest::newRow("US915 no sub-band") << config::LorawanRegion::Us915 << 0u << QString();
        QTest::newRow("AU915 FSB8") << config::LorawanRegion::Au915 << 8u << u"AU_915_928_FSB_8"_qs;
        QTest::newRow("AS923-1") << config::LorawanRegion::As923_1 << 0u << u"AS_923"_qs;
        QTest::newRow("AS923-4") << config::LorawanRegion::As923_4 << 0u << u"AS_923_4"_qs;
        QTest::newRow("IN865") << config::LorawanRegion::In865 << 0u << u"IN_865_867"_qs;
        QTest::newRow("KR920") << config::LorawanRegion::Kr920 << 0u << u"KR_920_923_TTN"_qs;
    }

    void frequencyPlans()
    {
        QFETCH(config::LorawanRegion, region);
        QFETCH(quint32, subBand);
        QFETCH(QString, plan);
        QCOMPARE(exports::frequencyPlanId(region, subBand), plan);
    }
};

QTEST_GUILESS_MAIN(tst_ModuleExports)
#include "tst_moduleexports.moc"
