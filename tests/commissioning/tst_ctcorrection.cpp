// The live check's correction becomes the remap and inversion the module must apply: on top of the
// correction the module already applies, folded with each CT's declared mounting direction, and
// refused where software cannot help (a CT on L2 in 3P3W).
#include "commissioning/CtCorrection.h"
#include "config/ConfigValidator.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::commissioning;
using electrical::Wiring;

namespace {

MeteringSetup setupOf(Wiring wiring, const QList<int>& phase, const QList<bool>& inverted)
{
    MeteringSetup setup;
    setup.wiring = wiring;
    setup.nominalVoltage = wiring == Wiring::ThreePhaseThreeWire ? 400 : 230;
    setup.nominalFrequency = 50;
    setup.ctPrimaryA = QList<double>(phase.size(), 100.0);
    setup.ctPhase = phase;
    setup.ctInverted = inverted;
    return setup;
}

} // namespace

class tst_CtCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrangement_data()
    {
        QTest::addColumn<Wiring>("wiring");
        QTest::addColumn<QList<int>>("measuredPhase");
        QTest::addColumn<QList<bool>>("measuredInverted");
        QTest::addColumn<QList<int>>("correctionPhase");
        QTest::addColumn<QList<bool>>("correctionInverted");
        QTest::addColumn<QList<int>>("expectedPhase");
        QTest::addColumn<QList<bool>>("expectedInverted");

        const auto p4 = Wiring::ThreePhaseFourWire;
        const auto p3 = Wiring::ThreePhaseThreeWire;
        QTest::newRow("3P4W CT 2 reversed") << p4 << QList { 1, 2, 3 } << QList { false, false, false }
                                            << QList { 1, 2, 3 } << QList { false, true, false }
                                            << QList { 1, 2, 3 } << QList { false, true, false };
        QTest::newRow("3P4W CTs 1 and 2 swapped") << p4 << QList { 1, 2, 3 } << QList { false, false, false }
                                                  << QList { 2, 1, 3 } << QList { false, false, false }
                                                  << QList { 2, 1, 3 } << QList { false, false, false };
        QTest::newRow("3P4W all rotated, CT 3 reversed")
            << p4 << QList { 1, 2, 3 } << QList { false, false, false } << QList { 2, 3, 1 }
            << QList { false, false, true } << QList { 2, 3, 1 } << QList { false, false, true };
        // The module pairs input 2 with L1 already: element 1 shows input 2's current.
        QTest::newRow("3P4W on top of a remap") << p4 << QList { 2, 1, 3 } << QList { false, false, false }
                                                << QList { 1, 2, 3 } << QList { true, false, false }
                                                << QList { 2, 1, 3 } << QList { false, true, false };
        // An inversion that was wrong is taken back.
        QTest::newRow("3P4W undoes an inversion") << p4 << QList { 1, 2, 3 } << QList { false, true, false }
                                                  << QList { 1, 2, 3 } << QList { false, true, false }
                                                  << QList { 1, 2, 3 } << QList { false, false, false };
        QTest::newRow("3P3W CT 2 reversed") << p3 << QList { 1, 3 } << QList { false, false } << QList { 1, 3 }
                                            << QList { false, true } << QList { 1, 3 } << QList { false, true };
        QTest::newRow("3P3W CTs swapped") << p3 << QList { 1, 3 } << QList { false, false } << QList { 3, 1 }
                                          << QList { false, false } << QList { 3, 1 } << QList { false, false };
        QTest::newRow("3P3W on top of a swap") << p3 << QList { 3, 1 } << QList { false, false } << QList { 3, 1 }
                                               << QList { false, false } << QList { 1, 3 } << QList { false, false };
        QTest::newRow("1P reversed") << Wiring::SinglePhase << QList { 1 } << QList { false } << QList { 1 }
                                     << QList { true } << QList { 1 } << QList { true };
    }

    void arrangement()
    {
        QFETCH(Wiring, wiring);
        QFETCH(QList<int>, measuredPhase);
        QFETCH(QList<bool>, measuredInverted);
        QFETCH(QList<int>, correctionPhase);
        QFETCH(QList<bool>, correctionInverted);
        QFETCH(QList<int>, expectedPhase);
        QFETCH(QList<bool>, expectedInverted);

        const MeteringSetup measured = setupOf(wiring, measuredPhase, measuredInverted);
        const auto result = correctedArrangement(measured, { correctionPhase, correctionInverted });
        QVERIFY(std::holds_alternative<CtArrangement>(result));
        const CtArrangement arranged = std::get<CtArrangement>(result);
        QCOMPARE(arranged.phase, expectedPhase);
        QCOMPARE(arranged.inverted, expectedInverted);
    }

    void refusals_data()
    {
        QTest::addColumn<Wiring>("wiring");
        QTest::addColumn<QList<int>>("correctionPhase");
        QTest::addColumn<QList<bool>>("correctionInverted");
        QTest::addColumn<CorrectionRefusal>("expected");

        QTest::newRow("3P3W CT 1 on L2") << Wiring::ThreePhaseThreeWire << QList { 2, 3 } << QList { false, false }
                                         << CorrectionRefusal::CtOnReferencePhase;
        QTest::newRow("3P3W CT 2 on L2, reversed") << Wiring::ThreePhaseThreeWire << QList { 1, 2 }
                                                   << QList { false, true } << CorrectionRefusal::CtOnReferencePhase;
        QTest::newRow("a correction of another wiring") << Wiring::ThreePhaseFourWire << QList { 1, 3 }
                                                        << QList { false, true } << CorrectionRefusal::NotOfThisSetup;
    }

    void refusals()
    {
        QFETCH(Wiring, wiring);
        QFETCH(QList<int>, correctionPhase);
        QFETCH(QList<bool>, correctionInverted);
        QFETCH(CorrectionRefusal, expected);

        const MeteringSetup measured = wiring == Wiring::ThreePhaseThreeWire
            ? setupOf(wiring, { 1, 3 }, { false, false })
            : setupOf(wiring, { 1, 2, 3 }, { false, false, false });
        const auto result = correctedArrangement(measured, { correctionPhase, correctionInverted });
        QVERIFY(std::holds_alternative<CorrectionRefusal>(result));
        QCOMPARE(std::get<CorrectionRefusal>(result), expected);
        QVERIFY(!refusalText(expected).isEmpty());
    }

    void aRemapThatLeavesAnElementWithoutCtIsRefused()
    {
        const MeteringSetup broken = setupOf(Wiring::ThreePhaseFourWire, { 1, 1, 3 }, { false, false, false });
        const auto result = correctedArrangement(broken, { { 1, 2, 3 }, { false, true, false } });
        QVERIFY(std::holds_alternative<CorrectionRefusal>(result));
    }

    /// The configuration's `inverted` is relative to the declared direction: the module inverts an
    /// input mounted towards the supply by itself.
    void configurationFoldsTheDirection()
    {
        config::MeteringConfig metering = config::factoryDefaultConfig().metering;
        metering.ctInputs[0].direction = config::CtDirection::TowardsSupply;
        metering.ctInputs[0].inverted = true;
        metering.ctInputs[1].inverted = false;

        const config::MeteringConfig corrected
            = withCtArrangement(metering, { { 1, 3, 2 }, { true, true, false } });
        QCOMPARE(corrected.ctInputs[0].phase, 1u);
        QCOMPARE(corrected.ctInputs[0].inverted, false); // towards the supply: inverted by the direction alone
        QCOMPARE(corrected.ctInputs[1].phase, 3u);
        QCOMPARE(corrected.ctInputs[1].inverted, true);
        QCOMPARE(corrected.ctInputs[2].phase, 2u);
        QCOMPARE(corrected.ctInputs[2].inverted, false);
        QCOMPARE(corrected.ctInputs[1].ratingA, metering.ctInputs[1].ratingA);
        config::DeviceConfig config = config::factoryDefaultConfig();
        config.metering = corrected;
        QVERIFY(config::validate(config, {}).isEmpty());
    }

    void changesInWords()
    {
        const MeteringSetup measured = setupOf(Wiring::ThreePhaseFourWire, { 1, 2, 3 }, { false, false, false });
        const QStringList changes = arrangementChanges(measured, { { 2, 1, 3 }, { false, true, false } });
        QCOMPARE(changes.size(), 2);
        QVERIFY2(changes[0].startsWith(u"CT input 1: paired with L2"), qPrintable(changes[0]));
        QVERIFY2(changes[1].contains(u"L1") && changes[1].endsWith(u"inverted"), qPrintable(changes[1]));
        QVERIFY(arrangementChanges(measured, { { 1, 2, 3 }, { false, false, false } }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CtCorrection)
#include "tst_ctcorrection.moc"
