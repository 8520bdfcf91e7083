#include "VariantError.h"
#include "electrical/Scenario.h"

#include <QJsonDocument>
#include <QTest>

using namespace iotpro::sim;
using iotpro::test::errorOf;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "json", text);
    return document.object();
}

} // namespace

class tst_Scenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyObjectIsCorrect3P4W();
    void wiringDecidesTheDefaults_data();
    void wiringDecidesTheDefaults();
    void readsEveryField();
    void perPhaseValuesTakeOneForAll();
    void fittedCtsFollowTheSetupUnlessSaid();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
};

void tst_Scenario::emptyObjectIsCorrect3P4W()
{
    const auto read = scenarioFromJson({});
    QVERIFY(std::holds_alternative<Scenario>(read));
    const Scenario& scenario = std::get<Scenario>(read);
    QCOMPARE(scenario.site.supply, Supply {});
    QCOMPARE(scenario.site.loads, (std::array<PhaseLoad, 3> {}));
    QCOMPARE(scenario.site.variation, Variation {});
    QCOMPARE(scenario.site.noise, MeterNoise {});
    QCOMPARE(scenario.site.wiring, correctWiring(Wiring::ThreePhaseFourWire, 100.0));
    QCOMPARE(scenario.setup, uncorrectedSetup(Wiring::ThreePhaseFourWire, 230.0, 50.0, 100.0));
    QCOMPARE(scenario.seed, 1u);
}

void tst_Scenario::wiringDecidesTheDefaults_data()
{
    QTest::addColumn<QString>("wiringName");
    QTest::addColumn<double>("nominalVoltage");
    QTest::addColumn<QList<int>>("ctPhase");
    QTest::addColumn<QList<int>>("voltageTaps");

    QTest::newRow("3P4W") << u"3P4W"_s << 230.0 << QList<int> { 1, 2, 3 } << QList<int> { 1, 2, 3 };
    QTest::newRow("3P3W") << u"3P3W"_s << 400.0 << QList<int> { 1, 3 } << QList<int> { 1, 2, 3 };
    QTest::newRow("1P") << u"1P"_s << 230.0 << QList<int> { 1 } << QList<int> { 1 };
}

void tst_Scenario::wiringDecidesTheDefaults()
{
    QFETCH(QString, wiringName);
    QFETCH(double, nominalVoltage);
    QFETCH(QList<int>, ctPhase);
    QFETCH(QList<int>, voltageTaps);

    const auto read
        = scenarioFromJson(QJsonObject { { u"supply"_s, QJsonObject { { u"wiring"_s, wiringName } } } });
    QVERIFY(std::holds_alternative<Scenario>(read));
    const Scenario& scenario = std::get<Scenario>(read);
    QCOMPARE(iotpro::sim::wiringName(scenario.site.supply.wiring), wiringName);
    QCOMPARE(scenario.setup.wiring, scenario.site.supply.wiring);
    QCOMPARE(scenario.site.supply.nominalVoltage, nominalVoltage);
    QCOMPARE(scenario.setup.nominalVoltage, nominalVoltage);
    QCOMPARE(scenario.setup.ctPhase, ctPhase);
    QCOMPARE(scenario.site.wiring.cts.size(), ctPhase.size());
    QCOMPARE(scenario.site.wiring.voltageTaps, voltageTaps);
}

