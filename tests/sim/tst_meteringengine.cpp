#include "electrical/Faults.h"
#include "electrical/MeteringEngine.h"
#include "electrical/Scenario.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace iotpro::sim;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Numbers = QList<double>;
Q_DECLARE_METATYPE(Wiring)

namespace {

constexpr double kPf = 0.92;
const double kPhi = std::acos(kPf) * 180.0 / std::numbers::pi; // 23.07°
constexpr double kAmps = 40.0;

double cosDeg(double angle)
{
    return std::cos(angle * std::numbers::pi / 180.0);
}

double sinDeg(double angle)
{
    return std::sin(angle * std::numbers::pi / 180.0);
}

/// A site with nothing but the fundamentals: no drift, no steps, no noise, no harmonics, a
/// balanced nominal supply; every load `currentA` at `powerFactor` on correctly wired 100 A CTs.
Site steadySite(Wiring wiring, double currentA = kAmps, double powerFactor = kPf)
{
    Site site;
    site.supply.wiring = wiring;
    site.supply.nominalVoltage = defaultNominalVoltage(wiring);
    site.supply.voltageShare = { 1.0, 1.0, 1.0 };
    site.supply.voltageHarmonics = {};
    for (PhaseLoad& load : site.loads) {
        load.currentA = currentA;
        load.powerFactor = powerFactor;
        load.currentHarmonics = {};
    }
    site.variation = { 0.0, 0.0, 0.0, 0.0, 60.0, 0.0, 0.0 };
    site.noise = { 0.0, 0.0, 0.0 };
    site.wiring = correctWiring(wiring, 100.0);
    return site;
}

MeteringSetup setupFor(const Site& site)
{
    return uncorrectedSetup(site.supply.wiring, site.supply.nominalVoltage, site.supply.frequency, 100.0);
}

Site withFaults(Site site, const QStringList& faults)
{
    for (const QString& fault : faults) {
        const std::optional<QString> error = applyFault(site.wiring, site.supply.wiring, fault);
        Q_ASSERT_X(!error, "withFaults", qPrintable(error.value_or(QString())));
    }
    return site;
}

MeterReading readingOf(const Site& site, const MeteringSetup& setup)
{
    MeteringEngine engine(site, setup, 1);
    return engine.read();
}

MeterReading readingOf(const Site& site)
{
    return readingOf(site, setupFor(site));
}

/// The setup that undoes the site's wiring mistakes in software: each input paired with the
/// phase its CT really clamps, inverted where it faces the wrong way, scaled by its real rating.
MeteringSetup correctingSetup(const Site& site)
{
    MeteringSetup setup = setupFor(site);
    for (qsizetype input = 0; input < site.wiring.cts.size(); ++input) {
        const CtInstallation& ct = site.wiring.cts.at(input);
        setup.ctPhase[input] = ct.conductor;
        setup.ctInverted[input] = ct.reversed;
        setup.ctPrimaryA[input] = ct.fittedPrimaryA;
    }
    return setup;
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

/// Mean and standard deviation of a series.
class Spread
{
public:
    void add(double value)
    {
        m_sum += value;
        m_sumOfSquares += value * value;
        ++m_count;
    }
    double mean() const { return m_sum / m_count; }
    double sigma() const { return std::sqrt(m_sumOfSquares / m_count - mean() * mean()); }

private:
    double m_sum = 0.0;
    double m_sumOfSquares = 0.0;
    int m_count = 0;
};

} // namespace

class tst_MeteringEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultSignatures_data();
    void faultSignatures();
    void oneReversedCtFlipsThatElementOnly_data();
    void oneReversedCtFlipsThatElementOnly();
    void swappedCtsAtUnityPowerFactorReadMinusHalfS();
    void aronElementsFollowThirtyDegreeRule_data();
    void aronElementsFollowThirtyDegreeRule();
    void softwareCorrectionRestoresCorrectReadings_data();
    void softwareCorrectionRestoresCorrectReadings();
    void harmonicsRaiseRmsButNotPower();
    void energyIntegratesToTheClosedForm_data();
    void energyIntegratesToTheClosedForm();
    void registersNeverDecrease();
    void registersContinueFromStoredValues();
    void demandIsTheMeanOfEachCompletedPeriod();
    void newSetupKeepsTheRegisters();
    void seedReplaysTheSameRun();
    void noiseHasTheDocumentedSpread();
};

