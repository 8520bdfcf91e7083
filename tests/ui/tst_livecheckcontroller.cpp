// The live check without widgets: windows of snapshots, the steady-window gate, the verdict,
// the load gauges, the clamp-meter cross-check and starting over.
#include "LiveCheckController.h"
#include "LiveSnapshots.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;
using electrical::FindingCode;
using electrical::Wiring;
using WindowState = LiveCheckController::WindowState;

namespace {

/// Snapshots 1 … count of `site` at 10 Hz with a little measurement noise. Sequence 21 is
/// the first one 2 s after sequence 1: it closes the first window.
QList<LiveSnapshot> stream(const livesnapshots::Site& site, int count, quint64 firstSequence = 1)
{
    QRandomGenerator noise(42);
    QList<LiveSnapshot> snapshots;
    for (quint64 sequence = firstSequence; sequence < firstSequence + quint64(count); ++sequence)
        snapshots << livesnapshots::snapshotOf(site, sequence, 1'718'100'000'000'000, { &noise, 0.002, 0.2 });
    return snapshots;
}

void feed(LiveCheckController& check, const QList<LiveSnapshot>& snapshots)
{
    for (const LiveSnapshot& snapshot : snapshots)
        check.addSnapshot(snapshot);
}

bool hasFinding(const electrical::Diagnosis& diagnosis, FindingCode code, int element)
{
    return std::any_of(diagnosis.findings.cbegin(), diagnosis.findings.cend(),
        [&](const electrical::Finding& f) { return f.code == code && f.element == element; });
}

const livesnapshots::Site kCorrect = livesnapshots::correctSite(Wiring::ThreePhaseFourWire);

} // namespace

class tst_LiveCheckController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windows_data()
    {
        QTest::addColumn<QList<LiveSnapshot>>("snapshots");
        QTest::addColumn<WindowState>("state");
        QTest::addColumn<bool>("diagnosed");
        QTest::addColumn<electrical::Verdict>("verdict");

        QTest::newRow("nothing yet") << QList<LiveSnapshot>() << WindowState::NoReadings << false
                                     << electrical::Verdict::Pass;
        QTest::newRow("first window incomplete")
            << stream(kCorrect, 20) << WindowState::Collecting << false << electrical::Verdict::Pass;
        QTest::newRow("steady, wired right")
            << stream(kCorrect, 21) << WindowState::Steady << true << electrical::Verdict::Pass;
        QTest::newRow("steady, CT 2 reversed") << stream(livesnapshots::reversedCt(kCorrect, 2), 21)
                                               << WindowState::Steady << true << electrical::Verdict::Fail;
        livesnapshots::Site lighter = kCorrect;
        lighter.load.current = { 12.0, 12.0, 12.0 };
        QTest::newRow("load switched mid-window")
            << stream(kCorrect, 10) + stream(lighter, 11, 11) << WindowState::Unsteady << false
            << electrical::Verdict::Pass;
    }

    void windows()
    {
        QFETCH(QList<LiveSnapshot>, snapshots);
        QFETCH(WindowState, state);
        QFETCH(bool, diagnosed);
        QFETCH(electrical::Verdict, verdict);

        LiveCheckController check;
        feed(check, snapshots);
        QCOMPARE(check.windowState(), state);
        QCOMPARE(check.unsteadyReason().isEmpty(), state != WindowState::Unsteady);
        QCOMPARE(check.diagnosis().has_value(), diagnosed);
        if (diagnosed)
            QCOMPARE(check.diagnosis()->verdict, verdict);
    }

    void reversedCtIsNamed()
    {
        LiveCheckController check;
        QSignalSpy diagnoses(&check, &LiveCheckController::diagnosisChanged);
        feed(check, stream(livesnapshots::reversedCt(kCorrect, 2), 21));
        QCOMPARE(diagnoses.count(), 1);
        QVERIFY(hasFinding(*check.diagnosis(), FindingCode::CtReversed, 2));
        // The diagram of the latest snapshot names it too.
        QCOMPARE(check.phasorDiagram().currents[1].label, u"I2 reversed"_qs);
    }

