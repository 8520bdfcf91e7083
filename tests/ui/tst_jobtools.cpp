// The job history's tools in the app, offscreen, over a real history file: a template saved from
// a recorded session (never a secret) starts the wizard for the next module; a job pack imported
// from a file shows its planned circuits in the tree, and a planned circuit pre-fills the wizard;
// a malformed pack says what is wrong and where and loses nothing stored; the job pack, the
// modules' CSV and The Things Stack's CSV are written without a secret. Files are given to the
// tools' functions directly (the buttons only ask for them).
#include "CommissionerFixture.h"
#include "HistoryView.h"
#include "JobTools.h"
#include "SessionSamples.h"
#include "storage/JobPack.h"

#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;

namespace {

/// A pack as the office writes it (docs/history.md, "Job packs").
const QByteArray kPack = R"({
  "format": "iotpro-job-pack", "format_version": 1,
  "sites": [{
    "name": "Depot South", "address": "Hafenweg 3", "notes": "",
    "network": { "wifi": { "enabled": true, "ssid": "Depot-Field", "security": "WIFI_SECURITY_WPA2_PSK" } },
    "panels": [{ "name": "MDB-1", "circuits": [{
      "name": "Feeder 7", "installation_point": "INSTALLATION_POINT_COLD_CHAIN_FEED", "notes": "",
      "metering": { "wiring": "WIRING_3P4W", "nominal_voltage_v": 230,
                    "ct_inputs": [ { "rating_a": 400 }, { "rating_a": 400 }, { "rating_a": 400 } ] } }] }]
  }]
})";

} // namespace

using samples::readFile;
using samples::writeFile;