void tst_MeteringEngine::faultSignatures_data()
{
    QTest::addColumn<Wiring>("wiring");
    QTest::addColumn<double>("powerFactor");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<Numbers>("voltages");
    QTest::addColumn<Numbers>("currents");
    QTest::addColumn<Numbers>("viAngles");
    QTest::addColumn<Numbers>("voltageAngles");

    // docs: domain notes, section 2. ABC: V1 = 0°, V2 = -120°, V3 = +120°; φ = 23.07° lagging.
    const Wiring w4 = Wiring::ThreePhaseFourWire;
    const Numbers v230 { 230, 230, 230 };
    const Numbers i40 { 40, 40, 40 };
    const Numbers abc { 0, -120, 120 };
    const double p = kPhi;
    QTest::newRow("3P4W correct") << w4 << kPf << QStringList {} << v230 << i40 << Numbers { p, p, p } << abc;
    QTest::newRow("3P4W CT 1 reversed")
        << w4 << kPf << QStringList { u"ct_reversed:1"_s } << v230 << i40 << Numbers { p - 180, p, p } << abc;
    QTest::newRow("3P4W CT 3 reversed")
        << w4 << kPf << QStringList { u"ct_reversed:3"_s } << v230 << i40 << Numbers { p, p, p - 180 } << abc;
    QTest::newRow("3P4W CTs 1 and 2 swapped") << w4 << kPf << QStringList { u"ct_swapped:1,2"_s } << v230
                                              << i40 << Numbers { 120 + p, p - 120, p } << abc;
    QTest::newRow("3P4W CTs 2 and 3 swapped") << w4 << kPf << QStringList { u"ct_swapped:2,3"_s } << v230
                                              << i40 << Numbers { p, 120 + p, p - 120 } << abc;
    QTest::newRow("3P4W CTs rotated forward") << w4 << kPf << QStringList { u"ct_rotated:forward"_s } << v230
                                              << i40 << Numbers { 120 + p, 120 + p, 120 + p } << abc;
    QTest::newRow("3P4W CTs rotated backward") << w4 << kPf << QStringList { u"ct_rotated:backward"_s }
                                               << v230 << i40 << Numbers { p - 120, p - 120, p - 120 } << abc;
    QTest::newRow("3P4W all reversed") << w4 << kPf << QStringList { u"ct_reversed:1,2,3"_s } << v230 << i40
                                       << Numbers { p - 180, p - 180, p - 180 } << abc;
    QTest::newRow("3P4W CT moved to L3")
        << w4 << kPf << QStringList { u"ct_phase:1:3"_s } << v230 << i40 << Numbers { p - 120, p, p } << abc;
    // The voltage sequence reads ACB, the currents keep ABC.
    QTest::newRow("3P4W voltage taps 1 and 2 swapped")
        << w4 << kPf << QStringList { u"voltage_swapped:1,2"_s } << v230 << i40
        << Numbers { p - 120, 120 + p, p } << Numbers { 0, 120, -120 };
    QTest::newRow("3P4W voltage tap 2 missing")
        << w4 << kPf << QStringList { u"voltage_missing:2"_s } << Numbers { 230, 0, 230 } << i40
        << Numbers { p, 0, p } << Numbers { 0, 0, 120 };
    // No reference for the voltage angles.
    QTest::newRow("3P4W voltage tap 1 missing")
        << w4 << kPf << QStringList { u"voltage_missing:1"_s } << Numbers { 0, 230, 230 } << i40
        << Numbers { 0, p, p } << Numbers { 0, 0, 0 };
    // No angle signature at all: only the current is wrong, by 100/250.
    QTest::newRow("3P4W 250 A CT on input 2") << w4 << kPf << QStringList { u"ct_rating:2:250"_s } << v230
                                              << Numbers { 40, 16, 40 } << Numbers { p, p, p } << abc;
    QTest::newRow("3P4W leading load")
        << w4 << -0.95 << QStringList {} << v230 << i40 << Numbers { -18.19487, -18.19487, -18.19487 } << abc;

    // Aron: V12 = √3·V∠30°, V32 = √3·V∠90°; element 1 pairs V12 with CT 1 (L1), element 2
    // V32 with CT 2 (L3).
    const Wiring w3 = Wiring::ThreePhaseThreeWire;
    const Numbers v400 { 400, 400 };
    const Numbers i40x2 { 40, 40 };
    const Numbers aron { 0, 60 };
    QTest::newRow("3P3W correct") << w3 << kPf << QStringList {} << v400 << i40x2
                                  << Numbers { 30 + p, p - 30 } << aron;
    QTest::newRow("3P3W CT 1 reversed") << w3 << kPf << QStringList { u"ct_reversed:1"_s } << v400 << i40x2
                                        << Numbers { p - 150, p - 30 } << aron;
    QTest::newRow("3P3W CTs swapped") << w3 << kPf << QStringList { u"ct_swapped:1,2"_s } << v400 << i40x2
                                      << Numbers { p - 90, p + 90 } << aron;
    QTest::newRow("3P3W CT 1 on L2") << w3 << kPf << QStringList { u"ct_phase:1:2"_s } << v400 << i40x2
                                     << Numbers { 150 + p, p - 30 } << aron;
    QTest::newRow("3P3W voltage taps 1 and 3 swapped")
        << w3 << kPf << QStringList { u"voltage_swapped:1,3"_s } << v400 << i40x2
        << Numbers { 90 + p, p - 90 } << Numbers { 0, -60 };
    // The floating reference settles midway between L1 and L3: V12 = V13 / 2, V32 = -V13 / 2.
    QTest::newRow("3P3W voltage tap 2 missing")
        << w3 << kPf << QStringList { u"voltage_missing:2"_s } << Numbers { 200, 200 } << i40x2
        << Numbers { p - 30, p + 30 } << Numbers { 0, 180 };

    const Wiring w1 = Wiring::SinglePhase;
    QTest::newRow("1P correct") << w1 << 0.95 << QStringList {} << Numbers { 230 } << Numbers { 40 }
                                << Numbers { 18.19487 } << Numbers { 0 };
    QTest::newRow("1P CT reversed") << w1 << 0.95 << QStringList { u"ct_reversed:1"_s } << Numbers { 230 }
                                    << Numbers { 40 } << Numbers { 18.19487 - 180 } << Numbers { 0 };
    QTest::newRow("1P voltage missing") << w1 << 0.95 << QStringList { u"voltage_missing:1"_s }
                                        << Numbers { 0 } << Numbers { 40 } << Numbers { 0 } << Numbers { 0 };
}

