// Templates, job packs and exports through the real iotpro-cli (headless, with --history FILE):
// a template saved from a file full of secrets keeps none and `template show` prints a
// configuration `config apply` can read; a job pack with mistakes is refused whole with every
// problem on stderr, a good one shows up in the job tree and exports again; the CSV and The Things
// Stack exports are written; no secret appears in any output or file.
#include "../config/ConfigSamples.h"
#include "SessionSamples.h"
#include "SimProcess.h"
#include "storage/HistoryDatabase.h"
#include "storage/JobPack.h"
#include "storage/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

/// ConfigSamples' full configuration as a file to apply: with its secrets in clear (the JSON
/// writer leaves them out, so they are put back by hand, as a user would type them).
QByteArray configFileWithSecrets()
{
    const config::NetworkConfig network = samples::fullConfig().network;
    QJsonObject json = QJsonDocument::fromJson(config::toJson(samples::fullConfig())).object();
    QJsonObject net = json.value(u"network").toObject();
    QJsonObject wifi = net.value(u"wifi").toObject();
    wifi.insert(u"passphrase"_qs, network.wifi.passphrase);
    QJsonObject lorawan = net.value(u"lorawan").toObject();
    lorawan.insert(u"app_key"_qs, network.lorawan.appKey);
    QJsonObject cellular = net.value(u"cellular").toObject();
    cellular.insert(u"password"_qs, network.cellular.password);
    net.insert(u"wifi"_qs, wifi);
    net.insert(u"lorawan"_qs, lorawan);
    net.insert(u"cellular"_qs, cellular);
    json.insert(u"network"_qs, net);
    return QJsonDocument(json).toJson();
}

const QByteArray GoodPack = R"({
  "format": "iotpro-job-pack", "format_version": 1,
  "sites": [{
    "name": "Plant 3", "address": "Werkstraße 3",
    "network": {"wifi": {"enabled": true, "ssid": "IoTPro-Site", "security": "WIFI_SECURITY_WPA2_PSK"}},
    "panels": [{"name": "SD-3.1", "circuits": [
      {"name": "Q1", "installation_point": "INSTALLATION_POINT_SUB_DISTRIBUTION",
       "metering": {"wiring": "WIRING_3P4W", "ct_inputs": [{"rating_a": 400}, {"rating_a": 400}, {"rating_a": 400}]}},
      {"name": "Q2", "metering": {"wiring": "WIRING_1P", "ct_inputs": [{"rating_a": 63}]}}
    ]}]
  }]
})";

/// Two mistakes: a CT rating of 0 and a Wi-Fi passphrase.
QByteArray badPack()
{
    QByteArray pack = GoodPack;
    pack.replace(R"({"rating_a": 63})", R"({"rating_a": 0})");
    pack.replace(R"("ssid": "IoTPro-Site")", R"("ssid": "IoTPro-Site", "passphrase": "commission-me")");
    return pack;
}

} // namespace

using samples::readFile;
using samples::writeFile;