void tst_Scenario::readsEveryField()
{
    const auto read = scenarioFromJson(json(R"({
        "name": "site-7", "description": "what it shows", "expected_diagnosis": "what to say", "seed": 77,
        "supply": {"wiring": "3P4W", "nominal_voltage_v": 120, "frequency_hz": 60, "phase_sequence": "ACB",
                   "voltage_pct": [101, 100, 99], "harmonics_pct": {"5": 3, "7": 1}},
        "load": {"current_a": [10, 20, 30], "power_factor": [1, -0.9, 0.8], "exporting": [false, true, false],
                 "harmonics_pct": [{"3": 10}, {}, {"5": 20}]},
        "variation": {"current_drift_pct": 1, "angle_drift_deg": 2, "voltage_drift_pct": 0.5,
                      "frequency_drift_hz": 0.01, "time_constant_s": 30, "step_interval_s": 0, "step_pct": 10},
        "noise": {"magnitude_pct": 0.2, "angle_deg": 0.3, "frequency_hz": 0.004},
        "ct_fitted_a": [250, 100, 100],
        "setup": {"nominal_voltage_v": 127, "nominal_frequency_hz": 60, "ct_primary_a": 100, "ct_phase": [2, 1, 3],
                  "ct_inverted": [true, false, false], "export_possible": true, "demand_period_s": 300},
        "faults": ["ct_swapped:1,2", "ct_reversed:1"]
    })"));
    QVERIFY2(std::holds_alternative<Scenario>(read), qPrintable(errorOf(read)));
    const Scenario& s = std::get<Scenario>(read);
    QCOMPARE(s.name, u"site-7"_s);
    QCOMPARE(s.description, u"what it shows"_s);
    QCOMPARE(s.expectedDiagnosis, u"what to say"_s);
    QCOMPARE(s.seed, 77u);

    Supply supply;
    supply.nominalVoltage = 120;
    supply.frequency = 60;
    supply.sequence = PhaseSequence::Acb;
    supply.voltageShare = { 1.01, 1.0, 0.99 };
    supply.voltageHarmonics = { { 5, 3.0 }, { 7, 1.0 } };
    QCOMPARE(s.site.supply, supply);
    QCOMPARE(s.site.loads,
        (std::array { PhaseLoad { 10, 1.0, false, { { 3, 10.0 } } }, PhaseLoad { 20, -0.9, true, {} },
            PhaseLoad { 30, 0.8, false, { { 5, 20.0 } } } }));
    QCOMPARE(s.site.variation, (Variation { 1, 2, 0.5, 0.01, 30, 0, 10 }));
    QCOMPARE(s.site.noise, (MeterNoise { 0.2, 0.3, 0.004 }));
    // CT 1 (250 A) swapped onto L2 and reversed, CT 2 onto L1.
    QCOMPARE(s.site.wiring.cts,
        (QList<CtInstallation> { { 2, true, 250.0 }, { 1, false, 100.0 }, { 3, false, 100.0 } }));

    MeteringSetup setup = uncorrectedSetup(Wiring::ThreePhaseFourWire, 127, 60, 100);
    setup.ctPhase = { 2, 1, 3 };
    setup.ctInverted = { true, false, false };
    setup.exportPossible = true;
    setup.demandPeriodS = 300;
    QCOMPARE(s.setup, setup);
}

void tst_Scenario::perPhaseValuesTakeOneForAll()
{
    const auto read
        = scenarioFromJson(json(R"({"load": {"current_a": 12, "power_factor": -0.5, "exporting": true,
        "harmonics_pct": {"11": 4}}})"));
    QVERIFY(std::holds_alternative<Scenario>(read));
    for (const PhaseLoad& load : std::get<Scenario>(read).site.loads)
        QCOMPARE(load, (PhaseLoad { 12, -0.5, true, { { 11, 4.0 } } }));
}

void tst_Scenario::fittedCtsFollowTheSetupUnlessSaid()
{
    const auto configured = scenarioFromJson(json(R"({"setup": {"ct_primary_a": [500, 250, 100]}})"));
    QVERIFY(std::holds_alternative<Scenario>(configured));
    const QList<CtInstallation>& cts = std::get<Scenario>(configured).site.wiring.cts;
    QCOMPARE(cts.at(0).fittedPrimaryA, 500.0);
    QCOMPARE(cts.at(1).fittedPrimaryA, 250.0);
    QCOMPARE(cts.at(2).fittedPrimaryA, 100.0);

    const auto wrongSize = scenarioFromJson(json(R"({"ct_fitted_a": 1000})"));
    QVERIFY(std::holds_alternative<Scenario>(wrongSize));
    QCOMPARE(std::get<Scenario>(wrongSize).site.wiring.cts.at(2).fittedPrimaryA, 1000.0);
    QCOMPARE(std::get<Scenario>(wrongSize).setup.ctPrimaryA, (QList<double> { 100, 100, 100 }));
}