void tst_MeteringEngine::faultSignatures()
{
    QFETCH(Wiring, wiring);
    QFETCH(double, powerFactor);
    QFETCH(QStringList, faults);
    QFETCH(Numbers, voltages);
    QFETCH(Numbers, currents);
    QFETCH(Numbers, viAngles);
    QFETCH(Numbers, voltageAngles);

    const MeterReading reading = readingOf(withFaults(steadySite(wiring, kAmps, powerFactor), faults));
    QCOMPARE(reading.elements.size(), voltages.size());
    for (qsizetype k = 0; k < reading.elements.size(); ++k) {
        const ElementValues& e = reading.elements.at(k);
        const auto what = [k](const char* quantity, double value) -> QByteArray {
            return "element " + QByteArray::number(k + 1) + ' ' + quantity + ": " + QByteArray::number(value);
        };
        const double s = voltages.at(k) * currents.at(k);
        const double cosine = cosDeg(viAngles.at(k));
        QVERIFY2(
            near(e.voltage, voltages.at(k), 1e-6 * voltages.at(k) + 1e-9), what("V", e.voltage).constData());
        QVERIFY2(near(e.current, currents.at(k), 1e-9 * currents.at(k)), what("I", e.current).constData());
        QVERIFY2(near(wrappedDegrees(e.viAngleDeg - viAngles.at(k)), 0.0, 1e-4),
            what("V-I angle", e.viAngleDeg).constData());
        QVERIFY2(near(wrappedDegrees(e.voltageAngleDeg - voltageAngles.at(k)), 0.0, 1e-6),
            what("voltage angle", e.voltageAngleDeg).constData());
        // P, Q, S and PF follow from the magnitudes and the angle; nothing without voltage.
        QVERIFY2(near(e.apparentPower, s, 1e-6 * s + 1e-9), what("S", e.apparentPower).constData());
        QVERIFY2(near(e.activePower, s * cosine, 1e-5 * s + 1e-9), what("P", e.activePower).constData());
        QVERIFY2(near(e.reactivePower, s * sinDeg(viAngles.at(k)), 1e-5 * s + 1e-9),
            what("Q", e.reactivePower).constData());
        QVERIFY2(
            near(e.powerFactor, s > 0 ? std::abs(cosine) : 0.0, 1e-6), what("PF", e.powerFactor).constData());
    }
}

