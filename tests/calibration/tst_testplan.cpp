#include "calibration/CalibrationRun.h"
#include "calibration/TestPlan.h"

#include <QTest>

using namespace iotpro::calibration;

namespace {

QByteArray planWith(const QByteArray& points)
{
    return R"({"name": "t", "accuracy_class": "IEC 62053-22 0.5S", "nominal_voltage_v": 230,
        "nominal_frequency_hz": 50, "rated_current_a": 5, "max_current_a": 6, "points": [)"
        + points + "]}";
}

} // namespace

class tst_TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInPlanIsTheDomainSequence()
    {
        const TestPlan plan = TestPlan::builtIn();
        QCOMPARE(plan.accuracyClass.id, u"IEC 62053-22 0.5S"_qs);
        QCOMPARE(plan.nominalVoltageV, 230.0);
        QCOMPARE(plan.ratedCurrentA, 100.0);
        QCOMPARE(plan.maxCurrentA, 120.0);
        QCOMPARE(plan.points.size(), 13);
        // PF 1 at Imax, In, 5 % and 1 % In; PF 0.5 ind and 0.8 cap at In and 10 %; each element
        // alone; starting current; no load.
        int accuracy = 0;
        int single = 0;
        for (const TestPoint& point : plan.points) {
            if (point.kind == PointKind::Accuracy) {
                ++accuracy;
                QVERIFY2(plan.limitPct(point).has_value(), qPrintable(point.id));
            }
            if (point.element != 0)
                ++single;
        }
        QCOMPARE(accuracy, 11);
        QCOMPARE(single, 3);
        const TestPoint& starting = plan.points.at(11);
        QCOMPARE(starting.kind, PointKind::StartingCurrent);
        QCOMPARE(starting.currentPct, plan.accuracyClass.startingCurrentPct);
        const TestPoint& noLoad = plan.points.at(12);
        QCOMPARE(noLoad.kind, PointKind::NoLoad);
        QCOMPARE(noLoad.voltagePct, plan.accuracyClass.noLoadVoltagePct);
        QCOMPARE(noLoad.currentPct, 0.0);
    }

    void readsPowerFactors_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("angle");
        QTest::newRow("number 1") << QByteArray("1") << 0.0;
        QTest::newRow("text 1") << QByteArray(R"("1")") << 0.0;
        QTest::newRow("0.5 ind") << QByteArray(R"("0.5 ind")") << 60.0;
        QTest::newRow("0.8 cap") << QByteArray(R"("0.8 cap")") << -36.869897645844;
    }
    void readsPowerFactors()
    {
        QFETCH(QByteArray, value);
        QFETCH(double, angle);
        const auto plan = TestPlan::fromJson(planWith(R"({"id": "A", "current_pct": 100, "power_factor": )" + value + "}"),
            u"plan.json"_qs);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QVERIFY(qAbs(plan->points.first().angleDeg() - angle) < 1e-9);
    }

    void defaultsApply()
    {
        const auto plan = TestPlan::fromJson(R"({"name": "t", "accuracy_class": "EN 50470-3 B", "nominal_voltage_v": 230,
            "nominal_frequency_hz": 50, "rated_current_a": 5, "max_current_a": 6,
            "defaults": {"settle_s": 3, "samples": 7},
            "points": [{"id": "A", "current_pct": 100}, {"id": "B", "current_pct": 50, "samples": 20}]})",
            u"plan.json"_qs);
        QVERIFY(plan.ok());
        QCOMPARE(plan->points.at(0).settleS, 3.0);
        QCOMPARE(plan->points.at(0).samples, 7);
        QCOMPARE(plan->points.at(1).samples, 20);
    }

    void refusesBadPlans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown class")
            << QByteArray(R"({"name": "t", "accuracy_class": "0.2S", "nominal_voltage_v": 230, "nominal_frequency_hz": 50,
                 "rated_current_a": 5, "max_current_a": 6, "points": [{"id": "A"}]})")
            << u"accuracy_class"_qs;
        QTest::newRow("no points") << planWith("") << u"points"_qs;
        QTest::newRow("typo") << planWith(R"({"id": "A", "curent_pct": 5})") << u"points[0].curent_pct"_qs;
        QTest::newRow("pf without side") << planWith(R"({"id": "A", "power_factor": 0.5})")
                                         << u"points[0].power_factor"_qs;
        QTest::newRow("twice") << planWith(R"({"id": "A"}, {"id": "A"})") << u"points[1].id"_qs;
        QTest::newRow("above Imax") << planWith(R"({"id": "A", "current_pct": 150})") << u"points[0].current_pct"_qs;
        QTest::newRow("no class limit") << planWith(R"({"id": "A", "current_pct": 0.5})") << u"points[0]"_qs;
        QTest::newRow("no-load with current") << planWith(R"({"id": "N", "type": "no_load", "current_pct": 5})")
                                              << u"points[0].current_pct"_qs;
        QTest::newRow("bad element") << planWith(R"({"id": "A", "element": 4})") << u"points[0].element"_qs;
    }
    void refusesBadPlans()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto plan = TestPlan::fromJson(json, u"plan.json"_qs);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().detail.startsWith(u"plan.json: "_qs + path), qPrintable(plan.error().detail));
    }

    void sourceOutputFollowsThePoint()
    {
        const TestPlan plan = TestPlan::builtIn();
        TestPoint point;
        point.currentPct = 10.0;
        point.powerFactor = 0.5;
        point.inductive = true;
        point.voltagePct = 100.0;
        point.element = 2;
        const SourceOutput output = sourceOutputFor(point, plan);
        QCOMPARE(output.voltageV, (std::array<double, 3> { 230.0, 230.0, 230.0 }));
        QCOMPARE(output.currentA, (std::array<double, 3> { 0.0, 10.0, 0.0 }));
        QVERIFY(qAbs(output.angleDeg[1] - 60.0) < 1e-9);
        QCOMPARE(output.frequencyHz, 50.0);
        const SourceOutput off = switchedOff(plan);
        QCOMPARE(off.currentA, (std::array<double, 3> {}));
        QCOMPARE(off.voltageV, (std::array<double, 3> {}));
    }
};

QTEST_GUILESS_MAIN(tst_TestPlan)
#include "tst_testplan.moc"
