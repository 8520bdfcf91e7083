// The app's Bench mode as the production operator uses it, against the real iotpro-sim --bench
// (the module on a real pseudo-terminal, the reference meter and the source on Modbus TCP):
// reach the tab with its mnemonic, scan a serial number (characters, then Enter, as a barcode
// scanner types), see the big PASS or FAIL, the points as they finished, the certificate, the
// CSV log and the job history record, and the batch view's yield; a wrong serial is refused
// with nothing run; an adjustment with the factory key of the app's key store.
#include "BenchPointModel.h"
#include "BenchSettings.h"
#include "CommissionerFixture.h"
#include "WizardHelpers.h"
#include "storage/CalibrationRecords.h"
#include "storage/HistoryDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;

namespace {

constexpr int kConnectTimeoutMs = 10000;
/// Three points of a few seconds each, with room for a loaded machine.
constexpr int kRunTimeoutMs = 90000;

/// A bench around a module with the given element errors (--meter-error values) and options.
bool startBench(SimProcess& sim, const QStringList& meterErrors, const QStringList& options)
{
    QStringList args = QStringList { u"--pty"_qs, u"--bench"_qs, u"--modbus-tcp"_qs, u"0"_qs } + options;
    for (const QString& error : meterErrors)
        args << u"--meter-error"_qs << error;
    return sim.start(args) && !sim.extraLines().isEmpty();
}

/// A short plan: balanced, then element 1 alone, then element 2 alone (class 0.5S: ±0.5 %, ±0.6 %, ±0.6 %).
QString writePlan(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"plan.json"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"name": "Bench test", "accuracy_class": "IEC 62053-22 0.5S", "nominal_voltage_v": 230,
        "nominal_frequency_hz": 50, "rated_current_a": 100, "max_current_a": 120,
        "defaults": {"settle_s": 0.2, "samples": 20}, "points": [
        {"id": "P1", "current_pct": 100},
        {"id": "P2", "current_pct": 100, "element": 1},
        {"id": "P3", "current_pct": 100, "element": 2}]})");
    return path;
}

struct BenchWidgets
{
    explicit BenchWidgets(const Commissioner& app)
        : tabs(app.find<QTabWidget>(u"mainTabs"_qs))
        , serial(app.find<QLineEdit>(u"benchSerial"_qs))
        , word(app.find<QLabel>(u"benchResultWord"_qs))
        , message(app.find<QLabel>(u"benchResultMessage"_qs))
        , points(app.find<QTableView>(u"benchPoints"_qs))
    { }

    QTabWidget* tabs;
    QLineEdit* serial;
    QLabel* word;
    QLabel* message;
    QTableView* points;
};

void fillSetup(const Commissioner& app, const SimProcess& sim, const QString& plan, const QString& folder)
{
    app.find<QLineEdit>(u"benchReference"_qs)->setText(sim.extraLines().first());
    app.find<QLineEdit>(u"benchReferenceCertificate"_qs)->setText(u"D-K-15012-01 2025-0117"_qs);
    app.find<QLineEdit>(u"benchReferenceDue"_qs)->setText(u"2099-12-31"_qs);
    app.find<QLineEdit>(u"benchPlan"_qs)->setText(plan);
    app.find<QLineEdit>(u"benchOperator"_qs)->setText(u"Erika Muster"_qs);
    app.find<QLineEdit>(u"benchBatch"_qs)->setText(u"WO-4711"_qs);
    app.find<QLineEdit>(u"benchOutputFolder"_qs)->setText(folder);
}

/// Types as a barcode scanner does: the characters, then Enter.
void scan(QLineEdit* entry, const QString& serial)
{
    QTest::keyClicks(entry, serial);
    QTest::keyClick(entry, Qt::Key_Return);
}

QString verdictAt(const QTableView* table, int row)
{
    return table->model()->index(row, BenchPointModel::VerdictColumn).data(BenchPointModel::VerdictCodeRole).toString();
}