void tst_MeteringEngine::oneReversedCtFlipsThatElementOnly_data()
{
    QTest::addColumn<Wiring>("wiring");
    QTest::addColumn<int>("input");

    for (const Wiring wiring :
        { Wiring::ThreePhaseFourWire, Wiring::ThreePhaseThreeWire, Wiring::SinglePhase }) {
        for (int input = 1; input <= ctInputCount(wiring); ++input)
            QTest::addRow("%s, CT %d", qPrintable(wiringName(wiring)), input) << wiring << input;
    }
}

void tst_MeteringEngine::oneReversedCtFlipsThatElementOnly()
{
    QFETCH(Wiring, wiring);
    QFETCH(int, input);

    const Site correct = steadySite(wiring);
    const MeterReading before = readingOf(correct);
    const MeterReading after = readingOf(withFaults(correct, { u"ct_reversed:%1"_s.arg(input) }));
    for (qsizetype k = 0; k < before.elements.size(); ++k) {
        const double sign = k + 1 == input ? -1.0 : 1.0;
        QVERIFY(near(after.elements.at(k).activePower, sign * before.elements.at(k).activePower, 1e-6));
        QVERIFY(near(after.elements.at(k).reactivePower, sign * before.elements.at(k).reactivePower, 1e-6));
        QVERIFY(near(after.elements.at(k).apparentPower, before.elements.at(k).apparentPower, 1e-6));
    }
}

void tst_MeteringEngine::swappedCtsAtUnityPowerFactorReadMinusHalfS()
{
    const MeterReading reading
        = readingOf(withFaults(steadySite(Wiring::ThreePhaseFourWire, kAmps, 1.0), { u"ct_swapped:1,2"_s }));
    const double s = 230.0 * kAmps;
    QVERIFY(near(reading.elements.at(0).activePower, -0.5 * s, 1e-6));
    QVERIFY(near(reading.elements.at(1).activePower, -0.5 * s, 1e-6));
    QVERIFY(near(reading.elements.at(2).activePower, s, 1e-6));
    // Total P of a balanced load: about 0 with the two swapped.
    double total = 0.0;
    for (const ElementValues& e : reading.elements)
        total += e.activePower;
    QVERIFY(near(total, 0.0, 1e-6));
}

void tst_MeteringEngine::aronElementsFollowThirtyDegreeRule_data()
{
    QTest::addColumn<double>("powerFactor");

    QTest::newRow("PF 1") << 1.0;
    QTest::newRow("PF 0.92") << 0.92;
    QTest::newRow("PF 0.5: W1 = 0") << 0.5;
    QTest::newRow("PF 0.4: W1 negative, no fault") << 0.4;
    QTest::newRow("PF 0.9 leading") << -0.9;
}

void tst_MeteringEngine::aronElementsFollowThirtyDegreeRule()
{
    QFETCH(double, powerFactor);

    const MeterReading reading = readingOf(steadySite(Wiring::ThreePhaseThreeWire, kAmps, powerFactor));
    const double phi
        = std::acos(std::abs(powerFactor)) * 180.0 / std::numbers::pi * (powerFactor < 0 ? -1 : 1);
    const double lineVoltage = 400.0;
    QVERIFY(near(reading.elements.at(0).activePower, lineVoltage * kAmps * cosDeg(30.0 + phi), 1e-6));
    QVERIFY(near(reading.elements.at(1).activePower, lineVoltage * kAmps * cosDeg(30.0 - phi), 1e-6));
    // Together they meter the whole three-phase power: √3·V·I·cos φ.
    QVERIFY(near(reading.elements.at(0).activePower + reading.elements.at(1).activePower,
        std::sqrt(3.0) * lineVoltage * kAmps * std::abs(powerFactor), 1e-6));
}

