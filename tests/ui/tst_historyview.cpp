// The job history in the app, offscreen, over a real history file holding a few sessions: the
// tree of sites, panels, circuits, modules and sessions; the search that keeps the branches of a
// serial number, site, panel or circuit; a session's details; and the report exported from the
// view, which `report verify` accepts.
#include "HistoryView.h"
#include "JobHistory.h"
#include "JobTreeModel.h"
#include "ReportExportButtons.h"
#include "SessionSamples.h"
#include "report/ReportVerifier.h"
#include "storage/HistoryDatabase.h"
#include "storage/JobPackStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace iotpro;
using namespace iotpro::ui;
using storage::SessionRecord;

namespace {

SessionRecord elsewhere(const QString& uuid, const QString& serial, const QString& site, const QString& panel,
    const QString& circuit)
{
    SessionRecord record = samples::fullSession();
    record.uuid = QUuid(uuid);
    record.module.serialNumber = serial;
    record.config.installation.site = site;
    record.config.installation.panel = panel;
    record.config.installation.circuit = circuit;
    return record;
}

storage::JobCircuit planned(const QString& name)
{
    storage::JobCircuit circuit;
    circuit.name = name;
    return circuit;
}

QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, JobTreeModel::NameColumn, parent).data().toString());
    return names;
}

/// The sessions a (filtered) tree shows: its leaves.
int sessionCount(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, JobTreeModel::NameColumn, parent);
        count += child.data(JobTreeModel::SessionIdRole).isValid() ? 1 : sessionCount(model, child);
    }
    return count;
}

} // namespace

