// The hypothesis space and the priors of the diagnosis, on their own.
#include "electrical/WiringSearch.h"

#include <QTest>
#include <set>

using namespace iotpro::electrical;

namespace {

WiringEvidence evidenceFor(Wiring wiring, std::array<bool, 3> judged)
{
    WiringEvidence evidence;
    evidence.wiring = wiring;
    evidence.judged = judged;
    evidence.frame.elementAngle = { 0.0, -120.0, 120.0 };
    evidence.frame.phaseAngle = { 0.0, -120.0, 120.0 };
    return evidence;
}

} // namespace

class tst_WiringSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesEveryArrangement_data()
    {
        QTest::addColumn<int>("wiring");
        QTest::addColumn<QList<bool>>("judged");
        QTest::addColumn<int>("count");
        QTest::newRow("3P4W: 3! x 2^3")
            << int(Wiring::ThreePhaseFourWire) << QList<bool> { true, true, true } << 48;
        QTest::newRow("3P4W, input 2 not judged")
            << int(Wiring::ThreePhaseFourWire) << QList<bool> { true, false, true } << 24;
        QTest::newRow("3P3W: 3x2 x 2^2")
            << int(Wiring::ThreePhaseThreeWire) << QList<bool> { true, true, false } << 24;
        QTest::newRow("1P: polarity") << int(Wiring::SinglePhase) << QList<bool> { true, false, false } << 2;
    }
    void searchesEveryArrangement()
    {
        QFETCH(int, wiring);
        QFETCH(QList<bool>, judged);
        QFETCH(int, count);
        const auto w = Wiring(wiring);
        const QList<WiringHypothesis> ranked = rankArrangements(
            evidenceFor(w, { judged[0], judged[1], judged[2] }), defaultDiagnosisThresholds);
        QCOMPARE(ranked.size(), count);
        std::set<std::pair<std::array<int, 3>, std::array<bool, 3>>> distinct;
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const WiringHypothesis& hypothesis = ranked[i];
            distinct.insert({ hypothesis.phase, hypothesis.inverted });
            std::set<int> phases;
            for (int k = 0; k < ctInputCount(w); ++k) {
                phases.insert(hypothesis.phase[std::size_t(k)]);
                QVERIFY(hypothesis.phase[std::size_t(k)] >= 1
                    && hypothesis.phase[std::size_t(k)] <= phaseConductorCount(w));
                QVERIFY(judged[k] || !hypothesis.inverted[std::size_t(k)]);
            }
            QCOMPARE(int(phases.size()), ctInputCount(w)); // each phase used once
            if (i > 0)
                QVERIFY(ranked[i - 1].cost <= hypothesis.cost); // cheapest first
        }
        QCOMPARE(qsizetype(distinct.size()), ranked.size());
    }

    void countsMistakesAsAnInstallerMakesThem_data()
    {
        QTest::addColumn<int>("wiring");
        QTest::addColumn<QList<int>>("phase");
        QTest::addColumn<QList<bool>>("inverted");
        QTest::addColumn<int>("mistakes");
        const auto fourWire = int(Wiring::ThreePhaseFourWire);
        QTest::newRow("correct") << fourWire << QList<int> { 1, 2, 3 } << QList<bool> { false, false, false }
                                 << 0;
        QTest::newRow("one reversed")
            << fourWire << QList<int> { 1, 2, 3 } << QList<bool> { false, true, false } << 1;
        QTest::newRow("two reversed")
            << fourWire << QList<int> { 1, 2, 3 } << QList<bool> { true, true, false } << 2;
        QTest::newRow("all reversed: one habit")
            << fourWire << QList<int> { 1, 2, 3 } << QList<bool> { true, true, true } << 1;
        QTest::newRow("a swap") << fourWire << QList<int> { 2, 1, 3 } << QList<bool> { false, false, false }
                                << 1;
        QTest::newRow("a rotation") << fourWire << QList<int> { 2, 3, 1 }
                                    << QList<bool> { false, false, false } << 1;
        QTest::newRow("rotation and reversal")
            << fourWire << QList<int> { 2, 3, 1 } << QList<bool> { false, false, true } << 2;
        QTest::newRow("3P3W correct: CT 2 on L3")
            << int(Wiring::ThreePhaseThreeWire) << QList<int> { 1, 3 } << QList<bool> { false, false } << 0;
        QTest::newRow("3P3W CT 2 on L2")
            << int(Wiring::ThreePhaseThreeWire) << QList<int> { 1, 2 } << QList<bool> { false, false } << 1;
        QTest::newRow("3P3W both reversed")
            << int(Wiring::ThreePhaseThreeWire) << QList<int> { 1, 3 } << QList<bool> { true, true } << 1;
        QTest::newRow("1P reversed") << int(Wiring::SinglePhase) << QList<int> { 1 } << QList<bool> { true }
                                     << 1;
    }
    void countsMistakesAsAnInstallerMakesThem()
    {
        QFETCH(int, wiring);
        QFETCH(QList<int>, phase);
        QFETCH(QList<bool>, inverted);
        QFETCH(int, mistakes);
        std::array<int, 3> phases {};
        std::array<bool, 3> inversions {};
        std::array<bool, 3> judged {};
        for (qsizetype k = 0; k < phase.size(); ++k) {
            phases[std::size_t(k)] = phase[k];
            inversions[std::size_t(k)] = inverted[k];
            judged[std::size_t(k)] = true;
        }
        QCOMPARE(mistakeCount(Wiring(wiring), phases, inversions, judged), mistakes);
    }

    void prefersUsualLoads()
    {
        const DiagnosisThresholds& t = defaultDiagnosisThresholds;
        QCOMPARE(loadAngleCost(0.0, t), 0.0);
        QCOMPARE(loadAngleCost(t.preferredLaggingLimitDeg, t), 0.0);
        QCOMPARE(loadAngleCost(t.laggingLimitDeg, t), t.laggingLimitCost);
        QCOMPARE(loadAngleCost(t.leadingLimitDeg, t), t.leadingLimitCost);
        // Lagging preferred: the same angle costs more leading than lagging.
        QVERIFY(loadAngleCost(-30.0, t) > loadAngleCost(30.0, t));
        // Rising away from the preferred zone on both sides, up to the far side of the circle…
        double previous = 0.0;
        for (double angle = 0.0; angle >= -165.0; angle -= 5.0) {
            QVERIFY(loadAngleCost(angle, t) >= previous);
            previous = loadAngleCost(angle, t);
        }
        previous = 0.0;
        for (double angle = 0.0; angle <= 190.0; angle += 5.0) {
            QVERIFY(loadAngleCost(angle, t) >= previous);
            previous = loadAngleCost(angle, t);
        }
        // …without a jump where the angle wraps.
        QVERIFY(std::abs(loadAngleCost(179.9, t) - loadAngleCost(-179.9, t)) < 1.0);
        QVERIFY(loadAngleCost(t.laggingLimitDeg + 30.0, t) > 3 * t.mistakeCost);
        QCOMPARE(loadAngleCost(380.0, t), loadAngleCost(20.0, t)); // angles wrap
    }

    void unusualLoadsAreNotAnExplanation()
    {
        WiringHypothesis hypothesis;
        const std::array<bool, 3> judged { true, true, true };
        hypothesis.loadAngle = { 10.0, 40.0, -20.0 };
        QVERIFY(explainsWithUsualLoads(hypothesis, judged, defaultDiagnosisThresholds));
        hypothesis.loadAngle = { 10.0, 75.0, 20.0 }; // PF 0.26 lagging
        QVERIFY(!explainsWithUsualLoads(hypothesis, judged, defaultDiagnosisThresholds));
        hypothesis.loadAngle = { -40.0, 50.0, 20.0 }; // 90° between phases
        QVERIFY(!explainsWithUsualLoads(hypothesis, judged, defaultDiagnosisThresholds));
        // What was not judged does not count.
        QVERIFY(explainsWithUsualLoads(hypothesis, { true, false, true }, defaultDiagnosisThresholds));
    }
};

QTEST_GUILESS_MAIN(tst_WiringSearch)
#include "tst_wiringsearch.moc"