void tst_MeteringEngine::softwareCorrectionRestoresCorrectReadings_data()
{
    QTest::addColumn<Wiring>("wiring");
    QTest::addColumn<QStringList>("faults");

    const Wiring w4 = Wiring::ThreePhaseFourWire;
    QTest::newRow("3P4W CT 2 reversed") << w4 << QStringList { u"ct_reversed:2"_s };
    QTest::newRow("3P4W CTs 1 and 3 swapped") << w4 << QStringList { u"ct_swapped:1,3"_s };
    QTest::newRow("3P4W rotated, CT 3 reversed")
        << w4 << QStringList { u"ct_rotated:forward"_s, u"ct_reversed:3"_s };
    QTest::newRow("3P4W all reversed") << w4 << QStringList { u"ct_reversed:1,2,3"_s };
    QTest::newRow("3P4W 2000 A CT on input 1") << w4 << QStringList { u"ct_rating:1:2000"_s };
    QTest::newRow("3P3W swapped, CT 1 reversed")
        << Wiring::ThreePhaseThreeWire << QStringList { u"ct_swapped:1,2"_s, u"ct_reversed:1"_s };
    QTest::newRow("1P reversed, 250 A CT")
        << Wiring::SinglePhase << QStringList { u"ct_reversed:1"_s, u"ct_rating:1:250"_s };
}

void tst_MeteringEngine::softwareCorrectionRestoresCorrectReadings()
{
    QFETCH(Wiring, wiring);
    QFETCH(QStringList, faults);

    // An unbalanced load, so that a wrong pairing could not hide behind symmetry.
    Site correct = steadySite(wiring);
    correct.loads = { PhaseLoad { 60, 0.95, false, {} }, PhaseLoad { 25, 0.8, false, {} },
        PhaseLoad { 40, -0.9, false, {} } };
    const Site miswired = withFaults(correct, faults);
    const MeteringSetup correction = correctingSetup(miswired);
    QVERIFY(correction != setupFor(miswired));
    QVERIFY(!setupError(correction));

    const MeterReading expected = readingOf(correct);
    const MeterReading corrected = readingOf(miswired, correction);
    QVERIFY(readingOf(miswired) != expected);
    for (qsizetype k = 0; k < expected.elements.size(); ++k) {
        const ElementValues& e = corrected.elements.at(k);
        const ElementValues& x = expected.elements.at(k);
        QVERIFY(near(e.voltage, x.voltage, 1e-9));
        QVERIFY(near(e.current, x.current, 1e-9));
        QVERIFY(near(e.activePower, x.activePower, 1e-6));
        QVERIFY(near(e.reactivePower, x.reactivePower, 1e-6));
        QVERIFY(near(e.viAngleDeg, x.viAngleDeg, 1e-9));
    }
}

void tst_MeteringEngine::harmonicsRaiseRmsButNotPower()
{
    Site site = steadySite(Wiring::SinglePhase, kAmps, 1.0);
    site.supply.voltageHarmonics = { { 5, 3.0 }, { 7, 4.0 } }; // THD 5 %
    site.loads[0].currentHarmonics = { { 3, 30.0 }, { 5, 40.0 } }; // THD 50 %
    const ElementValues e = readingOf(site).elements.first();

    QVERIFY(near(e.thdVoltagePct, 5.0, 1e-9));
    QVERIFY(near(e.thdCurrentPct, 50.0, 1e-9));
    QVERIFY(near(e.voltage, 230.0 * std::sqrt(1.0 + 0.05 * 0.05), 1e-9));
    QVERIFY(near(e.current, kAmps * std::sqrt(1.0 + 0.5 * 0.5), 1e-9));
    QVERIFY(near(e.activePower, 230.0 * kAmps, 1e-6));
    QVERIFY(near(e.powerFactor, e.activePower / (e.voltage * e.current), 1e-12)); // true PF below 1
    QVERIFY(e.powerFactor < 0.9);
}