QString pointAt(const QTableView* table, int row)
{
    return table->model()->index(row, BenchPointModel::PointColumn).data().toString();
}

QList<storage::CalibrationRecord> batchRecords(const Commissioner& app, const QString& batch)
{
    auto database = storage::HistoryDatabase::open(app.history.path());
    if (!database)
        return {};
    const auto latest = storage::CalibrationRecords(*database.value()).latestInBatch(batch);
    return latest ? latest.value() : QList<storage::CalibrationRecord>();
}

/// One module on the bench and the app beside it, its window active, its setup filled in.
struct BenchRig
{
    SimProcess sim;
    QTemporaryDir dir;
    Commissioner app;
    BenchWidgets bench { app };

    /// Starts the bench with the module's element errors (--meter-error values) and shows the app.
    bool start(const QStringList& meterErrors = {}, const QStringList& simOptions = {})
    {
        if (!startBench(sim, meterErrors, simOptions) || !wizardtest::showActive(app.window))
            return false;
        fillSetup(app, sim, writePlan(dir), dir.path());
        return true;
    }
    void showBench() { bench.tabs->setCurrentWidget(bench.tabs->findChild<QWidget*>(u"benchView"_qs)); }
    void connectModule()
    {
        app.controller.connectTo(ConnectionTarget::device(DeviceAddress::parse(sim.address()).value()));
    }
    bool connected() const { return app.controller.deviceInfo().has_value(); }
    QString moduleSerial() const { return app.controller.deviceInfo()->serialNumber; }
};

} // namespace

