// The batch view's computation (docs/calibration.md, "Batch view"): a batch's yield and each
// accuracy point's errors across its modules in test order, from the records the job history
// keeps; the deciding run of an adjusted module; and which points drift toward their limit.
#include "storage/BatchTrends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iotpro::storage;

namespace {

QJsonObject accuracy(const QString& point, double errorPct, double limitPct, const QString& run = u"as_found"_qs)
{
    return { { u"point"_qs, point }, { u"type"_qs, u"accuracy"_qs }, { u"run"_qs, run }, { u"error_pct"_qs, errorPct },
        { u"limit_pct"_qs, limitPct }, { u"verdict"_qs, std::abs(errorPct) <= limitPct ? u"pass"_qs : u"fail"_qs } };
}

QJsonObject startingCurrent(const QString& point)
{
    return { { u"point"_qs, point }, { u"type"_qs, u"starting_current"_qs }, { u"run"_qs, u"as_found"_qs },
        { u"module_energy_wh"_qs, 3 }, { u"verdict"_qs, u"pass"_qs } };
}

/// A module's latest record, issued `minute` minutes into the shift.
CalibrationRecord module(const QString& serial, int minute, const QJsonArray& results, bool adjusted = false)
{
    CalibrationRecord r;
    r.certificateId = u"CAL-"_qs + serial;
    r.moduleSerial = serial;
    r.issued = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC).addSecs(60 * minute);
    r.adjusted = adjusted;
    r.batch = u"WO-7"_qs;
    bool passed = true;
    for (const QJsonValue& value : results)
        passed = passed && value.toObject().value(u"verdict"_qs).toString() == u"pass"_qs;
    r.passed = passed;
    r.resultsJson = QJsonDocument(results).toJson(QJsonDocument::Compact);
    return r;
}

/// One P1 record per error, in test order.
QList<CalibrationRecord> seriesAtP1(const QList<double>& errors, double limitPct)
{
    QList<CalibrationRecord> records;
    for (qsizetype i = 0; i < errors.size(); ++i)
        records.append(module(u"M%1"_qs.arg(i + 1), int(i), { accuracy(u"P1"_qs, errors.at(i), limitPct) }));
    return records;
}

} // namespace

