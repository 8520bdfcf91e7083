// Job packs: the file format is read with every problem named by its path, secrets and fields of
// one device are refused, an import is all or nothing (a failure injected in the real database
// half-way leaves nothing), planned circuits show up in the job tree beside commissioned ones, and
// a pack exported from the history reads back to the same plan.
#include "SessionSamples.h"
#include "storage/HistoryDatabase.h"
#include "storage/JobPackStore.h"
#include "storage/SessionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

QJsonObject circuit(const QString& name, const QJsonObject& metering)
{
    return { { u"name"_qs, name }, { u"installation_point"_qs, u"INSTALLATION_POINT_COLD_CHAIN_FEED"_qs },
        { u"notes"_qs, u"behind the busbar cover"_qs }, { u"metering"_qs, metering } };
}

/// A valid pack: one site with a network plan and two panels; CT inputs given by rating and
/// direction only, the rest left to the factory values.
QJsonObject validPack()
{
    const QJsonObject metering { { u"wiring"_qs, u"WIRING_3P4W"_qs }, { u"nominal_voltage_v"_qs, 230 },
        { u"ct_inputs"_qs,
            QJsonArray {
                QJsonObject { { u"rating_a"_qs, 250 }, { u"direction"_qs, u"CT_DIRECTION_TOWARDS_LOAD"_qs } },
                QJsonObject { { u"rating_a"_qs, 250 } },
                QJsonObject {
                    { u"rating_a"_qs, 250 }, { u"direction"_qs, u"CT_DIRECTION_TOWARDS_SUPPLY"_qs } } } } };
    const QJsonObject network { { u"wifi"_qs,
                                    QJsonObject { { u"enabled"_qs, true }, { u"ssid"_qs, u"IoTPro-Site"_qs },
                                        { u"security"_qs, u"WIFI_SECURITY_WPA2_PSK"_qs } } },
        { u"lorawan"_qs,
            QJsonObject { { u"enabled"_qs, true }, { u"region"_qs, u"LORAWAN_REGION_EU868"_qs },
                { u"join_eui"_qs, u"70B3D57ED0000001"_qs } } } };
    const QJsonObject site { { u"name"_qs, u"Plant 2, Hall B"_qs }, { u"address"_qs, u"Werkstraße 1"_qs },
        { u"network"_qs, network },
        { u"panels"_qs,
            QJsonArray {
                QJsonObject { { u"name"_qs, u"SD-2.1"_qs },
                    { u"circuits"_qs,
                        QJsonArray { circuit(u"Q14"_qs, metering), circuit(u"Q15"_qs, metering) } } },
                QJsonObject { { u"name"_qs, u"SD-2.2"_qs }, { u"circuits"_qs, QJsonArray {} } } } } };
    return { { u"format"_qs, u"iotpro-job-pack"_qs }, { u"format_version"_qs, 1 },
        { u"sites"_qs, QJsonArray { site } } };
}

QByteArray bytes(const QJsonObject& json)
{
    return QJsonDocument(json).toJson();
}

/// `json` with the value at `path` (keys and list indices) replaced by `value`, or removed when
/// `value` is undefined.
QJsonValue edited(const QJsonValue& json, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = json.toArray();
        array.replace(index, edited(array.at(index), path, value));
        return array;
    }
    QJsonObject object = json.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object.insert(step, edited(object.value(step), path, value));
    return object;
}

