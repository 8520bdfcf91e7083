// The adjustment's arithmetic (docs/calibration.md, "Adjustment"): per element, the gain and phase
// error from the module's and the reference's S = P + jQ, composed with the constants the module
// ran with; points below 10 % In left out; corrections beyond the module's limits refused.
#include "calibration/Adjustment.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>

using namespace iotpro;
using namespace iotpro::calibration;

namespace {

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

struct ChannelError
{
    double gainPct = 0.0;
    double phaseDeg = 0.0; ///< late positive
};

ElementQuantities quantities(std::complex<double> s, double current)
{
    return { 230.0, current, s.real(), s.imag() };
}

/// A measured point: the reference reads the source's true S; each element of the module reads it
/// with its channel's error, where it carries current.
PointResult measured(double currentPct, double angleDeg, int element, const QList<ChannelError>& errors)
{
    PointResult result;
    result.point.currentPct = currentPct;
    result.point.element = element;
    result.point.powerFactor = std::cos(angleDeg * kRadiansPerDegree);
    const double current = currentPct; // In = 100 A
    for (int k = 1; k <= 3; ++k) {
        const bool carries = element == 0 || element == k;
        const std::complex<double> s
            = carries ? std::polar(230.0 * current, angleDeg * kRadiansPerDegree) : std::complex<double>();
        const ChannelError e = errors.value(k - 1);
        const std::complex<double> read = s * std::polar(1.0 + e.gainPct / 100.0, e.phaseDeg * kRadiansPerDegree);
        result.reference.elements.append(quantities(s, carries ? current : 0.0));
        result.module.elements.append(quantities(read, carries ? current * (1.0 + e.gainPct / 100.0) : 0.0));
    }
    return result;
}

QList<PointResult> plan(const QList<ChannelError>& errors)
{
    return { measured(100.0, 0.0, 0, errors), measured(100.0, 60.0, 0, errors), measured(100.0, -36.87, 0, errors),
        measured(100.0, 0.0, 1, errors), measured(100.0, 0.0, 2, errors), measured(100.0, 0.0, 3, errors) };
}

} // namespace

class tst_Adjustment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelsEachElementsError_data();
    void cancelsEachElementsError();
    void lowCurrentPointsAreLeftOut();
    void elementsTheRunCouldNotMeasureKeepTheirConstants();
    void beyondTheLimitsIsRefused();
    void withoutALoadedPointNothingIsAdjusted();
};

void tst_Adjustment::cancelsEachElementsError_data()
{
    QTest::addColumn<double>("gainPct");
    QTest::addColumn<double>("phaseDeg");
    QTest::addColumn<double>("presentGainPct");
    QTest::addColumn<double>("presentPhaseDeg");
    QTest::newRow("exact") << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("gain high") << 0.8 << 0.0 << 0.0 << 0.0;
    QTest::newRow("gain low") << -1.5 << 0.0 << 0.0 << 0.0;
    QTest::newRow("late") << 0.0 << 0.4 << 0.0 << 0.0;
    QTest::newRow("early") << 0.0 << -0.25 << 0.0 << 0.0;
    QTest::newRow("both") << 0.6 << 0.3 << 0.0 << 0.0;
    // Measured with constants already in the module: the remaining error is composed with them.
    QTest::newRow("over present constants") << 0.2 << -0.1 << -0.5 << 0.3;
}