class tst_HistoryToolsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_history;
    /// Everything the CLI printed, for the secret grep at the end.
    QString m_printed;

    ProgramRun cli(const QString& history, QStringList args)
    {
        args.prepend(history);
        args.prepend(u"--history"_qs);
        const ProgramRun run = runProgram(binaryPath(u"iotpro-cli"_qs), args, 15000, headlessEnvironment());
        m_printed += run.out + run.err;
        return run;
    }

    ProgramRun cli(const QStringList& args) { return cli(m_history, args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"history"_qs));
        m_history = m_dir.filePath(u"history/jobs.sqlite"_qs);
        auto database = HistoryDatabase::open(m_history);
        QVERIFY(database.ok());
        QCOMPARE(SessionStore(*database.value()).save(samples::fullSession()).value(), 1);
        QVERIFY(writeFile(m_dir.filePath(u"full.json"_qs), configFileWithSecrets()));
    }

    void templateLifecycle()
    {
        const ProgramRun saved = cli({ u"history"_qs, u"template"_qs, u"save"_qs, u"cold room"_qs,
            u"--file"_qs, m_dir.filePath(u"full.json"_qs), u"--description"_qs, u"chiller feeds"_qs });
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const ProgramRun list = cli({ u"history"_qs, u"template"_qs, u"list"_qs, u"--json"_qs });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray templates = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(
            templates[0].toObject().keys(), (QStringList { u"created"_qs, u"description"_qs, u"name"_qs }));
        QCOMPARE(templates[0].toObject().value(u"description"_qs).toString(), u"chiller feeds"_qs);

        const ProgramRun shown = cli({ u"history"_qs, u"template"_qs, u"show"_qs, u"cold room"_qs,
            u"--site"_qs, u"Plant 3"_qs, u"--panel"_qs, u"SD-3.1"_qs, u"--circuit"_qs, u"Q9"_qs });
        QCOMPARE(shown.exitCode, 0);
        const config::ReadResult<config::DeviceConfig> next = config::fromJson(shown.out.toUtf8());
        QVERIFY2(next.ok(), qPrintable(shown.out));
        QCOMPARE(next->installation.site, u"Plant 3"_qs);
        QCOMPARE(next->installation.circuit, u"Q9"_qs);
        QCOMPARE(next->metering, samples::fullConfig().metering);
        QVERIFY(next->network.lorawan.devEui.isEmpty());

        const QStringList again { u"history"_qs, u"template"_qs, u"save"_qs, u"cold room"_qs, u"--file"_qs,
            m_dir.filePath(u"full.json"_qs) };
        QCOMPARE(cli(again).exitCode, 1);
        QCOMPARE(cli(again + QStringList { u"--replace"_qs }).exitCode, 0);
        QCOMPARE(cli({ u"history"_qs, u"template"_qs, u"delete"_qs, u"cold room"_qs }).exitCode, 0);
        const ProgramRun gone = cli({ u"history"_qs, u"template"_qs, u"show"_qs, u"cold room"_qs });
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(u"no template \"cold room\""_qs), qPrintable(gone.err));
    }

    void templateFromASession()
    {
        QCOMPARE(
            cli({ u"history"_qs, u"template"_qs, u"save"_qs, u"from session"_qs, u"--session"_qs, u"1"_qs })
                .exitCode,
            0);
        const ProgramRun shown = cli({ u"history"_qs, u"template"_qs, u"show"_qs, u"from session"_qs });
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(config::fromJson(shown.out.toUtf8())->metering, samples::fullConfig().metering);
    }

    void templateUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no source") << QStringList { u"template"_qs, u"save"_qs, u"x"_qs };
        QTest::newRow("two sources") << QStringList { u"template"_qs, u"save"_qs, u"x"_qs, u"--session"_qs,
            u"1"_qs, u"--file"_qs, u"f.json"_qs };
        QTest::newRow("no name") << QStringList { u"template"_qs, u"show"_qs };
        QTest::newRow("unknown action") << QStringList { u"template"_qs, u"apply"_qs, u"x"_qs };
        QTest::newRow("jobpack without file") << QStringList { u"jobpack"_qs, u"import"_qs };
        QTest::newRow("jobpack show without place") << QStringList { u"jobpack"_qs, u"show"_qs };
        QTest::newRow("export without format") << QStringList { u"export"_qs };
    }

    void templateUsage()
    {
        QFETCH(QStringList, args);
        const ProgramRun run = cli(QStringList { u"history"_qs } + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void jobPackImportIsValidatedAndWhole()
    {
        const QString history = m_dir.filePath(u"history/field.sqlite"_qs);
        QVERIFY(writeFile(m_dir.filePath(u"bad-pack.json"_qs), badPack()));
        const ProgramRun refused = cli(
            history, { u"history"_qs, u"jobpack"_qs, u"import"_qs, m_dir.filePath(u"bad-pack.json"_qs) });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"sites[0].network.wifi.passphrase"_qs), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"sites[0].panels[0].circuits[1].metering.ct_inputs[0].rating_a"_qs),
            qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"Nothing was imported"_qs));
        const ProgramRun empty = cli(history, { u"history"_qs, u"tree"_qs, u"--json"_qs });
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);

        QVERIFY(writeFile(m_dir.filePath(u"pack.json"_qs), GoodPack));
        const ProgramRun imported
            = cli(history, { u"history"_qs, u"jobpack"_qs, u"import"_qs, m_dir.filePath(u"pack.json"_qs) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const ProgramRun tree = cli(history, { u"history"_qs, u"tree"_qs, u"--json"_qs });
        const QJsonArray sites = QJsonDocument::fromJson(tree.out.toUtf8()).array();
        QCOMPARE(sites.size(), 1);
        const QJsonArray circuits
            = sites[0].toObject().value(u"panels").toArray()[0].toObject().value(u"circuits").toArray();
        QCOMPARE(circuits.size(), 2);
        const QJsonObject q1 = circuits[0].toObject();
        QCOMPARE(q1.value(u"name").toString(), u"Q1"_qs);
        QCOMPARE(q1.value(u"planned").toBool(), true);
        QVERIFY(q1.value(u"last_result").isNull());
        QCOMPARE(q1.value(u"installation_point").toString(), u"INSTALLATION_POINT_SUB_DISTRIBUTION"_qs);

        const ProgramRun planned = cli(history,
            { u"history"_qs, u"jobpack"_qs, u"show"_qs, u"--site"_qs, u"Plant 3"_qs, u"--panel"_qs,
                u"SD-3.1"_qs, u"--circuit"_qs, u"Q2"_qs });
        QCOMPARE(planned.exitCode, 0);
        const config::ReadResult<config::DeviceConfig> config = config::fromJson(planned.out.toUtf8());
        QVERIFY(config.ok());
        QCOMPARE(config->metering.wiring, config::Wiring::SinglePhase);
        QCOMPARE(config->metering.ctInputs[0].ratingA, 63u);
        QCOMPARE(config->network.wifi.ssid, u"IoTPro-Site"_qs);

        const QString exported = m_dir.filePath(u"exported-pack.json"_qs);
        QCOMPARE(cli(history, { u"history"_qs, u"jobpack"_qs, u"export"_qs, exported }).exitCode, 0);
        const jobpack::ReadOutcome again = jobpack::read(readFile(exported));
        QVERIFY(again.ok());
        QCOMPARE(again.pack, jobpack::read(GoodPack).pack);
    }

    void exportsAreWritten()
    {
        const QString csv = m_dir.filePath(u"exports/modules.csv"_qs);
        const QString tts = m_dir.filePath(u"exports/tts.csv"_qs);
        QVERIFY(QDir(m_dir.path()).mkpath(u"exports"_qs));
        const ProgramRun run = cli({ u"history"_qs, u"export"_qs, u"--csv"_qs, csv, u"--tts"_qs, tts });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"app_key"_qs));
        QVERIFY(readFile(csv).startsWith("serial_number,site,panel,circuit,"));
        QCOMPARE(readFile(csv).count("\r\n"), 2);
        QVERIFY(readFile(tts).startsWith("id;dev_eui;join_eui;"));
        QVERIFY(readFile(tts).contains("em-2404-00017;70B3D57ED0051234;"));
    }

    void noSecretAnywhere()
    {
        // Last: every file of this test (histories, logs, exports, packs; not the input file
        // full.json, which holds the secrets on purpose) and everything the CLI printed.
        QVERIFY(QFile::remove(m_dir.filePath(u"full.json"_qs)));
        QByteArray all = m_printed.toUtf8();
        for (const QString& sub : { QString(), u"history"_qs, u"exports"_qs })
            all += samples::everyFileIn(m_dir.filePath(sub));
        QVERIFY(all.contains("EM-2404-00017"));
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!all.contains(secret), secret.constData());
        // The refused pack's passphrase is named by its path, never echoed.
        QVERIFY(!m_printed.contains(u"commission-me"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryToolsCli)
#include "tst_historytoolscli.moc"
