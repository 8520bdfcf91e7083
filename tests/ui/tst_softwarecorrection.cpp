// The live check's "apply software correction" against the real virtual module with a reversed CT,
// offscreen: in the wizard it writes the CT inversion to the module (signed, paired, verified) and
// the readings come right; the draft carries the correction for the final write and its report.
// In the plain live view, without a key or a label code at hand, the button says where to go.
#include "CommissioningWizard.h"
#include "CorrectionWriteDialog.h"
#include "LiveCheckView.h"
#include "WizardHelpers.h"
#include "WizardPage.h"

#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTabWidget>

using namespace iotpro;
using namespace iotpro::commissioning;
using namespace iotpro::ui;
using namespace wizardtest;

namespace {

constexpr int kConnectTimeoutMs = 10000;
/// Two windows of steady readings, with room for a slow machine.
constexpr int kVerdictTimeoutMs = 20000;
const QString kLabelCode = u"7391-2204"_qs;

bool hasCorrection(const LiveCheckController& check)
{
    return check.diagnosis() && check.diagnosis()->correction;
}

} // namespace

class tst_SoftwareCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reversedCtComesRightInTheWizard()
    {
        Commissioner app;
        const Result<security::PublicKey> key = app.keys.generate(u"correction-key"_qs);
        QVERIFY(key);
        SimProcess sim;
        QVERIFY2(sim.start({ u"--serial"_qs, u"SIM-CORR-0001"_qs, u"--fault"_qs, u"ct_reversed:2"_qs, u"--trust"_qs,
                     app.keys.privateKeyPath(u"correction-key"_qs) + u".pub"_qs, u"--pop"_qs, kLabelCode }),
            qPrintable(sim.failureReason()));
        QVERIFY(showActive(app.window));

        auto* address = app.find<QLineEdit>(u"addressEdit"_qs);
        address->selectAll();
        QTest::keyClicks(address, sim.address());
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.session.isLinkUp() && app.session.moduleState(), kConnectTimeoutMs);
        QVERIFY(walkTo(app.session, Step::LiveCheck));
        app.session.setLiveCheckAcknowledged(false);

        // The diagnosis finds CT 2 reversed and offers to invert it in software.
        QTRY_VERIFY_WITH_TIMEOUT(hasCorrection(app.liveCheck), kVerdictTimeoutMs);
        QCOMPARE(app.liveCheck.diagnosis()->correction->ctInverted, (QList<bool> { false, true, false }));
        QVERIFY(!app.session.isLiveCheckPassed());
        auto* wizard = app.find<CommissioningWizard>(u"commissioningWizard"_qs);
        WizardPage* page = wizard->page(Step::LiveCheck);
        auto* apply = page->findChild<QPushButton*>(u"applyCorrectionButton"_qs);
        QVERIFY(apply);
        QTRY_VERIFY(apply->isVisible() && apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);

        // Signed with the key store's key, paired with the code on the module's label.
        auto* dialog = page->findChild<CorrectionWriteDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* code = dialog->findChild<QLineEdit*>(u"labelCodeEdit"_qs);
        QVERIFY(code);
        code->setFocus();
        QTest::keyClicks(code, kLabelCode);
        auto* write = dialog->findChild<QPushButton*>(u"writeCorrectionButton"_qs);
        auto* outcome = dialog->findChild<QLabel*>(u"correctionWriteOutcome"_qs);
        QVERIFY(write && outcome);
        QTRY_VERIFY2_WITH_TIMEOUT(write->isEnabled(), qPrintable(outcome->text()), kConnectTimeoutMs);
        const QPointer<CorrectionWriteDialog> watched(dialog);
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!watched || !watched->isVisible(),
            qPrintable(watched ? outcome->text() : QString()), kVerdictTimeoutMs);
        QVERIFY(page->findChild<QLabel*>(u"liveCorrectionNote"_qs)->text().contains(u"configuration number 1"));

        // The module runs the inversion, and its readings come right: PASS, nothing left to correct.
        QTRY_VERIFY_WITH_TIMEOUT(app.session.moduleState() && app.session.moduleState()->counter == 1, kConnectTimeoutMs);
        const config::MeteringConfig& written = app.session.moduleState()->config.metering;
        QCOMPARE(written.ctInputs[1].inverted, true);
        QCOMPARE(written.ctInputs[0].inverted, false);
        QTRY_VERIFY_WITH_TIMEOUT(app.session.isLiveCheckPassed(), kVerdictTimeoutMs);
        QVERIFY(!hasCorrection(app.liveCheck));
        QVERIFY(app.liveCheck.meteringSetup()->hasSoftwareCorrection());
        QVERIFY(!apply->isVisible());

        // The draft carries it, so the wizard's own write keeps it (and the report flags it).
        const config::MeteringConfig& draft = app.session.draft().metering;
        QCOMPARE(draft.ctInputs[1].inverted, true);
        QCOMPARE(draft.ctInputs[1].phase, 2u);
        QCOMPARE(draft.ctInputs[0].inverted, false);
        QCOMPARE(draft.ctInputs[2].inverted, false);
        QVERIFY(!app.session.written()); // written at step 10, with everything else
    }

    void plainLiveViewSaysWhatApplyingNeeds()
    {
        Commissioner app;
        SimProcess sim;
        QVERIFY2(sim.start({ u"--fault"_qs, u"ct_reversed:2"_qs }), qPrintable(sim.failureReason()));
        QVERIFY(showActive(app.window));
        auto* address = app.find<QLineEdit>(u"addressEdit"_qs);
        address->selectAll();
        QTest::keyClicks(address, sim.address());
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(hasCorrection(app.liveCheck), kVerdictTimeoutMs);

        auto* view = app.find<LiveCheckView>(u"liveCheckView"_qs);
        app.find<QTabWidget>(u"mainTabs"_qs)->setCurrentWidget(view);
        auto* apply = view->findChild<QPushButton*>(u"applyCorrectionButton"_qs);
        auto* help = view->findChild<QLabel*>(u"correctionHelp"_qs);
        QVERIFY(apply && help);
        QVERIFY(apply->isEnabled());
        QVERIFY(!help->isVisibleTo(view));
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(help->isVisibleTo(view));
        QVERIFY2(help->text().contains(u"commissioning wizard") && help->text().contains(u"label"),
            qPrintable(help->text()));
        QVERIFY(!view->findChild<CorrectionWriteDialog*>());
        QVERIFY(!app.window.findChild<CorrectionWriteDialog*>());
    }
};

QTEST_MAIN(tst_SoftwareCorrection)
#include "tst_softwarecorrection.moc"