class tst_BenchMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void scannedModulePassesWithItsOutputs()
    {
        BenchRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.sim.failureReason()));
        const BenchWidgets& bench = rig.bench;
        const Commissioner& app = rig.app;
        const QTemporaryDir& dir = rig.dir;

        // The operator reaches the bench with its mnemonic; the serial entry has the focus.
        QTest::keyClick(&rig.app.window, Qt::Key_Y, Qt::AltModifier);
        QCOMPARE(bench.tabs->currentWidget()->objectName(), u"benchView"_qs);
        QTRY_VERIFY(bench.serial->hasFocus());

        rig.connectModule();
        QTRY_VERIFY_WITH_TIMEOUT(rig.connected(), kConnectTimeoutMs);
        const QString serial = rig.moduleSerial();

        scan(bench.serial, serial);
        QVERIFY2(bench.word->text().contains(u"RUNNING"_qs), qPrintable(bench.word->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(!bench.word->text().contains(u"RUNNING"_qs), qPrintable(bench.message->text()),
            kRunTimeoutMs);
        QVERIFY2(bench.word->text().contains(u"PASS"_qs), qPrintable(bench.word->text() + bench.message->text()));
        // The setup is kept for the next start of the app: a bench is set up once per shift.
        QCOMPARE(storedBenchSettings(app.settings).batch, u"WO-4711"_qs);
        QCOMPARE(storedBenchSettings(app.settings).operatorName, u"Erika Muster"_qs);

        // Every point in the table, each passed.
        QCOMPARE(bench.points->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(verdictAt(bench.points, row), u"pass"_qs);

        // Certificate and CSV log in the output folder, a record in the job history.
        const QStringList certificates = QDir(dir.path()).entryList({ u"CAL-%1-*.pdf"_qs.arg(serial) }, QDir::Files);
        QCOMPARE(certificates.size(), 1);
        QVERIFY(QFileInfo(dir.filePath(certificates.first())).size() > 1000);
        QFile csv(dir.filePath(u"WO-4711.csv"_qs));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 4); // the header and one row per point
        QVERIFY(rows.at(0).startsWith("certificate_id,module_serial"));
        const QList<storage::CalibrationRecord> records = batchRecords(app, u"WO-4711"_qs);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().moduleSerial, serial);
        QVERIFY(records.first().passed);
        QCOMPARE(records.first().operatorName, u"Erika Muster"_qs);
        QCOMPARE(QFileInfo(records.first().certificatePath).fileName(), certificates.first());

        // Ready for the next module: the entry is empty and has the focus again.
        QVERIFY(bench.serial->text().isEmpty());
        QTRY_VERIFY(bench.serial->hasFocus());

        // The batch view shows the batch, its yield and the three points.
        QTest::keyClick(&rig.app.window, Qt::Key_Q, Qt::AltModifier);
        QCOMPARE(bench.tabs->currentWidget()->objectName(), u"batchView"_qs);
        QCOMPARE(app.find<QComboBox>(u"batchChoice"_qs)->currentText(), u"WO-4711"_qs);
        const QString yield = app.find<QLabel>(u"batchYield"_qs)->text();
        QVERIFY2(yield.contains(u"1 of 1 modules passed"_qs), qPrintable(yield));
        QCOMPARE(app.find<QTableView>(u"batchTrendTable"_qs)->model()->rowCount(), 3);
    }

    void moduleOutsideItsClassFailsAtTheRightPoints()
    {
        // Element 1 reads 0.9 % high: alone (limit ±0.6 %) it fails; element 2 alone passes.
        BenchRig rig;
        QVERIFY2(rig.start({ u"1:+0.9%,0deg"_qs }), qPrintable(rig.sim.failureReason()));
        const BenchWidgets& bench = rig.bench;
        rig.showBench();
        rig.connectModule();
        QTRY_VERIFY_WITH_TIMEOUT(rig.connected(), kConnectTimeoutMs);

        scan(bench.serial, rig.moduleSerial());
        QTRY_VERIFY2_WITH_TIMEOUT(!bench.word->text().contains(u"RUNNING"_qs), qPrintable(bench.message->text()),
            kRunTimeoutMs);
        QVERIFY2(bench.word->text().contains(u"FAIL"_qs), qPrintable(bench.word->text() + bench.message->text()));
        QCOMPARE(bench.points->model()->rowCount(), 3);
        QCOMPARE(pointAt(bench.points, 1), u"P2"_qs);
        QCOMPARE(verdictAt(bench.points, 1), u"fail"_qs);
        QCOMPARE(pointAt(bench.points, 2), u"P3"_qs);
        QCOMPARE(verdictAt(bench.points, 2), u"pass"_qs);
        // A failed module gets its certificate too, showing which points failed.
        QCOMPARE(QDir(rig.dir.path()).entryList({ u"CAL-*.pdf"_qs }, QDir::Files).size(), 1);
        const QList<storage::CalibrationRecord> records = batchRecords(rig.app, u"WO-4711"_qs);
        QCOMPARE(records.size(), 1);
        QVERIFY(!records.first().passed);
    }

    void adjustmentWithTheFactoryKeyOfTheKeyStore()
    {
        // Element 1 reads 0.8 % high and 0.3° late: it fails as found, is adjusted with constants signed
        // by the factory key chosen from the app's key store, and passes as left.
        BenchRig rig;
        QVERIFY2(rig.start({ u"1:+0.8%,0.3deg"_qs }, { u"--factory"_qs }), qPrintable(rig.sim.failureReason()));
        QVERIFY(rig.app.keys.generate(u"factory"_qs).ok());
        const QString publicKey = rig.dir.filePath(u"factory.pub"_qs);
        QVERIFY(rig.app.keys.exportPublic(u"factory"_qs, publicKey).ok());
        const ProgramRun trusted = runProgram(binaryPath(u"iotpro-cli"_qs),
            { u"--device"_qs, rig.sim.address(), u"trust"_qs, u"add"_qs, publicKey, u"--role"_qs, u"factory"_qs,
                u"--label"_qs, u"Factory"_qs, u"--yes"_qs },
            30000, headlessEnvironment());
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
        const BenchWidgets& bench = rig.bench;
        rig.showBench(); // lists the key store again
        rig.connectModule();
        QTRY_VERIFY_WITH_TIMEOUT(rig.connected(), kConnectTimeoutMs);
        rig.app.find<QCheckBox>(u"benchAdjust"_qs)->setChecked(true);
        QCOMPARE(rig.app.find<QComboBox>(u"benchFactoryKey"_qs)->currentText(), u"factory"_qs);

        scan(bench.serial, rig.moduleSerial());
        QTRY_VERIFY2_WITH_TIMEOUT(!bench.word->text().contains(u"RUNNING"_qs), qPrintable(bench.message->text()),
            2 * kRunTimeoutMs);
        QVERIFY2(bench.word->text().contains(u"PASS"_qs), qPrintable(bench.word->text() + bench.message->text()));
        // Both runs in the table: P2 failed as found, every point passed as left.
        QCOMPARE(bench.points->model()->rowCount(), 6);
        QCOMPARE(verdictAt(bench.points, 1), u"fail"_qs);
        for (int row = 3; row < 6; ++row) {
            QCOMPARE(bench.points->model()->index(row, BenchPointModel::RunColumn).data().toString(), u"As left"_qs);
            QCOMPARE(verdictAt(bench.points, row), u"pass"_qs);
        }
        const QList<storage::CalibrationRecord> records = batchRecords(rig.app, u"WO-4711"_qs);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().passed);
        QVERIFY(records.first().adjusted);
    }

    void wrongSerialIsRefusedAndNothingRuns()
    {
        BenchRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.sim.failureReason()));
        const BenchWidgets& bench = rig.bench;
        rig.showBench();

        // Nothing connected yet: refused.
        scan(bench.serial, u"IOTP-0000"_qs);
        QVERIFY2(bench.word->text().contains(u"REFUSED"_qs), qPrintable(bench.word->text()));
        QVERIFY2(bench.message->text().contains(u"No module is connected"_qs), qPrintable(bench.message->text()));

        rig.connectModule();
        QTRY_VERIFY_WITH_TIMEOUT(rig.connected(), kConnectTimeoutMs);
        const QString connected = rig.moduleSerial();
        bench.serial->clear();
        scan(bench.serial, u"WRONG-123"_qs);
        QVERIFY2(bench.word->text().contains(u"REFUSED"_qs), qPrintable(bench.word->text()));
        const QString message = bench.message->text();
        QVERIFY2(message.contains(u"WRONG-123"_qs) && message.contains(connected) && message.contains(u"Nothing was run"_qs),
            qPrintable(message));
        QCOMPARE(bench.points->model()->rowCount(), 0);
        QVERIFY(QDir(rig.dir.path()).entryList({ u"*.pdf"_qs, u"*.csv"_qs }, QDir::Files).isEmpty());
        QVERIFY(batchRecords(rig.app, u"WO-4711"_qs).isEmpty());
        // The refused serial stays selected, so the next scan replaces it.
        QVERIFY(bench.serial->hasSelectedText());
        QCOMPARE(bench.serial->selectedText(), u"WRONG-123"_qs);
    }

    void incompleteSetupIsRefusedWithTheFieldToFix()
    {
        BenchRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.sim.failureReason()));
        const BenchWidgets& bench = rig.bench;
        rig.showBench();
        rig.connectModule();
        QTRY_VERIFY_WITH_TIMEOUT(rig.connected(), kConnectTimeoutMs);
        rig.app.find<QLineEdit>(u"benchReferenceDue"_qs)->clear();

        scan(bench.serial, rig.moduleSerial());
        QVERIFY2(bench.word->text().contains(u"REFUSED"_qs), qPrintable(bench.word->text()));
        QVERIFY2(bench.message->text().contains(u"calibration due date"_qs), qPrintable(bench.message->text()));
        QCOMPARE(bench.points->model()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_BenchMode)
#include "tst_benchmode.moc"
