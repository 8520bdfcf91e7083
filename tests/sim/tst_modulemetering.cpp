#include "MeterRegisterStore.h"
#include "ModuleMetering.h"
#include "electrical/ScenarioLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kUnixTimeMs = 1'750'000'000'000;

/// A clock the test moves by hand.
class ManualClock : public ModuleClock
{
public:
    ManualClock()
        : ModuleClock(u"UTC"_s)
    { }
    quint64 uptimeMs() const override { return uptime; }

    quint64 uptime = 0;

protected:
    qint64 baseUnixTimeMs() const override { return kUnixTimeMs + qint64(uptime); }
};

Scenario builtIn(const QString& name)
{
    return std::get<Scenario>(ScenarioLibrary::builtIn().scenario(name));
}

} // namespace

class tst_ModuleMetering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void snapshotDescribesTheSetupAndTheMoment();
    void snapshotEncodesTheReading();
    void newSetupShowsInTheNextSnapshot();
    void registersFollowTheClockAndSurviveTheModule();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ModuleMetering::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_ModuleMetering::snapshotDescribesTheSetupAndTheMoment()
{
    MeterRegisterStore store(m_dir->path());
    ManualClock clock;
    clock.uptime = 2500;
    ModuleMetering metering(builtIn(u"3p3w-cts-swapped"_s), {}, store, clock);

    const v1::LiveSnapshot snapshot = metering.snapshotNow();
    QCOMPARE(snapshot.sequence(), 0u); // the stream's to give
    QCOMPARE(snapshot.timestamp_us(), (kUnixTimeMs + 2500) * 1000);
    QCOMPARE(snapshot.elements_size(), 2);
    const v1::MeteringSetup& setup = snapshot.setup();
    QCOMPARE(setup.wiring(), v1::WIRING_3P3W);
    QCOMPARE(setup.nominal_voltage_v(), 400.0f);
    QCOMPARE(setup.nominal_frequency_hz(), 50.0f);
    QCOMPARE(
        QList<float>(setup.ct_primary_a().begin(), setup.ct_primary_a().end()), (QList<float> { 100, 100 }));
    QCOMPARE(QList<quint32>(setup.ct_phase().begin(), setup.ct_phase().end()), (QList<quint32> { 1, 3 }));
    QCOMPARE(
        QList<bool>(setup.ct_inverted().begin(), setup.ct_inverted().end()), (QList<bool> { false, false }));
    QVERIFY(!setup.export_possible());
    QCOMPARE(snapshot.demand().period_s(), 900u);
    // The swap shows: W1 = -W2 (within the noise).
    const float w1 = snapshot.elements(0).active_power_w();
    const float w2 = snapshot.elements(1).active_power_w();
    QVERIFY2(std::abs(w1 + w2) < 0.02f * std::abs(w1), qPrintable(u"%1 %2"_s.arg(w1).arg(w2)));
}