class tst_BatchTrends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBatch()
    {
        const BatchTrends trends = batchTrends({});
        QCOMPARE(trends.yield.modules, 0);
        QVERIFY(trends.modules.isEmpty());
        QVERIFY(trends.points.isEmpty());
    }

    void yieldAndPointSeriesInTestOrder()
    {
        // Listed in the order the batch first met them; M2 was re-tested last and counts there.
        const QList<CalibrationRecord> latest {
            module(u"M1"_qs, 0, { accuracy(u"P1"_qs, 0.10, 0.5), accuracy(u"P2"_qs, -0.20, 0.6), startingCurrent(u"P3"_qs) }),
            module(u"M2"_qs, 30, { accuracy(u"P1"_qs, 0.70, 0.5), accuracy(u"P2"_qs, 0.05, 0.6) }),
            module(u"M3"_qs, 10, { accuracy(u"P1"_qs, -0.30, 0.5), accuracy(u"P2"_qs, 0.15, 0.6) }),
        };
        const BatchTrends trends = batchTrends(latest);
        QCOMPARE(trends.yield.modules, 3);
        QCOMPARE(trends.yield.passed, 2);
        QCOMPARE(trends.modules, (QStringList { u"M1"_qs, u"M3"_qs, u"M2"_qs }));
        QCOMPARE(trends.points.size(), 2); // the starting-current point has no error
        const PointTrend& p1 = trends.points.at(0);
        QCOMPARE(p1.pointId, u"P1"_qs);
        QCOMPARE(p1.limitPct, 0.5);
        QCOMPARE(p1.modules.size(), 3);
        QCOMPARE(p1.modules.at(0), (ModulePointError { u"M1"_qs, 0.10, 0.5, true }));
        QCOMPARE(p1.modules.at(1), (ModulePointError { u"M3"_qs, -0.30, 0.5, true }));
        QCOMPARE(p1.modules.at(2), (ModulePointError { u"M2"_qs, 0.70, 0.5, false }));
        QVERIFY(qFuzzyCompare(p1.meanErrorPct, (0.10 - 0.30 + 0.70) / 3));
        QCOMPARE(p1.maxAbsErrorPct, 0.70);
        QCOMPARE(trends.points.at(1).pointId, u"P2"_qs);
    }

    void adjustedModuleCountsAsLeft()
    {
        CalibrationRecord adjusted = module(u"M1"_qs, 0,
            { accuracy(u"P1"_qs, 0.90, 0.5, u"as_found"_qs), accuracy(u"P1"_qs, 0.04, 0.5, u"as_left"_qs) }, true);
        adjusted.passed = true; // the deciding run, as left, passed
        const BatchTrends trends = batchTrends({ adjusted });
        QCOMPARE(trends.yield.passed, 1);
        QCOMPARE(trends.yield.adjusted, 1);
        QCOMPARE(trends.points.size(), 1);
        QCOMPARE(trends.points.first().modules.size(), 1);
        QCOMPARE(trends.points.first().modules.first().errorPct, 0.04);
    }

    void unreadableResultsCountInTheYieldOnly()
    {
        CalibrationRecord broken = module(u"M2"_qs, 1, {});
        broken.resultsJson = "not json";
        broken.passed = false;
        const BatchTrends trends = batchTrends({ module(u"M1"_qs, 0, { accuracy(u"P1"_qs, 0.1, 0.5) }), broken });
        QCOMPARE(trends.yield.modules, 2);
        QCOMPARE(trends.modules.size(), 2);
        QCOMPARE(trends.points.size(), 1);
        QCOMPARE(trends.points.first().modules.size(), 1);
    }

    void drift_data()
    {
        QTest::addColumn<QList<double>>("errors");
        QTest::addColumn<bool>("drifting");
        QTest::addColumn<bool>("rising");
        // limit ±0.5 %: drifting when |error| rises and, continued 5 modules, reaches the limit.
        QTest::newRow("steady near zero") << QList<double> { 0.06, -0.05, 0.06, -0.05, 0.04 } << false << false;
        QTest::newRow("rising toward the limit") << QList<double> { 0.05, 0.12, 0.18, 0.25, 0.31 } << true << true;
        QTest::newRow("rising negative errors") << QList<double> { -0.05, -0.12, -0.18, -0.25, -0.31 } << true << true;
        QTest::newRow("rising slowly, far from it") << QList<double> { 0.01, 0.02, 0.03, 0.04, 0.05 } << false << true;
        QTest::newRow("falling away from it") << QList<double> { 0.45, 0.40, 0.30, 0.20, 0.10 } << false << false;
        QTest::newRow("two modules: no trend yet") << QList<double> { 0.10, 0.45 } << false << false;
    }

    void drift()
    {
        QFETCH(QList<double>, errors);
        QFETCH(bool, drifting);
        QFETCH(bool, rising);
        const BatchTrends trends = batchTrends(seriesAtP1(errors, 0.5));
        QCOMPARE(trends.points.size(), 1);
        const PointTrend& p1 = trends.points.first();
        QCOMPARE(p1.driftingTowardLimit, drifting);
        QCOMPARE(p1.absErrorSlopePct > 0.0, rising);
    }

    void slopeIsTheLeastSquaresFitOfAbsoluteErrors()
    {
        const BatchTrends trends = batchTrends(seriesAtP1({ 0.1, -0.2, 0.3 }, 0.5));
        QVERIFY(qFuzzyCompare(trends.points.first().absErrorSlopePct, 0.1));
    }
};

QTEST_GUILESS_MAIN(tst_BatchTrends)
#include "tst_batchtrends.moc"