void tst_MeteringEngine::energyIntegratesToTheClosedForm_data()
{
    QTest::addColumn<Wiring>("wiring");
    QTest::addColumn<double>("powerFactor");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<double>("activeShare"); ///< of the real load's P, sign included

    QTest::newRow("3P4W import, lagging") << Wiring::ThreePhaseFourWire << kPf << QStringList {} << 1.0;
    QTest::newRow("3P4W export, all reversed")
        << Wiring::ThreePhaseFourWire << kPf << QStringList { u"ct_reversed:1,2,3"_s } << -1.0;
    QTest::newRow("3P4W one reversed")
        << Wiring::ThreePhaseFourWire << kPf << QStringList { u"ct_reversed:2"_s } << 1.0 / 3.0;
    QTest::newRow("3P3W leading") << Wiring::ThreePhaseThreeWire << -0.8 << QStringList {} << 1.0;
    QTest::newRow("1P unity") << Wiring::SinglePhase << 1.0 << QStringList {} << 1.0;
}

void tst_MeteringEngine::energyIntegratesToTheClosedForm()
{
    QFETCH(Wiring, wiring);
    QFETCH(double, powerFactor);
    QFETCH(QStringList, faults);
    QFETCH(double, activeShare);

    const Site site = withFaults(steadySite(wiring, kAmps, powerFactor), faults);
    MeteringEngine engine(site, setupFor(site), 7);
    // Uneven calls, as the event loop makes them: the engine integrates whole steps regardless.
    std::chrono::milliseconds now { 0 };
    const std::array pattern { 1ms, 37ms, 99ms, 100ms, 250ms, 1234ms };
    for (std::size_t i = 0; now < 1h; ++i) {
        now = std::min<std::chrono::milliseconds>(now + pattern[i % pattern.size()], 1h);
        engine.advanceTo(now);
    }
    QVERIFY(engine.time() == 1h);

    const double phases = wiring == Wiring::SinglePhase ? 1.0 : 3.0;
    const double voltage = wiring == Wiring::ThreePhaseThreeWire ? 400.0 / std::sqrt(3.0) : 230.0;
    const double phi = std::acos(std::abs(powerFactor)) * (powerFactor < 0 ? -1.0 : 1.0);
    const double activeWh = phases * voltage * kAmps * std::cos(phi) * activeShare; // one hour
    const double reactiveVarh = phases * voltage * kAmps * std::sin(phi) * activeShare;
    const EnergyTotals totals = engine.read().energy;
    QVERIFY2(near(double(totals.activeImportWh), std::max(activeWh, 0.0), 1.0),
        QByteArray::number(totals.activeImportWh).constData());
    QVERIFY2(near(double(totals.activeExportWh), std::max(-activeWh, 0.0), 1.0),
        QByteArray::number(totals.activeExportWh).constData());
    QVERIFY(near(double(totals.reactiveImportVarh), std::max(reactiveVarh, 0.0), 1.0));
    QVERIFY(near(double(totals.reactiveExportVarh), std::max(-reactiveVarh, 0.0), 1.0));
    QCOMPARE(totals.activeTotalWh, totals.activeImportWh + totals.activeExportWh);
    QCOMPARE(totals.reactiveTotalVarh, totals.reactiveImportVarh + totals.reactiveExportVarh);
}

void tst_MeteringEngine::registersNeverDecrease()
{
    // Two loads pulling against each other through a reversed CT: the total wanders across
    // zero, so both directions count.
    Site site = withFaults(steadySite(Wiring::ThreePhaseFourWire), { u"ct_reversed:2"_s });
    site.loads[2].currentA = 0.0;
    site.variation = Variation { 10.0, 5.0, 0.5, 0.05, 20.0, 30.0, 40.0 };
    MeteringEngine engine(site, setupFor(site), 42);

    EnergyTotals previous;
    for (std::chrono::milliseconds now = 0ms; now <= 2h; now += 10s) {
        engine.advanceTo(now);
        const EnergyTotals totals = engine.read().energy;
        QVERIFY(totals.activeImportWh >= previous.activeImportWh);
        QVERIFY(totals.activeExportWh >= previous.activeExportWh);
        QVERIFY(totals.reactiveImportVarh >= previous.reactiveImportVarh);
        QVERIFY(totals.reactiveExportVarh >= previous.reactiveExportVarh);
        previous = totals;
    }
    QVERIFY(previous.activeImportWh > 0);
    QVERIFY(previous.activeExportWh > 0);
}