QString scalar(QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class tst_JobPack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryDatabase> m_database;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Result<std::unique_ptr<HistoryDatabase>> database
            = HistoryDatabase::open(m_dir.filePath(u"h%1.sqlite"_qs.arg(++m_files)));
        QVERIFY(database.ok());
        m_database = std::move(database).value();
    }

    void cleanup() { m_database.reset(); }

    void readsAPlan()
    {
        const jobpack::ReadOutcome read = jobpack::read(bytes(validPack()));
        QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
        QCOMPARE(read.pack.sites.size(), 1);
        const JobSite& site = read.pack.sites[0];
        QCOMPARE(site.address, u"Werkstraße 1"_qs);
        QVERIFY(site.network.has_value());
        QCOMPARE(site.network->wifi.ssid, u"IoTPro-Site"_qs);
        QCOMPARE(site.network->lorawan.joinEui, u"70B3D57ED0000001"_qs);
        QCOMPARE(site.panels.size(), 2);
        const JobCircuit& q14 = site.panels[0].circuits[0];
        QCOMPARE(q14.installationPoint, config::InstallationPoint::ColdChainFeed);
        QVERIFY(q14.metering.has_value());
        QCOMPARE(q14.metering->ctInputs[0].ratingA, 250u);
        QCOMPARE(q14.metering->ctInputs[2].direction, config::CtDirection::TowardsSupply);
        // What the pack leaves out keeps the factory value.
        const config::MeteringConfig factory = config::factoryDefaultConfig().metering;
        QCOMPARE(q14.metering->ctInputs[1].direction, factory.ctInputs[1].direction);
        QCOMPARE(q14.metering->ctInputs[1].secondary, factory.ctInputs[1].secondary);
        QCOMPARE(q14.metering->nominalFrequencyHz, factory.nominalFrequencyHz);
    }

    void refusesWithThePath_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("issuePath");
        QTest::addColumn<QString>("says");
        const QString circuit0 = u"sites.0.panels.0.circuits.0"_qs;
        QTest::newRow("not a job pack") << QStringList { u"format"_qs } << QJsonValue(u"iotpro-config"_qs)
                                        << u"format"_qs << u"not a job pack"_qs;
        QTest::newRow("newer version") << QStringList { u"format_version"_qs } << QJsonValue(2)
                                       << u"format_version"_qs << u"Update the tool"_qs;
        QTest::newRow("unknown key") << QStringList { u"sites"_qs, u"0"_qs, u"adress"_qs }
                                     << QJsonValue(u"x"_qs) << u"sites[0].adress"_qs << u"no such field"_qs;
        QTest::newRow("site without name") << QStringList { u"sites"_qs, u"0"_qs, u"name"_qs } << QJsonValue()
                                           << u"sites[0].name"_qs << u"Enter a name"_qs;
        QTest::newRow("circuit twice") << (circuit0.split(u'.') << u"name"_qs) << QJsonValue(u"Q15"_qs)
                                       << u"sites[0].panels[0].circuits[1].name"_qs << u"appears twice"_qs;
        QTest::newRow("bad installation point")
            << (circuit0.split(u'.') << u"installation_point"_qs) << QJsonValue(u"BASEMENT"_qs)
            << u"sites[0].panels[0].circuits[0].installation_point"_qs << u"not an installation point"_qs;
        QTest::newRow("bad wiring") << (circuit0.split(u'.') << u"metering"_qs << u"wiring"_qs)
                                    << QJsonValue(u"WIRING_4P"_qs)
                                    << u"sites[0].panels[0].circuits[0].metering.wiring"_qs
                                    << u"WIRING_3P4W"_qs;
        QTest::newRow("CT rating out of range")
            << (circuit0.split(u'.') << u"metering"_qs << u"ct_inputs"_qs << u"0"_qs << u"rating_a"_qs)
            << QJsonValue(0) << u"sites[0].panels[0].circuits[0].metering.ct_inputs[0].rating_a"_qs
            << QString();
        QTest::newRow("a passphrase")
            << QStringList { u"sites"_qs, u"0"_qs, u"network"_qs, u"wifi"_qs, u"passphrase"_qs }
            << QJsonValue(u"commission-me"_qs) << u"sites[0].network.wifi.passphrase"_qs << u"no secrets"_qs;
        QTest::newRow("an AppKey") << QStringList { u"sites"_qs, u"0"_qs, u"network"_qs, u"lorawan"_qs,
            u"app_key"_qs } << QJsonValue(u"2B7E151628AED2A6ABF7158809CF4F3C"_qs)
                                   << u"sites[0].network.lorawan.app_key"_qs << u"no secrets"_qs;
        QTest::newRow("a DevEUI") << QStringList { u"sites"_qs, u"0"_qs, u"network"_qs, u"lorawan"_qs,
            u"dev_eui"_qs } << QJsonValue(u"70B3D57ED005E3A1"_qs)
                                  << u"sites[0].network.lorawan.dev_eui"_qs << u"one module"_qs;
        QTest::newRow("a network rule")
            << QStringList { u"sites"_qs, u"0"_qs, u"network"_qs, u"wifi"_qs, u"ssid"_qs }
            << QJsonValue(QString(40, u'x')) << u"sites[0].network.wifi.ssid"_qs << QString();
        QTest::newRow("panels not a list") << QStringList { u"sites"_qs, u"0"_qs, u"panels"_qs }
                                           << QJsonValue(3) << u"sites[0].panels"_qs << u"list"_qs;
    }

    void refusesWithThePath()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, issuePath);
        QFETCH(QString, says);
        const jobpack::ReadOutcome read = jobpack::read(bytes(edited(validPack(), path, value).toObject()));
        QVERIFY(!read.ok());
        QStringList found;
        for (const config::ValidationIssue& issue : read.issues)
            found.append(issue.toString());
        const auto match = std::find_if(read.issues.begin(), read.issues.end(),
            [&](const config::ValidationIssue& issue) { return issue.fieldPath == issuePath; });
        QVERIFY2(match != read.issues.end(), qPrintable(found.join(u" | ")));
        QVERIFY2(match->message.contains(says), qPrintable(match->message));
    }

    void reportsEveryProblemAtOnce()
    {
        const QStringList wifi { u"sites"_qs, u"0"_qs, u"network"_qs, u"wifi"_qs };
        QJsonValue pack = edited(validPack(), { u"sites"_qs, u"0"_qs, u"address"_qs }, QJsonValue(7));
        pack = edited(pack, wifi + QStringList { u"passphrase"_qs }, QJsonValue(u"commission-me"_qs));
        pack = edited(pack, wifi + QStringList { u"ssid"_qs }, QJsonValue(QString(40, u'x')));
        pack = edited(pack, { u"sites"_qs, u"0"_qs, u"panels"_qs, u"1"_qs, u"name"_qs }, QJsonValue(u""_qs));
        const jobpack::ReadOutcome read = jobpack::read(bytes(pack.toObject()));
        QStringList paths;
        for (const config::ValidationIssue& issue : read.issues)
            paths.append(issue.fieldPath);
        QCOMPARE(paths,
            (QStringList { u"sites[0].address"_qs, u"sites[0].network.wifi.passphrase"_qs,
                u"sites[0].network.wifi.ssid"_qs, u"sites[0].panels[1].name"_qs }));
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("sites: none");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("cut short") << bytes(validPack()).left(200);
        QTest::newRow("no sites") << QByteArray(
            R"({"format": "iotpro-job-pack", "format_version": 1, "sites": []})");
    }

    void refusesGarbage()
    {
        QFETCH(QByteArray, file);
        QVERIFY(!jobpack::read(file).ok());
    }

    void importThenTreeShowsPlannedCircuits()
    {
        JobPackStore store(*m_database);
        const jobpack::ReadOutcome read = jobpack::read(bytes(validPack()));
        QVERIFY(store.importPack(read.pack).ok());
        QVERIFY(SessionStore(*m_database).save(samples::fullSession()).ok());
        const JobPack tree = store.tree().value();
        QCOMPARE(tree.sites.size(), 1); // fullSession() was recorded at the same site
        const JobSite& site = tree.sites[0];
        QCOMPARE(site.panels.size(), 2); // and in the same panel
        QCOMPARE(site.panels[0].name, u"SD-2.1"_qs);
        QCOMPARE(site.panels[0].circuits.size(), 3); // Q14, "Q14 Kälte – Chiller 1", Q15 by name
        const JobCircuit& planned = site.panels[0].circuits[0];
        QCOMPARE(planned.name, u"Q14"_qs);
        QVERIFY(planned.metering.has_value());
        QVERIFY(planned.moduleSerial.isEmpty());
        QVERIFY(!planned.lastResult.has_value());
        const JobCircuit& commissioned = site.panels[0].circuits[1];
        QCOMPARE(commissioned.name, samples::fullSession().config.installation.circuit);
        QVERIFY(!commissioned.metering.has_value());
        QCOMPARE(commissioned.moduleSerial, u"EM-2404-00017"_qs);
        QCOMPARE(commissioned.lastResult, std::optional<SessionResult>(SessionResult::Warnings));
        QCOMPARE(site.panels[1].name, u"SD-2.2"_qs);
        QVERIFY(site.panels[1].circuits.isEmpty());
    }

    void exportReadsBackToThePlan()
    {
        JobPackStore store(*m_database);
        const JobPack pack = jobpack::read(bytes(validPack())).pack;
        QVERIFY(store.importPack(pack).ok());
        const QByteArray exported = jobpack::toJson(store.tree().value());
        const jobpack::ReadOutcome again = jobpack::read(exported);
        QVERIFY2(again.ok(), qPrintable(again.issues.value(0).toString()));
        QCOMPARE(again.pack, pack);
    }

    void importIsAllOrNothing()
    {
        // A real failure half-way: the database itself refuses the second panel's circuits.
        QSqlQuery trigger(m_database->connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON circuits WHEN NEW.name = 'Q15' "
                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_qs));
        JobPackStore store(*m_database);
        const Result<void> imported = store.importPack(jobpack::read(bytes(validPack())).pack);
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().detail.contains(u"Nothing of it was stored"_qs));
        QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM sites"_qs), u"0"_qs);
        QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM panels"_qs), u"0"_qs);
        QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM circuits"_qs), u"0"_qs);
    }

    void plannedConfigStartsFromThePlan()
    {
        JobPackStore store(*m_database);
        QVERIFY(store.importPack(jobpack::read(bytes(validPack())).pack).ok());
        const Result<config::DeviceConfig> planned
            = store.plannedConfig({ u"Plant 2, Hall B"_qs, u"SD-2.1"_qs, u"Q15"_qs });
        QVERIFY(planned.ok());
        QCOMPARE(planned->installation.circuit, u"Q15"_qs);
        QCOMPARE(planned->installation.notes, u"behind the busbar cover"_qs);
        QCOMPARE(planned->metering.ctInputs[2].direction, config::CtDirection::TowardsSupply);
        QCOMPARE(planned->network.wifi.ssid, u"IoTPro-Site"_qs);
        QVERIFY(planned->network.wifi.passphrase.isEmpty());
        QVERIFY(!store.plannedConfig({ u"Plant 2, Hall B"_qs, u"SD-2.1"_qs, u"Q99"_qs }).ok());
    }
};

QTEST_GUILESS_MAIN(tst_JobPack)
#include "tst_jobpack.moc"
