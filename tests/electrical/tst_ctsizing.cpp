// The CT size helper: the smallest standard CT that stays within class up to the current the
// breaker lets through without tripping.
#include "electrical/CtSizing.h"

#include <QTest>

using namespace iotpro::electrical;

namespace {
const QList<quint32> kStandard { 100, 250, 500, 1000, 2000 };
}

class tst_CtSizing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsTheNextStandardCt_data()
    {
        QTest::addColumn<double>("breakerA");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("small") << 16.0 << 100u;
        QTest::newRow("breaker equal to a CT") << 100.0 << 100u; // 113 A within 120 A
        QTest::newRow("just above") << 125.0 << 250u;
        QTest::newRow("200 A") << 200.0 << 250u;
        QTest::newRow("250 A") << 250.0 << 250u;
        QTest::newRow("400 A") << 400.0 << 500u;
        QTest::newRow("630 A") << 630.0 << 1000u;
        QTest::newRow("1600 A") << 1600.0 << 2000u;
        QTest::newRow("2100 A still fits 2000 A") << 2100.0 << 2000u; // 2373 A <= 2400 A
    }

    void suggestsTheNextStandardCt()
    {
        QFETCH(double, breakerA);
        QFETCH(quint32, expected);
        const CtSizing sizing = sizeCt(breakerA, kStandard);
        QCOMPARE(sizing.standardRatingA, std::optional<quint32>(expected));
        // The margin: the CT stays within class above anything the breaker lets through.
        QVERIFY(sizing.accurateUpToA >= sizing.maxContinuousA);
        QCOMPARE(sizing.maxContinuousA, breakerA * kBreakerNonTrippingFactor);
    }

    void tooLargeForEveryStandardCt()
    {
        const CtSizing sizing = sizeCt(2500, kStandard);
        QVERIFY(!sizing.standardRatingA);
        QCOMPARE(sizing.accurateUpToA, 0.0);
        QVERIFY(qFuzzyCompare(sizing.minimumRatingA, 2500 * kBreakerNonTrippingFactor / kCtAccurateOverload));
    }

    void orderOfTheTableDoesNotMatter()
    {
        QCOMPARE(sizeCt(300, { 2000, 500, 100, 1000, 250 }).standardRatingA, std::optional<quint32>(500));
    }
};

QTEST_GUILESS_MAIN(tst_CtSizing)
#include "tst_ctsizing.moc"