void tst_Adjustment::cancelsEachElementsError()
{
    QFETCH(double, gainPct);
    QFETCH(double, phaseDeg);
    QFETCH(double, presentGainPct);
    QFETCH(double, presentPhaseDeg);
    // Element 2 alone carries the error; 1 and 3 are exact.
    const QList<ChannelError> errors { {}, { gainPct, phaseDeg }, {} };
    CalibrationConstants present;
    present.counter = 4;
    present.elements = { { 2, presentGainPct, presentPhaseDeg } };

    const Result<QList<ElementAdjustment>> adjustment = computeAdjustment(plan(errors), present);
    QVERIFY(adjustment.ok());
    QCOMPARE(adjustment->size(), 3);
    const ElementAdjustment& a = adjustment->at(1);
    QCOMPARE(a.element, 2);
    QVERIFY(std::abs(a.gainErrorPct - gainPct) < 1e-9);
    QVERIFY(std::abs(a.phaseErrorDeg - phaseDeg) < 1e-9);
    QCOMPARE(a.before, (ElementConstants { 2, presentGainPct, presentPhaseDeg }));
    // The new constants times the remaining error give the present constants: the error is gone.
    const double expectedGain = ((1.0 + presentGainPct / 100.0) / (1.0 + gainPct / 100.0) - 1.0) * 100.0;
    QVERIFY(std::abs(a.after.gainPct - expectedGain) < 1e-9);
    QVERIFY(std::abs(a.after.phaseDeg - (presentPhaseDeg + phaseDeg)) < 1e-9);
    for (const int exact : { 0, 2 }) {
        QVERIFY(std::abs(adjustment->at(exact).gainErrorPct) < 1e-9);
        QVERIFY(std::abs(adjustment->at(exact).after.gainPct) < 1e-9);
        QVERIFY(std::abs(adjustment->at(exact).after.phaseDeg) < 1e-9);
    }
    const QList<ElementConstants> written = constantsAfter(adjustment.value(), present);
    QCOMPARE(written.size(), 3);
    QCOMPARE(written.at(1), a.after);
}

void tst_Adjustment::lowCurrentPointsAreLeftOut()
{
    // At 5 % In element 1 reads 3 % high (a noisy low point); from 10 % on it is exact.
    QList<PointResult> results = plan({});
    results.append(measured(5.0, 0.0, 0, { { 3.0, 0.0 } }));
    results.append(measured(10.0, 0.0, 1, {}));
    const Result<QList<ElementAdjustment>> adjustment = computeAdjustment(results, {});
    QVERIFY(adjustment.ok());
    QVERIFY(std::abs(adjustment->at(0).gainErrorPct) < 1e-9);
}

void tst_Adjustment::elementsTheRunCouldNotMeasureKeepTheirConstants()
{
    // Only element 1 was loaded; elements 2 and 3 keep what the module had.
    const QList<PointResult> results { measured(100.0, 0.0, 1, { { 1.0, 0.0 } }) };
    CalibrationConstants present;
    present.elements = { { 2, 0.3, 0.1 }, { 3, -0.2, 0.0 } };
    const Result<QList<ElementAdjustment>> adjustment = computeAdjustment(results, present);
    QVERIFY(adjustment.ok());
    QCOMPARE(adjustment->size(), 1);
    const QList<ElementConstants> written = constantsAfter(adjustment.value(), present);
    QCOMPARE(written.size(), 3);
    QCOMPARE(written.at(0).element, 1);
    QCOMPARE(written.at(1), (ElementConstants { 2, 0.3, 0.1 }));
    QCOMPARE(written.at(2), (ElementConstants { 3, -0.2, 0.0 }));
}

void tst_Adjustment::beyondTheLimitsIsRefused()
{
    const Result<QList<ElementAdjustment>> gain = computeAdjustment(plan({ {}, {}, { -25.0, 0.0 } }), {});
    QVERIFY(!gain.ok());
    QCOMPARE(gain.error().kind, ErrorKind::NotAdjustable);
    QVERIFY2(gain.error().detail.contains(u"element 3"_qs), qPrintable(gain.error().detail));
    const Result<QList<ElementAdjustment>> phase = computeAdjustment(plan({ { 0.0, 12.0 } }), {});
    QVERIFY(!phase.ok());
    QCOMPARE(phase.error().kind, ErrorKind::NotAdjustable);
}

void tst_Adjustment::withoutALoadedPointNothingIsAdjusted()
{
    const Result<QList<ElementAdjustment>> none = computeAdjustment({ measured(5.0, 0.0, 0, {}) }, {});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::NotAdjustable);
}

QTEST_GUILESS_MAIN(tst_Adjustment)
#include "tst_adjustment.moc"