void tst_Scenario::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorStart");

    QTest::newRow("unknown key") << QByteArray(R"({"lod": {}})") << u"lod: unknown key"_s;
    QTest::newRow("unknown nested key")
        << QByteArray(R"({"load": {"amps": 3}})") << u"load.amps: unknown key"_s;
    QTest::newRow("name not text") << QByteArray(R"({"name": 3})") << u"name: must be a string"_s;
    QTest::newRow("seed fraction") << QByteArray(R"({"seed": 1.5})") << u"seed: must be a whole number"_s;
    QTest::newRow("seed negative") << QByteArray(R"({"seed": -1})") << u"seed: must be from"_s;
    QTest::newRow("section not object") << QByteArray(R"({"supply": [1]})") << u"supply: must be an object"_s;
    QTest::newRow("wiring unknown") << QByteArray(R"({"supply": {"wiring": "2P"}})") << u"supply.wiring:"_s;
    QTest::newRow("frequency 55") << QByteArray(R"({"supply": {"frequency_hz": 55}})")
                                  << u"supply.frequency_hz: must be 50 or 60"_s;
    QTest::newRow("sequence") << QByteArray(R"({"supply": {"phase_sequence": "BCA"}})")
                              << u"supply.phase_sequence:"_s;
    QTest::newRow("voltage_pct count") << QByteArray(R"({"supply": {"voltage_pct": [100, 100]}})")
                                       << u"supply.voltage_pct: needs 3 values"_s;
    QTest::newRow("1P takes one value")
        << QByteArray(R"({"supply": {"wiring": "1P"}, "load": {"current_a": [1, 2, 3]}})")
        << u"load.current_a: needs 1 values"_s;
    QTest::newRow("harmonic order") << QByteArray(R"({"supply": {"harmonics_pct": {"1": 5}}})")
                                    << u"supply.harmonics_pct.1: harmonic orders are 2 to 50"_s;
    QTest::newRow("current negative")
        << QByteArray(R"({"load": {"current_a": [1, -2, 3]}})") << u"load.current_a[1]: must be from 0"_s;
    QTest::newRow("power factor 0") << QByteArray(R"({"load": {"power_factor": 0}})")
                                    << u"load.power_factor: must not be 0"_s;
    QTest::newRow("power factor text")
        << QByteArray(R"({"load": {"power_factor": "0.9"}})") << u"load.power_factor: must be a number"_s;
    QTest::newRow("exporting not bool")
        << QByteArray(R"({"load": {"exporting": 1}})") << u"load.exporting: must be true or false"_s;
    QTest::newRow("time constant 0") << QByteArray(R"({"variation": {"time_constant_s": 0}})")
                                     << u"variation.time_constant_s: must be above 0"_s;
    QTest::newRow("noise too large") << QByteArray(R"({"noise": {"angle_deg": 20}})")
                                     << u"noise.angle_deg: must be from 0 to 10, not 20"_s;
    QTest::newRow("ct_phase scalar") << QByteArray(R"({"setup": {"ct_phase": 1}})")
                                     << u"setup.ct_phase: must be an array"_s;
    QTest::newRow("ct_phase twice the same") << QByteArray(R"({"setup": {"ct_phase": [1, 1, 3]}})")
                                             << u"setup: two CT inputs are paired with phase 1"_s;
    QTest::newRow("3P3W ct_phase on L2")
        << QByteArray(R"({"supply": {"wiring": "3P3W"}, "setup": {"ct_phase": [1, 2]}})")
        << u"setup: CT input 2 cannot be paired with phase 2"_s;
    QTest::newRow("demand fraction") << QByteArray(R"({"setup": {"demand_period_s": 90.5}})")
                                     << u"setup.demand_period_s: must be a whole number"_s;
    QTest::newRow("fitted 0") << QByteArray(R"({"ct_fitted_a": 0})") << u"ct_fitted_a: must be from 1"_s;
    QTest::newRow("faults not array")
        << QByteArray(R"({"faults": "ct_reversed:1"})") << u"faults: must be an array"_s;
    QTest::newRow("bad fault") << QByteArray(R"({"faults": ["ct_reversed:1", "ct_reversed:9"]})")
                               << u"faults[1]: fault \"ct_reversed:9\""_s;
}

void tst_Scenario::refusesWhatItCannotUse()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, errorStart);

    const auto read = scenarioFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(std::holds_alternative<QString>(read));
    const QString& error = std::get<QString>(read);
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
