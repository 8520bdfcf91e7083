#include "electrical/DemandMeter.h"

#include <QTest>

using namespace iotpro::sim;
using namespace std::chrono_literals;

class tst_DemandMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingBeforeTheFirstPeriodEnds();
    void meanOfThePeriod();
    void maximumKeepsTheLargestMean();
    void oneLongStretchClosesEveryPeriodInIt();
    void newPeriodStartsAfresh();
    void restoredMaximumStays();
};

void tst_DemandMeter::nothingBeforeTheFirstPeriodEnds()
{
    DemandMeter demand(60);
    demand.accumulate(1000.0, 59'999ms);
    QCOMPARE(demand.lastPeriodW(), std::nullopt);
    QCOMPARE(demand.maxDemandW(), std::nullopt);
    demand.accumulate(1000.0, 1ms);
    QCOMPARE(demand.lastPeriodW(), std::optional(1000.0));
}

void tst_DemandMeter::meanOfThePeriod()
{
    DemandMeter demand(60);
    demand.accumulate(1000.0, 15s);
    demand.accumulate(3000.0, 30s);
    demand.accumulate(-1000.0, 15s);
    QCOMPARE(demand.lastPeriodW(), std::optional(1500.0));
}

void tst_DemandMeter::maximumKeepsTheLargestMean()
{
    DemandMeter demand(10);
    for (const double power : { 100.0, 900.0, 400.0 })
        demand.accumulate(power, 10s);
    QCOMPARE(demand.lastPeriodW(), std::optional(400.0));
    QCOMPARE(demand.maxDemandW(), std::optional(900.0));
}

void tst_DemandMeter::oneLongStretchClosesEveryPeriodInIt()
{
    DemandMeter demand(10);
    demand.accumulate(200.0, 5s);
    demand.accumulate(400.0, 20s); // ends a period at 10 s and at 20 s, 5 s into the third
    QCOMPARE(demand.lastPeriodW(), std::optional(400.0));
    QCOMPARE(demand.maxDemandW(), std::optional(400.0));
    demand.accumulate(0.0, 5s);
    QCOMPARE(demand.lastPeriodW(), std::optional(200.0));
}

void tst_DemandMeter::newPeriodStartsAfresh()
{
    DemandMeter demand(10);
    demand.accumulate(500.0, 15s);
    demand.setPeriod(20);
    QCOMPARE(demand.periodS(), 20u);
    QCOMPARE(demand.lastPeriodW(), std::nullopt);
    QCOMPARE(demand.maxDemandW(), std::optional(500.0));
    demand.accumulate(100.0, 20s);
    QCOMPARE(demand.lastPeriodW(), std::optional(100.0));
}

void tst_DemandMeter::restoredMaximumStays()
{
    DemandMeter demand(10, 7000.0);
    demand.accumulate(1000.0, 10s);
    QCOMPARE(demand.maxDemandW(), std::optional(7000.0));
    demand.accumulate(8000.0, 10s);
    QCOMPARE(demand.maxDemandW(), std::optional(8000.0));
}

QTEST_GUILESS_MAIN(tst_DemandMeter)
#include "tst_demandmeter.moc"
