// The bench half of the simulator without a process: the channel errors of --meter-error, the test
// source's ramp and settled flag, and the reference meter that reads the source's true values.
#include "bench/BenchRig.h"
#include "electrical/ChannelErrors.h"
#include "electrical/MeteringEngine.h"
#include "electrical/ScenarioLibrary.h"
#include "electrical/TestSource.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace iotpro::sim;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

Scenario correct3p4w()
{
    return std::get<Scenario>(ScenarioLibrary::builtIn().scenario(u"3p4w-correct"_s));
}

SourceSetting setting(double current, double angle)
{
    SourceSetting s;
    s.voltageV = { 230.0, 230.0, 230.0 };
    s.currentA = { current, current, current };
    s.angleDeg = { angle, angle, angle };
    s.frequencyHz = 50.0;
    return s;
}

/// A noise-free engine on the bench site following `source`, with `errors`.
MeteringEngine benchEngine(const TestSource& source, const QList<ChannelError>& errors)
{
    const Scenario scenario = correct3p4w();
    Site site = BenchRig::benchSite(scenario.site);
    site.noise = MeterNoise { 0.0, 0.0, 0.0 };
    MeteringEngine engine(site, scenario.setup, 1, {}, &source);
    engine.setChannelErrors(errors);
    return engine;
}

} // namespace