void tst_ModuleMetering::snapshotEncodesTheReading()
{
    // Without noise every field can be checked against the metering engine's own reading.
    Scenario scenario = builtIn(u"1p-ct-reversed"_s);
    scenario.site.noise = { 0.0, 0.0, 0.0 };
    scenario.site.variation = { 0.0, 0.0, 0.0, 0.0, 60.0, 0.0, 0.0 };
    MeterRegisterStore store(m_dir->path());
    ManualClock clock;
    clock.uptime = 3'600'000;
    ModuleMetering metering(scenario, {}, store, clock);
    MeteringEngine engine(scenario.site, scenario.setup, scenario.seed);
    engine.advanceTo(std::chrono::hours(1));
    const MeterReading expected = engine.read();

    const v1::LiveSnapshot snapshot = metering.snapshotNow();
    QCOMPARE(snapshot.frequency_hz(), float(expected.frequency));
    const v1::ElementReading& e = snapshot.elements(0);
    const ElementValues& x = expected.elements.first();
    QCOMPARE(e.voltage_v(), float(x.voltage));
    QCOMPARE(e.current_a(), float(x.current));
    QCOMPARE(e.active_power_w(), float(x.activePower));
    QCOMPARE(e.reactive_power_var(), float(x.reactivePower));
    QCOMPARE(e.apparent_power_va(), float(x.apparentPower));
    QCOMPARE(e.power_factor(), float(x.powerFactor));
    QCOMPARE(e.vi_angle_deg(), float(x.viAngleDeg));
    QCOMPARE(e.voltage_angle_deg(), float(x.voltageAngleDeg));
    QCOMPARE(e.thd_voltage_pct(), float(x.thdVoltagePct));
    QCOMPARE(e.thd_current_pct(), float(x.thdCurrentPct));
    QVERIFY(e.active_power_w() < 0.0f);
    const v1::EnergyRegisters& energy = snapshot.energy();
    QCOMPARE(energy.active_import_wh(), expected.energy.activeImportWh);
    QCOMPARE(energy.active_export_wh(), expected.energy.activeExportWh);
    QCOMPARE(energy.active_total_wh(), expected.energy.activeTotalWh);
    QCOMPARE(energy.reactive_import_varh(), expected.energy.reactiveImportVarh);
    QCOMPARE(energy.reactive_export_varh(), expected.energy.reactiveExportVarh);
    QCOMPARE(energy.reactive_total_varh(), expected.energy.reactiveTotalVarh);
    QVERIFY(energy.active_export_wh() > 4000); // 230 V · 20 A · 0.95 for an hour
    QCOMPARE(snapshot.demand().active_power_w(), float(expected.demand.activePowerW));
    QCOMPARE(snapshot.demand().max_active_power_w(), float(expected.demand.maxActivePowerW));
}

void tst_ModuleMetering::newSetupShowsInTheNextSnapshot()
{
    MeterRegisterStore store(m_dir->path());
    ManualClock clock;
    ModuleMetering metering(builtIn(u"3p4w-ct2-reversed"_s), {}, store, clock);
    QVERIFY(metering.snapshotNow().elements(1).active_power_w() < 0.0f);

    MeteringSetup corrected = metering.setup();
    corrected.ctInverted[1] = true;
    corrected.exportPossible = true;
    metering.setSetup(corrected);
    QCOMPARE(metering.setup(), corrected);

    const v1::LiveSnapshot snapshot = metering.snapshotNow();
    QVERIFY(snapshot.elements(1).active_power_w() > 0.0f);
    QVERIFY(snapshot.setup().ct_inverted(1));
    QVERIFY(snapshot.setup().export_possible());
}

void tst_ModuleMetering::registersFollowTheClockAndSurviveTheModule()
{
    Scenario steady = builtIn(u"1p-correct"_s);
    steady.site.variation = { 0.0, 0.0, 0.0, 0.0, 60.0, 0.0, 0.0 };
    MeterRegisterStore store(m_dir->path());
    ManualClock clock;
    MeterRegisters stored;
    stored.energy.activeImportWh = EnergyRegister(500'000, 0.0);
    quint64 importedWh = 0;
    {
        ModuleMetering metering(steady, stored, store, clock);
        clock.uptime = 3'600'000; // an hour of 230.46 V (100.2 %) · 20 A · 0.95 = 4378.7 Wh
        importedWh = metering.snapshotNow().energy().active_import_wh();
        QVERIFY2(importedWh == 504'378, qPrintable(QString::number(importedWh)));
        clock.uptime += 60'000;
    } // the module stops: the registers are saved

    const std::optional<MeterRegisters> saved = store.load();
    QVERIFY2(saved, qPrintable(store.errorString()));
    QVERIFY(saved->energy.activeImportWh.whole() > importedWh); // the last minute counted too

    ManualClock restarted;
    ModuleMetering again(steady, *saved, store, restarted);
    QCOMPARE(again.snapshotNow().energy().active_import_wh(), saved->energy.activeImportWh.whole());
}

QTEST_GUILESS_MAIN(tst_ModuleMetering)
#include "tst_modulemetering.moc"