class tst_HistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<JobHistory>(m_dir->filePath(u"history.sqlite"_qs));
        const SessionRecord full = samples::fullSession();
        SessionRecord again = full;
        again.uuid = QUuid(u"7a000000-0000-4000-8000-000000000001"_qs);
        again.startedAt = full.startedAt.addDays(30);
        const QList<SessionRecord> records { full, again, samples::failedApply(),
            elsewhere(u"7a000000-0000-4000-8000-000000000002"_qs, u"EM-2404-00020"_qs,
                full.config.installation.site, full.config.installation.panel, u"Q15 Lighting"_qs),
            elsewhere(u"7a000000-0000-4000-8000-000000000003"_qs, u"EM-2404-00031"_qs, u"Depot North"_qs,
                u"MDB"_qs, u"Feeder 1"_qs) };
        m_ids.clear();
        for (const SessionRecord& record : records) {
            const Result<qint64> id = m_history->record(record);
            QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().toString()));
            m_ids.append(id.value());
        }
    }

    void treeOfSitesPanelsCircuitsModulesSessions()
    {
        // A job pack planned a spare circuit beside the commissioned ones, and a site not started yet.
        {
            Result<std::unique_ptr<storage::HistoryDatabase>> database
                = storage::HistoryDatabase::open(m_history->path());
            QVERIFY(database.ok());
            storage::JobPack pack;
            pack.sites = { { u"Plant 2, Hall B"_qs, {}, {}, std::nullopt,
                               { { u"SD-2.1"_qs, { planned(u"Q16 Spare"_qs) } } } },
                { u"Warehouse 9"_qs, {}, {}, std::nullopt, { { u"P1"_qs, { planned(u"C1"_qs) } } } } };
            QVERIFY(storage::JobPackStore(*database.value()).importPack(pack).ok());
        }
        JobTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(m_history->jobTree().value());

        // Sites by name; the sessions recorded without a site last.
        QCOMPARE(childNames(model),
            (QStringList { u"Depot North"_qs, u"Plant 2, Hall B"_qs, u"Warehouse 9"_qs, u"(no site)"_qs }));
        const QModelIndex plant = model.index(1, 0);
        QCOMPARE(plant.data(JobTreeModel::LevelRole).toInt(), int(JobTreeModel::Level::Site));
        QCOMPARE(childNames(model, plant), QStringList { u"SD-2.1"_qs });
        const QModelIndex panel = model.index(0, 0, plant);
        QCOMPARE(childNames(model, panel),
            (QStringList { u"Q14 Kälte – Chiller 1"_qs, u"Q15 Lighting"_qs, u"Q16 Spare"_qs }));
        QCOMPARE(model.rowCount(model.index(2, 0, panel)), 0); // planned, no module yet
        QCOMPARE(sessionCount(model, model.index(2, 0)), 0);
        const QModelIndex circuit = model.index(0, 0, panel);
        QCOMPARE(childNames(model, circuit), QStringList { u"EM-2404-00017"_qs });
        const QModelIndex module = model.index(0, 0, circuit);
        QCOMPARE(module.data(JobTreeModel::LevelRole).toInt(), int(JobTreeModel::Level::Module));

        // The module's two sessions, newest first, each with its result and origin.
        QCOMPARE(model.rowCount(module), 2);
        const QModelIndex newest = model.index(0, 0, module);
        QCOMPARE(newest.data(JobTreeModel::SessionIdRole).toLongLong(), m_ids[1]);
        QCOMPARE(model.index(1, 0, module).data(JobTreeModel::SessionIdRole).toLongLong(), m_ids[0]);
        QCOMPARE(model.rowCount(newest), 0);
        QCOMPARE(
            model.index(0, JobTreeModel::OriginColumn, module).data().toString(), u"commissioning wizard"_qs);
        QCOMPARE(model.sessionAt(newest)->moduleSerial, u"EM-2404-00017"_qs);
        QCOMPARE(model.parent(model.indexOfSession(m_ids[0])), module);

        // The failed `config apply` without a place.
        const QModelIndex nowhere = model.index(3, 0);
        const QModelIndex failedModule = model.index(0, 0, model.index(0, 0, model.index(0, 0, nowhere)));
        QCOMPARE(failedModule.data().toString(), u"EM-2404-00099"_qs);
        const QModelIndex failed = model.index(0, JobTreeModel::ResultColumn, failedModule);
        QVERIFY(failed.data().toString().contains(u"Failed"));
        QCOMPARE(model.index(0, JobTreeModel::OriginColumn, failedModule).data().toString(),
            u"command line (config apply)"_qs);
        QCOMPARE(sessionCount(model), 5);
    }

    void searchKeepsTheMatchingBranches_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<QStringList>("sites");

        const QStringList plant { u"Plant 2, Hall B"_qs };
        QTest::newRow("nothing typed")
            << QString() << 5 << QStringList { u"Depot North"_qs, u"Plant 2, Hall B"_qs, u"(no site)"_qs };
        QTest::newRow("serial") << u"EM-2404-00017"_qs << 2 << plant;
        QTest::newRow("serial, any case") << u"em-2404-00020"_qs << 1 << plant;
        QTest::newRow("part of a serial") << u"00099"_qs << 1 << QStringList { u"(no site)"_qs };
        QTest::newRow("site") << u"plant 2"_qs << 3 << plant;
        QTest::newRow("panel") << u"SD-2.1"_qs << 3 << plant;
        QTest::newRow("circuit") << u"Q15"_qs << 1 << plant;
        QTest::newRow("other site") << u"  Depot North "_qs << 1 << QStringList { u"Depot North"_qs };
        QTest::newRow("no match") << u"EM-9999"_qs << 0 << QStringList();
    }

    void searchKeepsTheMatchingBranches()
    {
        QFETCH(QString, search);
        QFETCH(int, sessions);
        QFETCH(QStringList, sites);

        HistoryView view(*m_history);
        view.show(); // read when shown
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* field = view.findChild<QLineEdit*>(u"historySearch"_qs);
        QTest::keyClicks(field, search);
        const QAbstractItemModel& shown = *view.findChild<QTreeView*>(u"historyTree"_qs)->model();
        QCOMPARE(sessionCount(shown), sessions);
        QCOMPARE(childNames(shown), sites);
        QVERIFY(view.findChild<QLabel*>(u"historyCount"_qs)->text().startsWith(QString::number(sessions)));
    }

    void exportedReportVerifies()
    {
        HistoryView view(*m_history);
        view.reload();
        QVERIFY(view.selectSession(m_ids[0]));
        QCOMPARE(view.selectedSession(), m_ids[0]);

        // The details of the chosen session.
        const SessionRecord full = samples::fullSession();
        QCOMPARE(view.findChild<QLabel*>(u"detailConfigHash"_qs)->text().remove(u' '),
            QString::fromLatin1(full.written->configHash.toHex()));
        QCOMPARE(view.findChild<QLabel*>(u"detailSigner"_qs)->text(), full.written->signerFingerprint);
        QVERIFY(view.findChild<QLabel*>(u"detailCounter"_qs)
                    ->text()
                    .startsWith(QString::number(full.written->counter)));
        QVERIFY(view.findChild<QLabel*>(u"detailLiveCheck"_qs)
                    ->text()
                    .contains(u"CT 2 faces the wrong way. (corrected in software)"));
        const QString checklist = view.findChild<QLabel*>(u"detailChecklist"_qs)->text();
        QVERIFY2(checklist.contains(u"The voltage taps are fused: NOT confirmed"_qs), qPrintable(checklist));
        QVERIFY(checklist.contains(u"\u2611 The enclosure and the panel are closed"_qs));
        QVERIFY(view.selectSession(m_ids[2])); // a failed CLI apply did not ask it
        QCOMPARE(view.findChild<QLabel*>(u"detailChecklist"_qs)->text(), u"not performed"_qs);
        QVERIFY(view.selectSession(m_ids[0]));

        // Export, with the file dialog answered as a user would.
        const QString file = m_dir->filePath(u"report.json"_qs);
        QString suggested;
        auto* buttons = view.findChild<ReportExportButtons*>();
        buttons->setFileChooser([&](QWidget*, const QString&, const QString& proposal, const QString&) {
            suggested = proposal;
            return file;
        });
        auto* exportJson = view.findChild<QPushButton*>(u"exportReportJson"_qs);
        QVERIFY(exportJson->isEnabled());
        QTest::mouseClick(exportJson, Qt::LeftButton);
        QVERIFY(suggested.endsWith(u"CR-6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.json"));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const report::Verification verification = report::ReportVerifier::verify(written.readAll());
        for (const report::VerifyCheck& check : verification.checks)
            QVERIFY2(check.passed, qPrintable(check.name + u": "_qs + check.detail));
        QVERIFY(verification.passed());
        QVERIFY(verification.signedConfiguration);
        QVERIFY(view.findChild<QLabel*>(u"exportReportOutcome"_qs)->text().contains(u"CR-6f1c2d3e"));

        // The PDF for the client, of the same report.
        const QString pdf = m_dir->filePath(u"report.pdf"_qs);
        buttons->setFileChooser([&](QWidget*, const QString&, const QString& proposal, const QString&) {
            suggested = proposal;
            return pdf;
        });
        QTest::mouseClick(view.findChild<QPushButton*>(u"exportReportPdf"_qs), Qt::LeftButton);
        QVERIFY(suggested.endsWith(u"CR-6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f.pdf"));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.readAll().startsWith("%PDF-"));

        // Nothing to export on a site row.
        view.findChild<QTreeView*>(u"historyTree"_qs)
            ->setCurrentIndex(view.findChild<QTreeView*>(u"historyTree"_qs)->model()->index(0, 0));
        QVERIFY(!exportJson->isEnabled());
        QVERIFY(!view.findChild<QPushButton*>(u"exportReportPdf"_qs)->isEnabled());
    }

    void aRecordedSessionShowsAtOnce()
    {
        HistoryView view(*m_history);
        view.show();
        const QAbstractItemModel& shown = *view.findChild<QTreeView*>(u"historyTree"_qs)->model();
        QCOMPARE(sessionCount(shown), 5);
        QVERIFY(m_history->record(elsewhere(u"7a000000-0000-4000-8000-000000000004"_qs, u"EM-2404-00040"_qs,
            u"Annex"_qs, u"P1"_qs, u"C1"_qs)));
        QCOMPARE(sessionCount(shown), 6);
        QCOMPARE(childNames(shown).first(), u"Annex"_qs);
    }

    void anUnreadableHistorySaysWhy()
    {
        // A file where the history's folder should be: it cannot be created.
        QFile blocker(m_dir->filePath(u"not-a-folder"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        JobHistory unreadable(m_dir->filePath(u"not-a-folder/history.sqlite"_qs));
        HistoryView view(unreadable);
        view.show();
        auto* problem = view.findChild<QLabel*>(u"historyProblem"_qs);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"not-a-folder"), qPrintable(problem->text()));
        QCOMPARE(sessionCount(*view.findChild<QTreeView*>(u"historyTree"_qs)->model()), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobHistory> m_history;
    QList<qint64> m_ids;
};

QTEST_MAIN(tst_HistoryView)
#include "tst_historyview.moc"