class tst_BenchSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesMeterErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("element");
        QTest::addColumn<double>("gain");
        QTest::addColumn<double>("phase");
        QTest::newRow("both") << u"1:+0.4%,0.2deg"_s << 1 << 0.4 << 0.2;
        QTest::newRow("gain only") << u"2:-1.5%"_s << 2 << -1.5 << 0.0;
        QTest::newRow("phase only") << u"3:-0.1deg"_s << 3 << 0.0 << -0.1;
    }
    void parsesMeterErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, element);
        QFETCH(double, gain);
        QFETCH(double, phase);
        const auto parsed = parseChannelError(text);
        QVERIFY(std::holds_alternative<ElementChannelError>(parsed));
        const ElementChannelError& error = std::get<ElementChannelError>(parsed);
        QCOMPARE(error.element, element);
        QCOMPARE(error.error.gainPct, gain);
        QCOMPARE(error.error.phaseDeg, phase);
    }

    void refusesBadMeterErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("element 0") << u"0:1%"_s;
        QTest::newRow("element 4") << u"4:1%"_s;
        QTest::newRow("nothing") << u"1:"_s;
        QTest::newRow("no unit") << u"1:0.4"_s;
        QTest::newRow("phase first") << u"1:0.2deg,0.4%"_s;
        QTest::newRow("twice") << u"1:1%,1%"_s;
        QTest::newRow("trailing comma") << u"1:1%,"_s;
        QTest::newRow("too large") << u"1:25%"_s;
    }
    void refusesBadMeterErrors()
    {
        QFETCH(QString, text);
        QVERIFY(std::holds_alternative<QString>(parseChannelError(text)));
    }

    // What a gain and a phase error do to P: (1 + g) cos(φ + δ) / cos φ - 1.
    void channelErrorsShowInPowerAndEnergy_data()
    {
        QTest::addColumn<double>("gain");
        QTest::addColumn<double>("phase");
        QTest::addColumn<double>("angle");
        QTest::newRow("gain at PF 1") << 0.4 << 0.0 << 0.0;
        QTest::newRow("phase at PF 0.5 ind") << 0.0 << 0.2 << 60.0;
        QTest::newRow("phase at PF 0.8 cap") << 0.0 << 0.2 << -36.87;
        QTest::newRow("both") << -0.3 << -0.1 << 60.0;
    }
    void channelErrorsShowInPowerAndEnergy()
    {
        QFETCH(double, gain);
        QFETCH(double, phase);
        QFETCH(double, angle);
        TestSource source(correct3p4w().site.supply, 0ms);
        source.set(setting(100.0, angle), 0ms);
        MeteringEngine exact = benchEngine(source, {});
        MeteringEngine faulty = benchEngine(source, { ChannelError { gain, phase } });
        const double expected = (1.0 + gain / 100.0) * std::cos((angle + phase) * std::numbers::pi / 180.0)
            / std::cos(angle * std::numbers::pi / 180.0);
        const MeterReading truth = exact.read();
        const MeterReading measured = faulty.read();
        QVERIFY(qAbs(measured.elements[0].activePower / truth.elements[0].activePower - expected) < 1e-9);
        // Only element 1 carries the error.
        QVERIFY(qAbs(measured.elements[1].activePower - truth.elements[1].activePower) < 1e-9);
        // The energy registers count what the engine measures.
        exact.advanceTo(3600s);
        faulty.advanceTo(3600s);
        const double exactWh = double(exact.read().energy.activeImportWh);
        const double faultyWh = double(faulty.read().energy.activeImportWh);
        const double share = (2.0 + expected) / 3.0;
        QVERIFY2(qAbs(faultyWh / exactWh - share) < 1e-4, qPrintable(QString::number(faultyWh / exactWh)));
    }

    void sourceRampsAndReportsSettled()
    {
        TestSource source(correct3p4w().site.supply, 2000ms);
        QVERIFY(source.isSettled(0ms));
        QCOMPARE(source.conditionsAt(0ms).currentA[0], 0.0);
        QCOMPARE(source.conditionsAt(0ms).voltageShare[0], 1.0);
        source.set(setting(100.0, 60.0), 1000ms);
        QVERIFY(!source.isSettled(1000ms));
        QVERIFY(!source.isSettled(2999ms));
        QVERIFY(qAbs(source.conditionsAt(2000ms).currentA[1] - 50.0) < 1e-9);
        QVERIFY(qAbs(source.conditionsAt(2000ms).loadAngleDeg[2] - 30.0) < 1e-9);
        QVERIFY(source.isSettled(3000ms));
        QCOMPARE(source.conditionsAt(5000ms).currentA[2], 100.0);
        QCOMPARE(source.conditionsAt(5000ms).loadAngleDeg[0], 60.0);
        // Before the change it delivered what it did.
        QCOMPARE(source.conditionsAt(500ms).currentA[0], 0.0);
    }

    void sourceRefusesWhatItCannotDeliver_data()
    {
        QTest::addColumn<SourceSetting>("value");
        QTest::newRow("negative current") << [] { auto s = setting(100.0, 0.0); s.currentA[1] = -1.0; return s; }();
        QTest::newRow("too much current") << setting(500.0, 0.0);
        QTest::newRow("angle -180") << setting(10.0, -180.0);
        QTest::newRow("frequency") << [] { auto s = setting(10.0, 0.0); s.frequencyHz = 70.0; return s; }();
        QTest::newRow("NaN voltage") << [] { auto s = setting(10.0, 0.0); s.voltageV[2] = std::nan(""); return s; }();
    }
    void sourceRefusesWhatItCannotDeliver()
    {
        QFETCH(SourceSetting, value);
        QVERIFY(TestSource::settingError(value).has_value());
    }

    void referenceReadsTheSourcesTrueValues()
    {
        std::chrono::milliseconds now { 0 };
        const Scenario scenario = correct3p4w();
        BenchRig rig(scenario, [&now] { return now; });
        rig.source().set(setting(100.0, 60.0), now);
        now = 10000ms;
        const MeterReading reading = rig.referenceReading();
        QCOMPARE(reading.elements.size(), 3);
        for (const ElementValues& element : reading.elements) {
            // A class 0.02 reference: within 0.05 % of the truth whatever its noise draws.
            QVERIFY(qAbs(element.voltage / 230.0 - 1.0) < 5e-4);
            QVERIFY(qAbs(element.current / 100.0 - 1.0) < 5e-4);
            QVERIFY(qAbs(element.activePower / 11500.0 - 1.0) < 5e-4);
            QCOMPARE(element.thdCurrentPct, 0.0);
        }
        // A 2 s ramp from nothing (10.4 Wh in 100 ms steps), then 8 s at 3 x 11.5 kW (76.7 Wh).
        QVERIFY2(reading.energy.activeImportWh >= 89 && reading.energy.activeImportWh <= 91,
            qPrintable(QString::number(reading.energy.activeImportWh)));
    }

    void benchSiteIsSteadyAndSinusoidal()
    {
        const Site site = BenchRig::benchSite(correct3p4w().site);
        QVERIFY(site.supply.voltageHarmonics.isEmpty());
        for (const PhaseLoad& load : site.loads)
            QVERIFY(load.currentHarmonics.isEmpty());
        QCOMPARE(site.variation.stepIntervalS, 0.0);
        QCOMPARE(site.variation.currentDriftPct, 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_BenchSim)
#include "tst_benchsim.moc"
