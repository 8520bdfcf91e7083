// The whole wizard against the real virtual module over a real pseudo-terminal, offscreen: every
// step from connect to done, ending with a configuration the module verifiably runs; secrets
// never on screen; and a lost link in the middle that the wizard survives, resuming where it
// stopped once the same module is back.
#include "Ds18b20SensorModel.h"
#include "JobHistory.h"
#include "VerifyPage.h"
#include "WizardHelpers.h"
#include "device/ConfigRequests.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace iotpro;
using namespace iotpro::commissioning;
using namespace iotpro::ui;
using namespace wizardtest;

namespace {

constexpr int kConnectTimeoutMs = 10000;
const QString kLabelCode = u"7391-2204"_qs;
const QString kPassphrase = u"commission-me"_qs; // the demo site's access point (docs/simulator.md 7.1)
const QString kWarmedSensor = u"28FF7C2E9316048A"_qs;

void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void clickNext(Commissioner& app, Step expected)
{
    QPushButton* next = nextButton(app);
    QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(), qPrintable(app.find<QLabel>(u"wizardBlocker"_qs)->text()), 20000);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(app.session.step(), expected);
}

/// Names the sensor of `row` by typing into its cell, as a user does (F2, the name, Enter).
void nameSensor(QTableView* table, int row, const QString& name)
{
    const QModelIndex cell = table->model()->index(row, Ds18b20SensorModel::NameColumn);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell.data().toString(), name); // the editor hands its text over once back in the event loop
}

/// Every text the window shows a person: labels, buttons, fields that echo, table cells, titles.
QStringList visibleTexts(const QWidget& window)
{
    QStringList texts { window.windowTitle() };
    for (const QLabel* label : window.findChildren<QLabel*>())
        texts.append(label->text());
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        texts.append(button->text());
    for (const QGroupBox* group : window.findChildren<QGroupBox*>())
        texts.append(group->title());
    for (const QLineEdit* field : window.findChildren<QLineEdit*>()) {
        if (field->echoMode() == QLineEdit::Normal)
            texts.append(field->text());
    }
    for (const QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->index(row, column).data().toString());
        }
    }
    return texts;
}

bool showsSecret(const QWidget& window, const QString& secret)
{
    const QStringList texts = visibleTexts(window);
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString& text) { return text.contains(secret); });
}

/// A Commissioner whose key store holds a key the simulator trusts.
struct TrustedSetup
{
    Commissioner app;
    QString publicKeyFile;

    TrustedSetup()
    {
        const Result<security::PublicKey> key = app.keys.generate(u"e2e-key"_qs);
        Q_ASSERT(key);
        publicKeyFile = app.keys.privateKeyPath(u"e2e-key"_qs) + u".pub"_qs;
    }
};

bool connectTo(Commissioner& app, const SimProcess& sim)
{
    auto* address = app.find<QLineEdit>(u"addressEdit"_qs);
    address->selectAll();
    QTest::keyClicks(address, sim.address());
    QTest::keyClick(address, Qt::Key_Return);
    return QTest::qWaitFor([&] { return app.session.isLinkUp() && app.session.blocker() != Blocker::ReadingModule; },
        kConnectTimeoutMs);
}

} // namespace

