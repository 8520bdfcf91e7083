#include "calibration/AccuracyClass.h"

#include <QTest>

using namespace iotpro::calibration;

class tst_AccuracyClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTableReads()
    {
        const QList<AccuracyClass> classes = builtInAccuracyClasses();
        QCOMPARE(classes.size(), 2);
        QVERIFY(findAccuracyClass(u"IEC 62053-22 0.5S"_qs).ok());
        QVERIFY(findAccuracyClass(u"EN 50470-3 B"_qs).ok());
        const auto unknown = findAccuracyClass(u"0.2S"_qs);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().detail.contains(u"IEC 62053-22 0.5S"_qs));
    }

    // The limits of ../shared/brief/domain.md section 3, point by point.
    void limits_data()
    {
        QTest::addColumn<QString>("classId");
        QTest::addColumn<double>("currentPct");
        QTest::addColumn<double>("pf");
        QTest::addColumn<bool>("inductive");
        QTest::addColumn<bool>("single");
        QTest::addColumn<double>("limit"); ///< 0: no limit
        const QString s = u"IEC 62053-22 0.5S"_qs;
        const QString b = u"EN 50470-3 B"_qs;
        QTest::newRow("0.5S PF1 1% In") << s << 1.0 << 1.0 << true << false << 1.0;
        QTest::newRow("0.5S PF1 just below 5%") << s << 4.99 << 1.0 << true << false << 1.0;
        QTest::newRow("0.5S PF1 5% In") << s << 5.0 << 1.0 << true << false << 0.5;
        QTest::newRow("0.5S PF1 Imax") << s << 120.0 << 1.0 << true << false << 0.5;
        QTest::newRow("0.5S PF1 below 1%") << s << 0.5 << 1.0 << true << false << 0.0;
        QTest::newRow("0.5S 0.5ind 2%") << s << 2.0 << 0.5 << true << false << 1.0;
        QTest::newRow("0.5S 0.5ind 10%") << s << 10.0 << 0.5 << true << false << 0.6;
        QTest::newRow("0.5S 0.8cap In") << s << 100.0 << 0.8 << false << false << 0.6;
        QTest::newRow("0.5S 0.5cap not covered") << s << 100.0 << 0.5 << false << false << 0.0;
        QTest::newRow("0.5S 0.3ind not covered") << s << 100.0 << 0.3 << true << false << 0.0;
        QTest::newRow("0.5S single PF1") << s << 100.0 << 1.0 << true << true << 0.6;
        QTest::newRow("0.5S single 0.5ind") << s << 100.0 << 0.5 << true << true << 1.0;
        QTest::newRow("B PF1 below Itr") << b << 2.0 << 1.0 << true << false << 2.0;
        QTest::newRow("B 0.5ind from Itr") << b << 5.0 << 0.5 << true << false << 1.0;
        QTest::newRow("B 0.8cap In") << b << 100.0 << 0.8 << false << false << 1.0;
        QTest::newRow("B single") << b << 100.0 << 1.0 << true << true << 1.5;
    }
    void limits()
    {
        QFETCH(QString, classId);
        QFETCH(double, currentPct);
        QFETCH(double, pf);
        QFETCH(bool, inductive);
        QFETCH(bool, single);
        QFETCH(double, limit);
        const auto accuracyClass = findAccuracyClass(classId);
        QVERIFY(accuracyClass.ok());
        const std::optional<double> found
            = accuracyClass->limitPct(currentPct, pf, inductive, single ? LoadKind::Single : LoadKind::Balanced);
        QCOMPARE(found.value_or(0.0), limit);
    }

    void startingCurrentAndNoLoad()
    {
        const auto s = findAccuracyClass(u"IEC 62053-22 0.5S"_qs);
        QCOMPARE(s->startingCurrentPct, 0.1);
        QCOMPARE(s->noLoadVoltagePct, 115.0);
    }

    void refusesBadTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown key") << QByteArray(R"({"classes": [], "extra": 1})") << u"extra"_qs;
        QTest::newRow("bad power factor")
            << QByteArray(R"({"classes": [{"id": "x", "title": "x", "starting_current_pct": 0.1, "no_load_voltage_pct": 115,
                 "bands": [{"power_factor": "lagging", "load": "balanced", "from_pct": 1, "limit_pct": 1}]}]})")
            << u"classes[0].bands[0].power_factor"_qs;
        QTest::newRow("negative limit")
            << QByteArray(R"({"classes": [{"id": "x", "title": "x", "starting_current_pct": 0.1, "no_load_voltage_pct": 115,
                 "bands": [{"power_factor": "unity", "load": "balanced", "from_pct": 1, "limit_pct": -1}]}]})")
            << u"classes[0].bands[0].limit_pct"_qs;
    }
    void refusesBadTables()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto classes = readAccuracyClasses(json, u"classes.json"_qs);
        QVERIFY(!classes.ok());
        QVERIFY2(classes.error().detail.startsWith(u"classes.json: "_qs + path), qPrintable(classes.error().detail));
    }
};

QTEST_GUILESS_MAIN(tst_AccuracyClass)
#include "tst_accuracyclass.moc"