    void unsteadyWindowKeepsTheLastResult()
    {
        LiveCheckController check;
        feed(check, stream(kCorrect, 21));
        const electrical::Diagnosis steady = *check.diagnosis();
        livesnapshots::Site lighter = kCorrect;
        lighter.load.current = { 12.0, 12.0, 12.0 };
        feed(check, stream(lighter, 20, 22));
        QCOMPARE(check.windowState(), WindowState::Unsteady);
        QCOMPARE(*check.diagnosis(), steady);
    }

    void loadGauges_data()
    {
        QTest::addColumn<Wiring>("wiring");
        QTest::addColumn<QList<double>>("currents");
        QTest::addColumn<double>("ctRating");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<LoadGauge::Level>>("levels");

        using Level = LoadGauge::Level;
        QTest::newRow("L2 short of load") << Wiring::ThreePhaseFourWire << QList { 40.0, 4.1, 12.0 } << 100.0
                                          << QStringList { u"L1: 40 A — enough load (10 A needed)"_qs,
                                                 u"L2: 4.1 A of 10 A needed — add 5.9 A of load"_qs,
                                                 u"L3: 12 A — enough load (10 A needed)"_qs }
                                          << QList { Level::Enough, Level::TooLittle, Level::Enough };
        QTest::newRow("small CTs") << Wiring::ThreePhaseFourWire << QList { 4.0, 0.0, 7.2 } << 25.0
                                   << QStringList { u"L1: 4 A — enough load (2.5 A needed)"_qs,
                                          u"L2: 0 A of 2.5 A needed — add 2.5 A of load"_qs,
                                          u"L3: 7.2 A — enough load (2.5 A needed)"_qs }
                                   << QList { Level::Enough, Level::TooLittle, Level::Enough };
        QTest::newRow("overloaded") << Wiring::ThreePhaseFourWire << QList { 40.0, 40.0, 130.0 } << 100.0
                                    << QStringList { u"L1: 40 A — enough load (10 A needed)"_qs,
                                           u"L2: 40 A — enough load (10 A needed)"_qs,
                                           u"L3: 130 A — over the 120 A the CT is rated for"_qs }
                                    << QList { Level::Enough, Level::Enough, Level::OverRating };
        // What is shown adds up, and adding it is enough: the current is rounded down.
        QTest::newRow("just short") << Wiring::ThreePhaseFourWire << QList { 5.99, 9.97, 10.0 } << 100.0
                                    << QStringList { u"L1: 5.9 A of 10 A needed — add 4.1 A of load"_qs,
                                           u"L2: 9.9 A of 10 A needed — add 0.1 A of load"_qs,
                                           u"L3: 10 A — enough load (10 A needed)"_qs }
                                    << QList { Level::TooLittle, Level::TooLittle, Level::Enough };
        // The second CT of an Aron connection sits on L3.
        QTest::newRow("3P3W") << Wiring::ThreePhaseThreeWire << QList { 6.0, 6.0, 6.0 } << 100.0
                              << QStringList { u"L1: 6 A of 10 A needed — add 4 A of load"_qs,
                                     u"L3: 6 A of 10 A needed — add 4 A of load"_qs }
                              << QList { Level::TooLittle, Level::TooLittle };
    }

    void loadGauges()
    {
        QFETCH(Wiring, wiring);
        QFETCH(QList<double>, currents);
        QFETCH(double, ctRating);
        QFETCH(QStringList, texts);
        QFETCH(QList<LoadGauge::Level>, levels);

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        livesnapshots::Site site = livesnapshots::correctSite(wiring);
        site.load.current = currents;
        site.ctRatingA = ctRating;
        LiveCheckController check;
        QSignalSpy readings(&check, &LiveCheckController::readingsChanged);
        check.addSnapshot(livesnapshots::snapshotOf(site, 1));
        QCOMPARE(readings.count(), 1);
        const QList<LoadGauge>& gauges = check.loadGauges();
        QCOMPARE(gauges.size(), texts.size());
        for (qsizetype k = 0; k < texts.size(); ++k) {
            QCOMPARE(gauges[k].text(), texts[k]);
            QCOMPARE(gauges[k].level, levels[k]);
            QCOMPARE(gauges[k].progress(), std::min(currents[k] / (0.1 * ctRating), 1.0));
        }
    }

