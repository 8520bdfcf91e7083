// The live check as the electrician uses it, against the real virtual module over a real
// pseudo-terminal: connect to a panel with CT 2 reversed and see, within seconds, the verdict,
// the finding with its fix, and the phasor in the alarm colour; then lose the link mid-stream.
#include "CommissionerFixture.h"
#include "LiveCheckView.h"
#include "PhasorView.h"
#include "ProblemBanner.h"
#include "SimProcess.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace iotpro;
using namespace iotpro::graphics;
using namespace iotpro::ui;

namespace {

constexpr int kConnectTimeoutMs = 10000;
/// Connect, subscribe, one steady window of 2 s, with room for a loaded machine.
constexpr int kVerdictTimeoutMs = 10000;

bool anyDialogOpen()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget* w) {
        return qobject_cast<const QMessageBox*>(w) || (w->isVisible() && w->isModal());
    });
}

} // namespace

class tst_LiveCheckEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void reversedCtIsFoundWithItsFix()
    {
        SimProcess sim;
        QVERIFY2(sim.start({ u"--fault"_qs, u"ct_reversed:2"_qs }), qPrintable(sim.failureReason()));
        Commissioner app;
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        auto* findings = app.find<QTextBrowser>(u"findingsText"_qs);
        auto* verdict = app.find<QLabel>(u"verdictWord"_qs);
        auto* phasors = app.find<PhasorView>(u"phasorView"_qs);
        auto* applyCorrection = app.find<QPushButton>(u"applyCorrectionButton"_qs);
        QVERIFY(verdict->text().contains(u"NOT CONNECTED"));

        // Away from the commissioning wizard, a connection opens on the live check.
        app.find<QTabWidget>(u"mainTabs"_qs)->setCurrentIndex(1);
        app.controller.connectTo(ConnectionTarget::device(DeviceAddress::parse(sim.address()).value()));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller.phase(), ConnectionPhase::Connected, kConnectTimeoutMs);
        QCOMPARE(app.find<QTabWidget>(u"mainTabs"_qs)->currentWidget(),
            app.find<LiveCheckView>(u"liveCheckView"_qs));

        QTRY_VERIFY_WITH_TIMEOUT(
            findings->toPlainText().contains(u"CT on input 2 faces the wrong way"), kVerdictTimeoutMs);
        QVERIFY(verdict->text().contains(u"FAIL"));
        const std::optional<electrical::Diagnosis>& diagnosis = app.liveCheck.diagnosis();
        QVERIFY(diagnosis);
        const auto reversed = std::find_if(diagnosis->findings.cbegin(), diagnosis->findings.cend(),
            [](const electrical::Finding& f) { return f.code == electrical::FindingCode::CtReversed; });
        QVERIFY(reversed != diagnosis->findings.cend());
        QCOMPARE(reversed->element, 2);
        // The physical fix is there, as the engine words it.
        QVERIFY2(findings->toPlainText().contains(reversed->message), qPrintable(findings->toPlainText()));

        const PhasorArrow& i2 = phasors->diagram().currents.at(1);
        QCOMPARE(i2.status, PhasorArrow::Status::Alarm);
        QCOMPARE(i2.label, u"I2 reversed"_qs);
        QCOMPARE(phasors->diagram().currents.at(0).status, PhasorArrow::Status::Normal);

        // Offered: in the plain live view it explains where to apply it (tst_softwarecorrection).
        QVERIFY(applyCorrection->isVisible());
        QVERIFY(applyCorrection->isEnabled());
        QVERIFY(!applyCorrection->toolTip().isEmpty());

        app.controller.disconnectFromDevice();
        QTRY_VERIFY(verdict->text().contains(u"NOT CONNECTED"));
        QVERIFY(!app.liveCheck.diagnosis());
        QVERIFY(phasors->diagram().isEmpty());
    }

    void lostLinkMidStreamShowsOneBanner()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        Commissioner app;
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        app.controller.connectTo(ConnectionTarget::device(DeviceAddress::parse(sim.address()).value()));
        QTRY_COMPARE_WITH_TIMEOUT(
            app.liveStream.state(), LiveStreamController::State::Live, kConnectTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(app.liveCheck.diagnosis().has_value(), kVerdictTimeoutMs);

        sim.kill();
        auto* banner = app.find<ProblemBanner>(u"problemBanner"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        // Past the stall timeout: a stream that died with its link adds nothing of its own.
        QTest::qWait(int(LiveStreamController::kStallTimeout.count()) + 500);
        const QList<ProblemBanner*> banners = app.window.findChildren<ProblemBanner*>();
        QCOMPARE(
            std::count_if(banners.cbegin(), banners.cend(), [](const QWidget* b) { return b->isVisible(); }),
            1);
        QVERIFY(!anyDialogOpen());
        QCOMPARE(app.liveStream.state(), LiveStreamController::State::Off);
        QVERIFY(app.find<QLabel>(u"verdictWord"_qs)->text().contains(u"NOT CONNECTED"));
    }
};

QTEST_MAIN(tst_LiveCheckEndToEnd)
#include "tst_livecheckendtoend.moc"
