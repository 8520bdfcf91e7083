#include "electrical/SiteVariation.h"

#include <QTest>

#include <cmath>

using namespace iotpro::sim;

namespace {

constexpr double kStepS = 0.1;

Site siteWith(const Variation& variation)
{
    Site site;
    site.variation = variation;
    site.loads[0].currentA = 10.0;
    site.loads[1].currentA = 20.0;
    site.loads[2].currentA = 30.0;
    return site;
}

} // namespace

class tst_SiteVariation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadAngleFollowsThePowerFactor_data();
    void loadAngleFollowsThePowerFactor();
    void zeroVariationStaysNominal();
    void seedReplaysTheSameConditions();
    void stepsKeepEachLoadWithinBounds();
    void driftHasTheConfiguredSpread();
};

void tst_SiteVariation::loadAngleFollowsThePowerFactor_data()
{
    QTest::addColumn<double>("powerFactor");
    QTest::addColumn<double>("angleDeg");

    QTest::newRow("unity") << 1.0 << 0.0;
    QTest::newRow("0.5 lagging") << 0.5 << 60.0;
    QTest::newRow("0.8 leading") << -0.8 << -36.869897645844;
    QTest::newRow("unity, leading sign") << -1.0 << 0.0;
}

void tst_SiteVariation::loadAngleFollowsThePowerFactor()
{
    QFETCH(double, powerFactor);
    QFETCH(double, angleDeg);

    QVERIFY(std::abs(loadAngleDegrees(powerFactor) - angleDeg) < 1e-9);
}

void tst_SiteVariation::zeroVariationStaysNominal()
{
    const Site site = siteWith({ 0.0, 0.0, 0.0, 0.0, 60.0, 0.0, 0.0 });
    SiteVariation variation(site, 3);
    const SiteConditions start = variation.conditions();
    QCOMPARE(start.currentA, (std::array { 10.0, 20.0, 30.0 }));
    QCOMPARE(start.voltageShare, site.supply.voltageShare);
    QCOMPARE(start.frequency, 50.0);
    for (int i = 0; i < 10'000; ++i)
        variation.step(kStepS);
    QVERIFY(variation.conditions() == start);
}

void tst_SiteVariation::seedReplaysTheSameConditions()
{
    const Site site = siteWith(Variation {});
    SiteVariation first(site, 99);
    SiteVariation again(site, 99);
    SiteVariation other(site, 100);
    for (int i = 0; i < 5000; ++i) {
        first.step(kStepS);
        again.step(kStepS);
        other.step(kStepS);
    }
    QVERIFY(first.conditions() == again.conditions());
    QVERIFY(first.conditions() != other.conditions());
}

void tst_SiteVariation::stepsKeepEachLoadWithinBounds()
{
    // Steps only, large and frequent.
    SiteVariation variation(siteWith({ 0.0, 0.0, 0.0, 0.0, 60.0, 1.0, 50.0 }), 7);
    const std::array nominal { 10.0, 20.0, 30.0 };
    std::array<bool, 3> stepped {};
    for (int i = 0; i < 100'000; ++i) {
        variation.step(kStepS);
        const SiteConditions now = variation.conditions();
        for (std::size_t p = 0; p < 3; ++p) {
            QVERIFY(now.currentA[p] >= 0.5 * nominal[p] - 1e-9);
            QVERIFY(now.currentA[p] <= 1.5 * nominal[p] + 1e-9);
            stepped[p] = stepped[p] || now.currentA[p] != nominal[p];
        }
    }
    QCOMPARE(stepped, (std::array { true, true, true }));
}

void tst_SiteVariation::driftHasTheConfiguredSpread()
{
    // A short time constant, so that a long run holds many independent stretches.
    SiteVariation variation(siteWith({ 2.0, 1.0, 0.5, 0.02, 1.0, 0.0, 0.0 }), 11);
    double sum = 0.0;
    double sumOfSquares = 0.0;
    constexpr int kSamples = 20'000;
    for (int i = 0; i < kSamples; ++i) {
        for (int s = 0; s < 10; ++s)
            variation.step(kStepS);
        const double drift = variation.conditions().currentA[0] / 10.0 - 1.0;
        sum += drift;
        sumOfSquares += drift * drift;
    }
    const double mean = sum / kSamples;
    const double sigma = std::sqrt(sumOfSquares / kSamples - mean * mean);
    QVERIFY2(std::abs(sigma - 0.02) < 0.002, QByteArray::number(sigma).constData());
    QVERIFY2(std::abs(mean) < 0.002, QByteArray::number(mean).constData());
}

QTEST_GUILESS_MAIN(tst_SiteVariation)
#include "tst_sitevariation.moc"
