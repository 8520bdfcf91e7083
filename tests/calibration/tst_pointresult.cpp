#include "calibration/PointResult.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace iotpro::calibration;

namespace {

/// Three elements at V, I, with P and Q of a load at `angleDeg`, scaled by `gain` on element `k` (0: all).
PowerReading reading(double current, double angleDeg, double gain = 1.0, int element = 0)
{
    PowerReading elements;
    const double radians = angleDeg * std::numbers::pi / 180.0;
    for (int k = 1; k <= 3; ++k) {
        const double g = element == 0 || element == k ? gain : 1.0;
        elements.append({ 230.0, current * g, 230.0 * current * g * std::cos(radians),
            230.0 * current * g * std::sin(radians) });
    }
    return elements;
}

TestPoint accuracyPoint(double pf, bool inductive, int element = 0)
{
    TestPoint point;
    point.id = u"T"_qs;
    point.currentPct = 100.0;
    point.powerFactor = pf;
    point.inductive = inductive;
    point.element = element;
    return point;
}

} // namespace

class tst_PointResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<double>("error");
        QTest::addColumn<double>("uncertainty");
        QTest::addColumn<double>("limit");
        QTest::addColumn<int>("verdict");
        QTest::newRow("well inside") << 0.1 << 0.1 << 0.5 << int(Verdict::Pass);
        QTest::newRow("exactly at the guard band") << 0.4 << 0.1 << 0.5 << int(Verdict::Pass);
        QTest::newRow("negative inside") << -0.35 << 0.1 << 0.5 << int(Verdict::Pass);
        QTest::newRow("in the guard band") << 0.45 << 0.1 << 0.5 << int(Verdict::FailInGuardBand);
        QTest::newRow("negative in the guard band") << -0.5 << 0.1 << 0.5 << int(Verdict::FailInGuardBand);
        QTest::newRow("outside") << 0.55 << 0.1 << 0.5 << int(Verdict::Fail);
        QTest::newRow("negative outside") << -0.7 << 0.0 << 0.6 << int(Verdict::Fail);
    }
    void decide()
    {
        QFETCH(double, error);
        QFETCH(double, uncertainty);
        QFETCH(double, limit);
        QFETCH(int, verdict);
        QCOMPARE(int(iotpro::calibration::decide(error, uncertainty, limit)), verdict);
    }

    void steadyGainErrorIsTheError()
    {
        QList<SamplePair> samples;
        for (int i = 0; i < 10; ++i)
            samples.append({ reading(100.0, 0.0, 1.003), reading(100.0, 0.0) });
        const PointResult result = evaluateAccuracy(accuracyPoint(1.0, true), 0.5, 0.01, samples);
        QVERIFY(qAbs(result.errorPct - 0.3) < 1e-9);
        // No scatter: only the reference's uncertainty, expanded.
        QVERIFY(qAbs(result.uncertaintyPct - 0.02) < 1e-12);
        QCOMPARE(result.verdict, Verdict::Pass);
        QCOMPARE(result.samples, 10);
        QVERIFY(!result.reactiveErrorPct);
        QVERIFY(qAbs(result.reference.activePower - 3 * 23000.0) < 1e-6);
        QVERIFY(qAbs(result.module.powerFactor - 1.0) < 1e-12);
        QCOMPARE(result.reference.elements.size(), 3);
    }

    void scatterWidensTheUncertainty()
    {
        // Errors alternating +0.1 % and -0.1 %: mean 0, standard deviation of the mean 0.1/sqrt(n) * sqrt(n/(n-1)).
        QList<SamplePair> samples;
        const int n = 10;
        for (int i = 0; i < n; ++i)
            samples.append({ reading(100.0, 0.0, i % 2 ? 1.001 : 0.999), reading(100.0, 0.0) });
        const PointResult result = evaluateAccuracy(accuracyPoint(1.0, true), 0.5, 0.0, samples);
        QVERIFY(qAbs(result.errorPct) < 1e-9);
        const double typeA = 0.1 * std::sqrt(double(n) / (n - 1)) / std::sqrt(double(n));
        QVERIFY2(qAbs(result.uncertaintyPct - 2.0 * typeA) < 1e-9, qPrintable(QString::number(result.uncertaintyPct)));
    }

    void singleElementJudgesOnlyItsElement()
    {
        // Element 2 is 1 % off; a point on element 1 must not see it, one on element 2 must.
        QList<SamplePair> samples;
        for (int i = 0; i < 4; ++i)
            samples.append({ reading(100.0, 0.0, 1.01, 2), reading(100.0, 0.0) });
        QVERIFY(qAbs(evaluateAccuracy(accuracyPoint(1.0, true, 1), 0.6, 0.0, samples).errorPct) < 1e-9);
        const PointResult second = evaluateAccuracy(accuracyPoint(1.0, true, 2), 0.6, 0.0, samples);
        QVERIFY(qAbs(second.errorPct - 1.0) < 1e-9);
        QCOMPARE(second.verdict, Verdict::Fail);
        QVERIFY(qAbs(second.reference.activePower - 23000.0) < 1e-6);
    }

    void reactiveReportedWhereSinePhiIsHalfOrMore_data()
    {
        QTest::addColumn<double>("pf");
        QTest::addColumn<bool>("inductive");
        QTest::addColumn<bool>("reported");
        QTest::newRow("PF 1") << 1.0 << true << false;
        QTest::newRow("PF 0.9 ind") << 0.9 << true << false;
        QTest::newRow("PF 0.8 cap") << 0.8 << false << true;
        QTest::newRow("PF 0.5 ind") << 0.5 << true << true;
    }
    void reactiveReportedWhereSinePhiIsHalfOrMore()
    {
        QFETCH(double, pf);
        QFETCH(bool, inductive);
        QFETCH(bool, reported);
        const double angle = std::acos(pf) * 180.0 / std::numbers::pi * (inductive ? 1.0 : -1.0);
        QList<SamplePair> samples;
        for (int i = 0; i < 3; ++i)
            samples.append({ reading(50.0, angle, 1.002), reading(50.0, angle) });
        const PointResult result = evaluateAccuracy(accuracyPoint(pf, inductive), 0.6, 0.0, samples);
        QCOMPARE(result.reactiveErrorPct.has_value(), reported);
        if (reported)
            QVERIFY(qAbs(*result.reactiveErrorPct - 0.2) < 1e-9);
    }

    void energyPoints()
    {
        TestPoint starting;
        starting.kind = PointKind::StartingCurrent;
        QCOMPARE(evaluateStartingCurrent(starting, 1.0, 2.0, 1.5).verdict, Verdict::Pass);
        QCOMPARE(evaluateStartingCurrent(starting, 0.0, 2.0, 1.5).verdict, Verdict::Fail);
        TestPoint noLoad;
        noLoad.kind = PointKind::NoLoad;
        QCOMPARE(evaluateNoLoad(noLoad, 0.0, 3.0).verdict, Verdict::Pass);
        QCOMPARE(evaluateNoLoad(noLoad, 1.0, 3.0).verdict, Verdict::Pass);
        QCOMPARE(evaluateNoLoad(noLoad, 2.0, 3.0).verdict, Verdict::Fail);
    }
};

QTEST_GUILESS_MAIN(tst_PointResult)
#include "tst_pointresult.moc"