class tst_JobTools : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Commissioner> m_app;
    qint64 m_session = 0;

    HistoryView& view() const { return *m_app->find<HistoryView>(u"historyView"_qs); }
    JobTools& tools() const { return view().tools(); }
    QString file(const QString& name) const { return m_app->stateDir.filePath(name); }

    void showHistory()
    {
        auto* tabs = m_app->find<QTabWidget>(u"mainTabs"_qs);
        tabs->setCurrentWidget(&view());
        m_app->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->window));
        view().reload();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_app = std::make_unique<Commissioner>();
        // Recorded with its secrets given: the history must drop them, and so must every file below.
        const Result<qint64> id = m_app->history.record(samples::fullSession());
        QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().toString()));
        m_session = id.value();
        showHistory();
    }

    void cleanup() { m_app.reset(); }

    void templateFromASessionStartsTheNextModule()
    {
        QVERIFY(!m_app->find<QPushButton>(u"saveTemplate"_qs)->isEnabled()); // nothing chosen yet
        QVERIFY(view().selectSession(m_session));
        QVERIFY(m_app->find<QPushButton>(u"saveTemplate"_qs)->isEnabled());
        QVERIFY2(tools().saveTemplate(u"Cold chain feed 250 A"_qs, u"Hall B rollout"_qs),
            qPrintable(tools().outcome()));
        QVERIFY(tools().outcome().contains(u"Cold chain feed 250 A"_qs));
        // The same name again is refused unless replaced, and says so.
        QVERIFY(!tools().saveTemplate(u"Cold chain feed 250 A"_qs, QString()));
        QVERIFY(tools().outcome().contains(u"already"_qs));
        QVERIFY(tools().saveTemplate(u"Cold chain feed 250 A"_qs, u"Hall B rollout"_qs, true));
        const QByteArray everything = samples::everyFileIn(m_app->stateDir.path());
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!everything.contains(secret), secret.constData());

        // The next module goes on another circuit of the same panel: the wizard starts there.
        QVERIFY(view().selectCircuit(u"Plant 2, Hall B"_qs, u"SD-2.1"_qs, u"Q14 Kälte – Chiller 1"_qs));
        QSignalSpy requested(&tools(), &JobTools::wizardRequested);
        QVERIFY(tools().startFromTemplate(u"Cold chain feed 250 A"_qs));
        QCOMPARE(requested.count(), 1);
        const config::DeviceConfig& draft = m_app->session.draft();
        const config::DeviceConfig recorded = m_app->history.session(m_session)->config;
        QCOMPARE(m_app->find<QTabWidget>(u"mainTabs"_qs)->currentWidget()->objectName(),
            u"commissioningWizard"_qs);
        QCOMPARE(m_app->session.step(), commissioning::Step::Connect);
        QCOMPARE(draft.metering, recorded.metering);
        QCOMPARE(draft.installation.site, u"Plant 2, Hall B"_qs);
        QCOMPARE(draft.installation.circuit, u"Q14 Kälte – Chiller 1"_qs);
        QCOMPARE(draft.installation.point, recorded.installation.point);
        // Secrets and the module's own fields are for the technician to enter.
        QVERIFY(draft.network.wifi.passphrase.isEmpty() && !draft.network.wifi.passphraseSet);
        QVERIFY(draft.network.lorawan.appKey.isEmpty() && !draft.network.lorawan.appKeySet);
        QVERIFY(draft.network.lorawan.devEui.isEmpty());
        QCOMPARE(draft.network.wifi.ssid, recorded.network.wifi.ssid);
    }

    void unknownTemplateSaysSo()
    {
        QVERIFY(!tools().startFromTemplate(u"Nope"_qs));
        QVERIFY(tools().outcome().contains(u"Nope"_qs));
        QCOMPARE(m_app->session.draft(), config::factoryDefaultConfig());
    }

    void importedPlanShowsAndPrefillsTheWizard()
    {
        QVERIFY(writeFile(file(u"pack.json"_qs), kPack));
        QVERIFY2(tools().importJobPack(file(u"pack.json"_qs)), qPrintable(tools().outcome()));
        QVERIFY(tools().outcome().contains(u"1 circuit"_qs));
        // The planned circuit is in the tree before any module; choosing it starts the wizard there.
        QVERIFY(!m_app->find<QPushButton>(u"startFromPlan"_qs)->isEnabled());
        QVERIFY(view().selectCircuit(u"Depot South"_qs, u"MDB-1"_qs, u"Feeder 7"_qs));
        QVERIFY(m_app->find<QPushButton>(u"startFromPlan"_qs)->isEnabled());
        QTest::mouseClick(m_app->find<QPushButton>(u"startFromPlan"_qs), Qt::LeftButton);
        const config::DeviceConfig& draft = m_app->session.draft();
        QCOMPARE(draft.installation.site, u"Depot South"_qs);
        QCOMPARE(draft.installation.panel, u"MDB-1"_qs);
        QCOMPARE(draft.installation.circuit, u"Feeder 7"_qs);
        QCOMPARE(draft.installation.point, config::InstallationPoint::ColdChainFeed);
        for (const config::CtInputConfig& ct : draft.metering.ctInputs)
            QCOMPARE(ct.ratingA, 400u);
        QVERIFY(draft.network.wifi.enabled);
        QCOMPARE(draft.network.wifi.ssid, u"Depot-Field"_qs);
        QVERIFY(draft.network.wifi.passphrase.isEmpty());
        QCOMPARE(m_app->find<QTabWidget>(u"mainTabs"_qs)->currentWidget()->objectName(),
            u"commissioningWizard"_qs);
    }

    void malformedJobPackSaysWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("a secret") << QByteArray(kPack).replace(
            R"("ssid": "Depot-Field",)", R"("ssid": "Depot-Field", "passphrase": "hunter22",)")
                                  << u"sites[0].network.wifi.passphrase"_qs;
        QTest::newRow("a misspelt key") << QByteArray(kPack).replace(
            R"("rating_a": 400 }, { "rating_a")", R"("ratng_a": 400 }, { "rating_a")")
                                        << u"sites[0].panels[0].circuits[0].metering.ct_inputs[0].ratng_a"_qs;
        QTest::newRow("not JSON") << QByteArray("sites: none") << u"JSON"_qs;
        QTest::newRow("a newer format") << QByteArray(kPack).replace(R"("format_version": 1)",
            R"("format_version": 9)") << u"format_version: This tool reads job packs of format version 1"_qs;
    }

    void malformedJobPackSaysWhatAndWhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QVERIFY(writeFile(file(u"good.json"_qs), kPack));
        QVERIFY(tools().importJobPack(file(u"good.json"_qs)));
        const storage::CircuitPlace feeder { u"Depot South"_qs, u"MDB-1"_qs, u"Feeder 7"_qs };
        const QList<storage::SiteBranch> treeBefore = m_app->history.jobTree().value();
        const config::DeviceConfig planBefore = m_app->history.plannedConfig(feeder).value();
        QVERIFY(writeFile(file(u"bad.json"_qs), bytes));
        QVERIFY(!tools().importJobPack(file(u"bad.json"_qs)));
        const QString outcome = tools().outcome();
        QVERIFY2(outcome.contains(file(u"bad.json"_qs)) && outcome.contains(where), qPrintable(outcome));
        QVERIFY2(outcome.contains(u"Nothing was imported"_qs), qPrintable(outcome));
        QVERIFY(m_app->find<QLabel>(u"jobToolsOutcome"_qs)->isVisible());
        // Nothing stored is lost or changed.
        QCOMPARE(m_app->history.jobTree().value(), treeBefore);
        QCOMPARE(m_app->history.plannedConfig(feeder).value(), planBefore);
        QVERIFY(m_app->history.session(m_session).ok());
    }

    void missingJobPackFileSaysSo()
    {
        QVERIFY(!tools().importJobPack(file(u"nowhere.json"_qs)));
        QVERIFY2(tools().outcome().contains(u"cannot be read"_qs), qPrintable(tools().outcome()));
    }

    void exportsHoldNoSecret_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("job pack") << 0 << u"\"format\": \"iotpro-job-pack\""_qs;
        QTest::newRow("commissioned modules (CSV)") << 1 << u"serial_number,site,panel"_qs;
        QTest::newRow("The Things Stack (CSV)") << 2 << u"id;dev_eui;join_eui"_qs;
    }

    void exportsHoldNoSecret()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const auto exportTo = [this, kind](const QString& path) {
            switch (kind) {
            case 0:
                return tools().exportJobPack(path);
            case 1:
                return tools().exportModules(path);
            default:
                return tools().exportThingsStack(path);
            }
        };
        const QString path = file(u"export.out"_qs);
        QVERIFY2(exportTo(path), qPrintable(tools().outcome()));
        QVERIFY(tools().outcome().contains(path));
        const QByteArray written = readFile(path);
        QVERIFY2(QString::fromUtf8(written).contains(expected), written.constData());
        QVERIFY(written.contains("EM-2404-00017") || kind == 0);
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!written.contains(secret), secret.constData());
        // A place that cannot be written: said, and nothing left behind.
        const QString unwritable = file(u"no-such-folder/export.out"_qs);
        QVERIFY(!exportTo(unwritable));
        QVERIFY2(tools().outcome().contains(u"cannot write"_qs), qPrintable(tools().outcome()));
        QVERIFY(!QFile::exists(unwritable));
    }

    void everyToolHasItsOwnMnemonic()
    {
        // Keyboard: each button of the history tab is reached by Alt+its letter, and no two share
        // one with each other or with anything always on screen (tabs, the connection panel).
        QStringList keys;
        for (const QLabel* label : m_app->window.findChildren<QLabel*>()) {
            if (label->buddy() && label->isVisibleTo(&m_app->window))
                keys.append(QKeySequence::mnemonic(label->text()).toString());
        }
        for (const QAbstractButton* button : m_app->window.findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(&m_app->window) || button->text().isEmpty())
                continue;
            const QKeySequence key = QKeySequence::mnemonic(button->text());
            if (button->parent() == &tools())
                QVERIFY2(!key.isEmpty(), qPrintable(button->text()));
            if (!key.isEmpty())
                keys.append(key.toString());
        }
        auto* tabs = m_app->find<QTabWidget>(u"mainTabs"_qs);
        for (int tab = 0; tab < tabs->count(); ++tab)
            keys.append(QKeySequence::mnemonic(tabs->tabText(tab)).toString());
        keys.removeAll(QString());
        const QStringList unique(QSet<QString>(keys.cbegin(), keys.cend()).values());
        QVERIFY2(unique.size() == keys.size(), qPrintable(keys.join(u' ')));
    }
};

QTEST_MAIN(tst_JobTools)
#include "tst_jobtools.moc"