class tst_WizardEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyStepToAVerifiedConfiguration()
    {
        TrustedSetup setup;
        Commissioner& app = setup.app;
        SimProcess sim;
        QVERIFY2(sim.start({ u"--serial"_qs, u"SIM-E2E-0001"_qs, u"--trust"_qs, setup.publicKeyFile, u"--pop"_qs,
                     kLabelCode, u"--network-time-scale"_qs, u"0.02"_qs, u"--warm-sensor"_qs, kWarmedSensor + u"@0"_qs }),
            qPrintable(sim.failureReason()));
        QVERIFY(showActive(app.window));

        // 1 Connect
        QVERIFY(connectTo(app, sim));
        QCOMPARE(app.session.module()->serialNumber, u"SIM-E2E-0001"_qs);
        QVERIFY(app.session.moduleState()->isFactoryDefault());
        clickNext(app, Step::Identify);

        // 2 Identify: the LED blinks, the technician confirms.
        QTest::mouseClick(app.find<QPushButton>(u"identifyBlink"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QLabel>(u"identifyBlinkState"_qs)->text().contains(u"10 s"), 5000);
        app.find<QCheckBox>(u"identifyConfirm"_qs)->click();
        clickNext(app, Step::Site);

        // 3 Site
        typeInto(app.find<QLineEdit>(u"siteEdit"_qs), u"Riverside Logistics"_qs);
        typeInto(app.find<QLineEdit>(u"panelEdit"_qs), u"MDB-2"_qs);
        typeInto(app.find<QLineEdit>(u"circuitEdit"_qs), u"Feeder 4, chillers"_qs);
        clickNext(app, Step::Wiring);

        // 4 Wiring: the simulator's supply is 3P4W 230 V 50 Hz, as the factory default.
        QVERIFY(app.find<QAbstractButton>(u"wiring3P4W"_qs)->isChecked());
        clickNext(app, Step::CurrentTransformers);

        // 5 CTs: the helper sizes a 90 A breaker's CT; the module's CTs are the 100 A it suggests.
        auto* breaker = app.find<QAbstractSpinBox>(u"circuitRatingSpin"_qs);
        breaker->setFocus();
        breaker->selectAll();
        QTest::keyClicks(breaker, u"90"_qs);
        QTRY_VERIFY(app.find<QLabel>(u"ctSuggestion"_qs)->text().contains(u"100 A"));
        QTest::mouseClick(app.find<QPushButton>(u"useSuggestedCt"_qs), Qt::LeftButton);
        QCOMPARE(app.session.draft().metering.ctInputs[2].ratingA, 100u);
        clickNext(app, Step::LiveCheck);

        // 6 Live check: the simulated wiring is right; the verdict is PASS.
        QTRY_VERIFY_WITH_TIMEOUT(app.session.isLiveCheckPassed(), 20000);
        clickNext(app, Step::Inputs);

        // 7 Inputs: the door contact on 1; the cold rooms' sensors on 3, found by the bus scan and
        // one of them by the warmth of a hand.
        auto* mode1 = app.find<QComboBox>(u"inputMode1"_qs);
        mode1->setFocus();
        QTest::keyClick(mode1, Qt::Key_Down);
        typeInto(app.find<QLineEdit>(u"inputName1"_qs), u"Door"_qs);
        auto* mode3 = app.find<QComboBox>(u"inputMode3"_qs);
        mode3->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(mode3, Qt::Key_Down);
        QTest::mouseClick(app.find<QPushButton>(u"inputScan3"_qs), Qt::LeftButton);
        auto* sensors = app.find<QTableView>(u"inputSensors3"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(sensors->model()->rowCount(), 3, 5000);
        QTest::mouseClick(app.find<QPushButton>(u"inputWarm3"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QLabel>(u"inputBusState3"_qs)->text().contains(kWarmedSensor), 20000);
        // The search opened the warmed sensor's name for typing.
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, u"Cold room 2"_qs);
        QTest::keyClick(editor, Qt::Key_Return);
        const auto& model = *static_cast<Ds18b20SensorModel*>(sensors->model());
        QTRY_COMPARE(model.sensors().at(model.rowOf(kWarmedSensor)).name, u"Cold room 2"_qs);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.sensors().at(row).name.isEmpty())
                nameSensor(sensors, row, QStringLiteral("Sensor %1").arg(row + 1));
        }
        clickNext(app, Step::Network);

        // 8 Network: the demo site's access point; the passphrase only ever as dots.
        auto* wifi = app.find<QGroupBox>(u"wifiGroup"_qs);
        wifi->setFocus();
        QTest::keyClick(wifi, Qt::Key_Space);
        QVERIFY(wifi->isChecked());
        typeInto(app.find<QLineEdit>(u"wifiSsid"_qs), u"IoTPro-Site"_qs);
        auto* passphrase = app.find<QLineEdit>(u"wifiPassphrase"_qs);
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        typeInto(passphrase, kPassphrase);
        app.find<QGroupBox>(u"gpsGroup"_qs)->setChecked(true);
        QVERIFY(!showsSecret(app.window, kPassphrase));
        clickNext(app, Step::Review);

        // 9 Review: the changes against the module, the secret only as "a new one".
        QVERIFY(app.find<QLabel>(u"reviewSummary"_qs)->text().contains(u"becomes number 1"));
        QVERIFY(visibleTexts(app.window).contains(u"network.wifi.passphrase"_qs));
        QVERIFY(!showsSecret(app.window, kPassphrase));
        clickNext(app, Step::SignAndWrite);

        // 10 Sign and write: the key the module trusts, the label code.
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QLabel>(u"keyTrust"_qs)->text().contains(u"trusts this key"), 5000);
        typeInto(app.find<QLineEdit>(u"labelCodeEdit"_qs), kLabelCode);
        auto* write = app.find<QPushButton>(u"signAndWriteButton"_qs);
        QVERIFY(write->isEnabled());
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.session.step(), Step::Verify, 20000);

        // 11 Verify: read back identical, then the networks.
        QCOMPARE(app.session.written()->counter, 1u);
        QVERIFY(app.find<QLabel>(u"verifyWritten"_qs)->text().contains(u"runs configuration number 1"));
        QTRY_VERIFY_WITH_TIMEOUT(!app.session.isNetworkCheckRunning(), 30000);
        auto* verify = static_cast<VerifyPage*>(app.find<CommissioningWizard>(u"commissioningWizard"_qs)->page(Step::Verify));
        QVERIFY(verify->networkReport());
        QCOMPARE(verify->networkReport()->wifi.state, CheckState::Passed);
        QCOMPARE(verify->networkReport()->gps.state, CheckState::Passed);
        QVERIFY(!showsSecret(app.window, kPassphrase));

        // The write is recorded already; the safety checklist is asked, nothing ticked yet: every
        // point NOT confirmed, not "passed".
        QVERIFY(app.recorder.lastSession());
        const qint64 recordedId = *app.recorder.lastSession();
        QCOMPARE(app.history.session(recordedId)->checklist, std::optional(QList<storage::ChecklistItem>()));
        QCOMPARE(app.history.session(recordedId)->result(), storage::SessionResult::Warnings);
        // Two points ticked from the keyboard (their mnemonics); each lands in the session at once.
        QVERIFY(app.find<QGroupBox>(u"safetyChecklist"_qs)->isVisible());
        QTest::keyClick(&app.window, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(app.find<QCheckBox>(u"checkCtSecondaries"_qs)->isChecked());
        QTest::keyClick(&app.window, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(app.find<QCheckBox>(u"checkVoltageTapsFused"_qs)->isChecked());
        QVERIFY(!app.find<QCheckBox>(u"checkEnclosureClosed"_qs)->isChecked());
        const std::optional<QList<storage::ChecklistItem>> twoTicked = QList<storage::ChecklistItem> {
            storage::ChecklistItem::CtSecondariesNeverOpen, storage::ChecklistItem::VoltageTapsFused };
        QCOMPARE(app.history.session(recordedId)->checklist, twoTicked);

        // The networks checked again: the session keeps the latest result (each run of the
        // module's check differs, e.g. in the GPS position).
        const storage::SessionRecord beforeRecheck = app.history.session(recordedId).value();
        auto* again = app.find<QPushButton>(u"verifyNetworkAgain"_qs);
        QVERIFY(again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(app.session.isNetworkCheckRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!app.session.isNetworkCheckRunning(), 30000);
        QVERIFY(verify->networkReport());
        const storage::SessionRecord rechecked = app.history.session(recordedId).value();
        QCOMPARE(rechecked.network, verify->networkReport());
        QVERIFY(rechecked.network != beforeRecheck.network);
        QVERIFY(rechecked.finishedAt > beforeRecheck.finishedAt);
        QCOMPARE(rechecked.checklist, twoTicked);
        QCOMPARE(app.history.sessions()->size(), 1); // updated, not recorded twice

        // The last point: the session passes.
        app.find<QCheckBox>(u"checkEnclosureClosed"_qs)->click();
        QCOMPARE(app.history.session(recordedId)->checklist->size(), 3);
        clickNext(app, Step::Done);
        QVERIFY(app.find<QLabel>(u"doneSummary"_qs)->text().contains(u"SIM-E2E-0001"));
        QVERIFY(app.find<QLabel>(u"doneSummary"_qs)->text().contains(u"every point confirmed"));

        // The run is in the job history, whole, and its report is one click away.
        const Result<QList<storage::SessionSummary>> recorded = app.history.sessions();
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().moduleSerial, u"SIM-E2E-0001"_qs);
        QCOMPARE(recorded->first().result, storage::SessionResult::Passed);
        QCOMPARE(recorded->first().origin, storage::SessionOrigin::Wizard);
        const storage::SessionRecord session = app.history.session(recorded->first().id).value();
        QVERIFY(session.liveCheck && session.io && session.network && !session.envelope.isEmpty());
        QCOMPARE(session.written->counter, 1u);
        WizardPage* done = app.find<CommissioningWizard>(u"commissioningWizard"_qs)->page(Step::Done);
        QVERIFY(done->findChild<QPushButton*>(u"exportReportPdf"_qs)->isEnabled());
        // Its report carries the checklist as answered.
        QTemporaryDir reports;
        const QString reportPath = reports.filePath(u"report.json"_qs);
        QVERIFY(app.history.exportReport(recorded->first().id, { reportPath, {} }).ok());
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject checklist
            = QJsonDocument::fromJson(reportFile.readAll()).object().value(u"checklist"_qs).toObject();
        QCOMPARE(checklist.value(u"performed"_qs), QJsonValue(true));
        for (const QJsonValue& item : checklist.value(u"items"_qs).toArray())
            QCOMPARE(item.toObject().value(u"confirmed"_qs), QJsonValue(true));

        // The module runs it: read independently of the wizard.
        std::optional<Result<ConfigState>> read;
        ConfigRequests(app.client).read(&app.window, [&](Result<ConfigState> state) { read = std::move(state); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
        QVERIFY(read->ok());
        const ConfigState& state = read->value();
        QCOMPARE(state.counter, 1u);
        QCOMPARE(state.payloadSha256, app.session.written()->payloadSha256);
        QCOMPARE(state.config.installation.site, u"Riverside Logistics"_qs);
        QCOMPARE(state.config.inputs.digitalInputs[2].ds18b20.sensors.size(), 3);
        QVERIFY(state.config.network.wifi.passphrase.isEmpty());
        QVERIFY(state.config.network.wifi.passphraseSet);
        QCOMPARE(state.config, config::withoutSecrets(app.session.draft()));
        QVERIFY(!showsSecret(app.window, kPassphrase));
    }

    void lostLinkResumesWhereItStopped()
    {
        TrustedSetup setup;
        Commissioner& app = setup.app;
        QTemporaryDir moduleState;
        const QStringList arguments { u"--serial"_qs, u"SIM-E2E-0002"_qs, u"--state-dir"_qs, moduleState.path(),
            u"--trust"_qs, setup.publicKeyFile, u"--pop"_qs, kLabelCode };
        auto sim = std::make_unique<SimProcess>();
        QVERIFY2(sim->start(arguments), qPrintable(sim->failureReason()));
        QVERIFY(showActive(app.window));
        QVERIFY(connectTo(app, *sim));
        QVERIFY(walkTo(app.session, Step::Site));
        typeInto(app.find<QLineEdit>(u"siteEdit"_qs), u"Hall B"_qs);
        QVERIFY(walkTo(app.session, Step::Network));

        // The cable is pulled: everything stays, and the wizard says so.
        sim->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!app.session.isLinkUp(), 5000);
        auto* banner = app.find<QLabel>(u"wizardBanner"_qs);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"SIM-E2E-0002"));
        QCOMPARE(app.session.step(), Step::Network);
        QCOMPARE(app.session.draft().installation.site, u"Hall B"_qs);

        // The same module is back (another pseudo-terminal): the wizard goes on from there.
        sim = std::make_unique<SimProcess>();
        QVERIFY2(sim->start(arguments), qPrintable(sim->failureReason()));
        QVERIFY(connectTo(app, *sim));
        QVERIFY(!banner->isVisible());
        QCOMPARE(app.session.step(), Step::Network);
        QCOMPARE(app.find<QLineEdit>(u"siteEdit"_qs)->text(), u"Hall B"_qs);
        clickNext(app, Step::Review);
        clickNext(app, Step::SignAndWrite);
        auto* trust = app.find<QLabel>(u"keyTrust"_qs);
        QTRY_VERIFY2_WITH_TIMEOUT(trust->text().contains(u"trusts this key"), qPrintable(trust->text()), 5000);

        // A wrong label code first: the failed write is recorded, and without a checklist (only a
        // written module reaches the Verify page, where it is asked).
        auto* write = app.find<QPushButton>(u"signAndWriteButton"_qs);
        typeInto(app.find<QLineEdit>(u"labelCodeEdit"_qs), u"0000-0000"_qs);
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.recorder.lastSession().has_value(), 20000);
        const storage::SessionRecord refused = app.history.session(*app.recorder.lastSession()).value();
        QCOMPARE(refused.result(), storage::SessionResult::Failed);
        QVERIFY(!refused.checklist.has_value());
        QCOMPARE(app.session.step(), Step::SignAndWrite);

        typeInto(app.find<QLineEdit>(u"labelCodeEdit"_qs), kLabelCode);
        QTRY_VERIFY_WITH_TIMEOUT(write->isEnabled(), 20000);
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.session.step(), Step::Verify, 20000);
        QCOMPARE(app.session.written()->counter, 1u);
        const storage::SessionRecord written = app.history.session(*app.recorder.lastSession()).value();
        QVERIFY(written.id != refused.id);
        QCOMPARE(written.checklist, std::optional(QList<storage::ChecklistItem>())); // asked, none ticked yet
    }
};

QTEST_MAIN(tst_WizardEndToEnd)
#include "tst_wizardendtoend.moc"
