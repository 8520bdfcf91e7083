#include "electrical/EnergyRegisters.h"

#include <QTest>

#include <cmath>

using namespace iotpro::sim;
using namespace std::chrono_literals;

using Amounts = QList<double>;

class tst_EnergyRegisters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carriesTheFraction_data();
    void carriesTheFraction();
    void manySmallStepsLoseNothing_data();
    void manySmallStepsLoseNothing();
    void fractionKeepsItsPrecisionInHugeRegisters();
    void countsEachDirectionInItsOwnRegister_data();
    void countsEachDirectionInItsOwnRegister();
    void totalsAreImportPlusExport();
};

void tst_EnergyRegisters::carriesTheFraction_data()
{
    QTest::addColumn<Amounts>("amounts");
    QTest::addColumn<quint64>("whole");
    QTest::addColumn<double>("fraction");

    QTest::newRow("nothing") << Amounts {} << quint64(0) << 0.0;
    QTest::newRow("below one") << Amounts { 0.75 } << quint64(0) << 0.75;
    QTest::newRow("quarters make one") << Amounts { 0.25, 0.25, 0.25, 0.25 } << quint64(1) << 0.0;
    QTest::newRow("carry") << Amounts { 0.75, 0.75 } << quint64(1) << 0.5;
    QTest::newRow("whole and fraction at once") << Amounts { 1234.5 } << quint64(1234) << 0.5;
    QTest::newRow("zero adds nothing") << Amounts { 0.5, 0.0, 0.0 } << quint64(0) << 0.5;
}

void tst_EnergyRegisters::carriesTheFraction()
{
    QFETCH(Amounts, amounts);
    QFETCH(quint64, whole);
    QFETCH(double, fraction);

    EnergyRegister energy;
    for (const double amount : amounts)
        energy.add(amount);
    QCOMPARE(energy.whole(), whole);
    QCOMPARE(energy.fraction(), fraction);
}

void tst_EnergyRegisters::manySmallStepsLoseNothing_data()
{
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("count");

    // A 100 ms step of a few watts is a few ten-thousandths of a Wh.
    QTest::newRow("1e-4 Wh, ten million times") << 1e-4 << 10'000'000;
    QTest::newRow("0.1 Wh, a hundred thousand times") << 0.1 << 100'000;
    QTest::newRow("1/3 Wh, thirty thousand times") << 1.0 / 3.0 << 30'000;
}

void tst_EnergyRegisters::manySmallStepsLoseNothing()
{
    QFETCH(double, step);
    QFETCH(int, count);

    EnergyRegister energy;
    for (int i = 0; i < count; ++i)
        energy.add(step);
    const double exact = step * count;
    QVERIFY2(std::abs(double(energy.whole()) + energy.fraction() - exact) < 1e-6,
        QByteArray::number(double(energy.whole()) + energy.fraction(), 'g', 17).constData());
}

void tst_EnergyRegisters::fractionKeepsItsPrecisionInHugeRegisters()
{
    // At 2^53 Wh a double cannot even hold 0.5 Wh more; the carried fraction still can.
    EnergyRegister energy(quint64(1) << 53, 0.0);
    for (int i = 0; i < 10; ++i)
        energy.add(0.125);
    QCOMPARE(energy.whole(), (quint64(1) << 53) + 1);
    QCOMPARE(energy.fraction(), 0.25);
}

void tst_EnergyRegisters::countsEachDirectionInItsOwnRegister_data()
{
    QTest::addColumn<double>("activePowerW");
    QTest::addColumn<double>("reactivePowerVar");
    QTest::addColumn<quint64>("importWh");
    QTest::addColumn<quint64>("exportWh");
    QTest::addColumn<quint64>("inductiveVarh");
    QTest::addColumn<quint64>("capacitiveVarh");

    // One hour each.
    QTest::newRow("import, inductive")
        << 1000.0 << 300.0 << quint64(1000) << quint64(0) << quint64(300) << quint64(0);
    QTest::newRow("import, capacitive")
        << 1000.0 << -300.0 << quint64(1000) << quint64(0) << quint64(0) << quint64(300);
    QTest::newRow("export, inductive")
        << -1000.0 << 300.0 << quint64(0) << quint64(1000) << quint64(300) << quint64(0);
    QTest::newRow("export, capacitive")
        << -1000.0 << -300.0 << quint64(0) << quint64(1000) << quint64(0) << quint64(300);
    QTest::newRow("no power") << 0.0 << 0.0 << quint64(0) << quint64(0) << quint64(0) << quint64(0);
}

void tst_EnergyRegisters::countsEachDirectionInItsOwnRegister()
{
    QFETCH(double, activePowerW);
    QFETCH(double, reactivePowerVar);
    QFETCH(quint64, importWh);
    QFETCH(quint64, exportWh);
    QFETCH(quint64, inductiveVarh);
    QFETCH(quint64, capacitiveVarh);

    EnergyRegisters registers;
    for (int i = 0; i < 36'000; ++i)
        registers.accumulate(activePowerW, reactivePowerVar, 100ms);
    const EnergyTotals totals = registers.totals();
    // Within one unit: 36 000 additions may leave the last one a hair short of whole.
    QVERIFY(totals.activeImportWh + 1 >= importWh && totals.activeImportWh <= importWh);
    QVERIFY(totals.activeExportWh + 1 >= exportWh && totals.activeExportWh <= exportWh);
    QVERIFY(totals.reactiveImportVarh + 1 >= inductiveVarh && totals.reactiveImportVarh <= inductiveVarh);
    QVERIFY(totals.reactiveExportVarh + 1 >= capacitiveVarh && totals.reactiveExportVarh <= capacitiveVarh);
    const double counted = double(registers.activeImportWh.whole()) + registers.activeImportWh.fraction()
        + double(registers.activeExportWh.whole()) + registers.activeExportWh.fraction();
    QVERIFY(std::abs(counted - std::abs(activePowerW)) < 1e-6);
}

void tst_EnergyRegisters::totalsAreImportPlusExport()
{
    EnergyRegisters registers;
    registers.activeImportWh = EnergyRegister(700, 0.9);
    registers.activeExportWh = EnergyRegister(300, 0.9);
    registers.reactiveImportVarh = EnergyRegister(5, 0.0);
    registers.reactiveExportVarh = EnergyRegister(6, 0.5);

    const EnergyTotals totals = registers.totals();
    QCOMPARE(totals.activeImportWh, 700u);
    QCOMPARE(totals.activeExportWh, 300u);
    QCOMPARE(totals.activeTotalWh, 1000u); // the registers' whole units, as the engine counts
    QCOMPARE(totals.reactiveImportVarh, 5u);
    QCOMPARE(totals.reactiveExportVarh, 6u);
    QCOMPARE(totals.reactiveTotalVarh, 11u);
}

QTEST_GUILESS_MAIN(tst_EnergyRegisters)
#include "tst_energyregisters.moc"