    void gaugeWithoutVoltage()
    {
        LiveSnapshot snapshot = livesnapshots::snapshotOf(kCorrect, 1);
        snapshot.elements[1].voltage = 3.0;
        LiveCheckController check;
        check.addSnapshot(snapshot);
        QCOMPARE(check.loadGauges()[1].level, LoadGauge::Level::NoVoltage);
        QCOMPARE(check.loadGauges()[1].progress(), 0.0);
        QCOMPARE(check.loadGauges()[1].text(), u"L2: no voltage — its CT cannot be checked"_qs);
    }

    void clampMeterCatchesAWrongCtSize()
    {
        LiveCheckController check;
        feed(check, stream(kCorrect, 21));
        QCOMPARE(check.diagnosis()->verdict, electrical::Verdict::Pass);
        QSignalSpy diagnoses(&check, &LiveCheckController::diagnosisChanged);

        // The module reads 40 A on input 2 while a clamp meter shows 80 A: a 200 A CT declared as 100 A.
        check.setClampMeterReadings({ { 40.0, 80.0, std::nullopt } });
        QCOMPARE(diagnoses.count(), 1); // at once, on the last steady window
        QVERIFY(hasFinding(*check.diagnosis(), FindingCode::CtRatioMismatch, 2));
        QVERIFY(!hasFinding(*check.diagnosis(), FindingCode::CtRatioMismatch, 1));
        QCOMPARE(check.diagnosis()->verdict, electrical::Verdict::Fail);

        check.setClampMeterReadings({ { 40.0, 80.0, std::nullopt } });
        QCOMPARE(diagnoses.count(), 1); // nothing new
        check.setClampMeterReadings({});
        QCOMPARE(check.diagnosis()->verdict, electrical::Verdict::Pass);
    }

    void ctSecondaryShapesTheAdvice()
    {
        LiveCheckController check;
        QCOMPARE(check.ctSecondary(), electrical::CtSecondary::Voltage333mV);
        feed(check, stream(livesnapshots::reversedCt(kCorrect, 2), 21));
        const QString safe = check.diagnosis()->findings.constLast().message;
        check.setCtSecondary(electrical::CtSecondary::Current5A);
        QCOMPARE(check.installation().ctSecondary, electrical::CtSecondary::Current5A);
        const QString dangerous = check.diagnosis()->findings.constLast().message;
        QVERIFY(safe != dangerous);
        QVERIFY2(dangerous.contains(u"short"), qPrintable(dangerous));
    }

    void newSetupStartsOver()
    {
        LiveCheckController check;
        feed(check, stream(kCorrect, 21));
        QVERIFY(check.diagnosis());
        livesnapshots::Site rerated = kCorrect;
        rerated.ctRatingA = 200.0; // a configuration was written
        check.addSnapshot(livesnapshots::snapshotOf(rerated, 22));
        QVERIFY(!check.diagnosis());
        QCOMPARE(check.windowState(), WindowState::Collecting);
        QCOMPARE(check.loadGauges()[0].neededA, 20.0);
    }

    void resetForgetsReadingsButNotEntries()
    {
        LiveCheckController check;
        check.setCtSecondary(electrical::CtSecondary::Current1A);
        feed(check, stream(kCorrect, 21));
        QSignalSpy states(&check, &LiveCheckController::windowStateChanged);
        check.reset();
        QCOMPARE(states.count(), 1);
        QCOMPARE(check.windowState(), WindowState::NoReadings);
        QVERIFY(!check.diagnosis());
        QVERIFY(check.loadGauges().isEmpty());
        QVERIFY(check.phasorDiagram().isEmpty());
        QCOMPARE(check.inputCount(), 0);
        QCOMPARE(check.ctSecondary(), electrical::CtSecondary::Current1A);
    }
};

QTEST_GUILESS_MAIN(tst_LiveCheckController)
#include "tst_livecheckcontroller.moc"