void tst_MeteringEngine::registersContinueFromStoredValues()
{
    const Site site = steadySite(Wiring::SinglePhase, 10.0, 1.0); // 2300 W
    MeterRegisters stored;
    stored.energy.activeImportWh = EnergyRegister(1'000'000, 0.75);
    stored.maxDemandW = 5000.0;
    MeteringEngine engine(site, setupFor(site), 1, stored);

    engine.advanceTo(1s); // 0.639 Wh: with the stored 0.75 it completes a whole Wh
    const MeterReading reading = engine.read();
    QCOMPARE(reading.energy.activeImportWh, 1'000'001u);
    QCOMPARE(reading.demand.maxActivePowerW, 5000.0);
    QCOMPARE(engine.registers().maxDemandW, std::optional(5000.0));
}

void tst_MeteringEngine::demandIsTheMeanOfEachCompletedPeriod()
{
    const Site site = steadySite(Wiring::SinglePhase, 10.0, 1.0);
    MeteringSetup setup = setupFor(site);
    setup.demandPeriodS = 60;
    MeteringEngine engine(site, setup, 1);

    engine.advanceTo(59'900ms);
    QCOMPARE(engine.read().demand, (DemandValues { 60, 0.0, 0.0 }));
    engine.advanceTo(60s);
    const DemandValues demand = engine.read().demand;
    QCOMPARE(demand.periodS, 60u);
    QVERIFY(near(demand.activePowerW, 2300.0, 1e-6));
    QVERIFY(near(demand.maxActivePowerW, 2300.0, 1e-6));
}

void tst_MeteringEngine::newSetupKeepsTheRegisters()
{
    const Site site = withFaults(steadySite(Wiring::SinglePhase, 10.0, 1.0), { u"ct_reversed:1"_s });
    MeteringEngine engine(site, setupFor(site), 1);
    engine.advanceTo(1h);
    QVERIFY(near(double(engine.read().energy.activeExportWh), 2300.0, 1.0));

    MeteringSetup corrected = setupFor(site);
    corrected.ctInverted = { true };
    engine.setSetup(corrected);
    QCOMPARE(engine.setup(), corrected);
    engine.advanceTo(2h);
    const EnergyTotals totals = engine.read().energy;
    QVERIFY(near(double(totals.activeExportWh), 2300.0, 1.0)); // kept
    QVERIFY(near(double(totals.activeImportWh), 2300.0, 1.0)); // counted the right way from now on
    QVERIFY(engine.read().elements.first().activePower > 0.0);
}

void tst_MeteringEngine::seedReplaysTheSameRun()
{
    Site site = steadySite(Wiring::ThreePhaseFourWire);
    site.variation = Variation {};
    site.noise = MeterNoise {};
    const MeteringSetup setup = setupFor(site);

    MeteringEngine first(site, setup, 123);
    MeteringEngine again(site, setup, 123);
    MeteringEngine other(site, setup, 124);
    for (const std::chrono::milliseconds time : std::array<std::chrono::milliseconds, 3> { 10s, 20min, 3h }) {
        first.advanceTo(time);
        again.advanceTo(time);
        other.advanceTo(time);
        const MeterReading reading = first.read();
        QCOMPARE(again.read(), reading);
        QVERIFY(other.read() != reading);
    }
}

void tst_MeteringEngine::noiseHasTheDocumentedSpread()
{
    Site site = steadySite(Wiring::SinglePhase);
    site.noise = MeterNoise {}; // class 0.5S: 0.1 % and 0.1° per signal, 0.002 Hz
    MeteringEngine engine(site, setupFor(site), 5);

    Spread voltage;
    Spread angle;
    Spread frequency;
    for (int i = 0; i < 4000; ++i) {
        const MeterReading reading = engine.read();
        voltage.add(reading.elements.first().voltage / 230.0 - 1.0);
        angle.add(reading.elements.first().viAngleDeg - kPhi);
        frequency.add(reading.frequency - 50.0);
    }
    QVERIFY(near(voltage.sigma(), 0.001, 0.0001));
    // The V-I angle carries the noise of both angles: √2 · 0.1°.
    QVERIFY(near(angle.sigma(), std::sqrt(2.0) * 0.1, 0.01));
    QVERIFY(near(angle.mean(), 0.0, 0.01)); // unbiased
    QVERIFY(near(frequency.sigma(), 0.002, 0.0002));
}

QTEST_GUILESS_MAIN(tst_MeteringEngine)
#include "tst_meteringengine.moc"
