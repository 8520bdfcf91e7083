#include "calibration/ReferenceStandard.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::calibration;

class tst_ReferenceStandard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsADescription()
    {
        const auto reference = ReferenceStandard::fromJson(R"({"model": "Zera COM3003", "serial_number": "24010001",
            "certificate": "D-K-15012-01 2025-0117", "calibration_due": "2027-03-31", "accuracy_pct": 0.01})",
            u"ref.json"_qs);
        QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().toString()));
        QCOMPARE(reference->calibrationDue, QDate(2027, 3, 31));
        QCOMPARE(reference->registerProfile, u"sdm630"_qs);
        QVERIFY(qAbs(reference->standardUncertaintyPct() - 0.01 / std::sqrt(3.0)) < 1e-12);
    }

    void refusesBadDescriptions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no due date") << QByteArray(R"({"model": "m", "serial_number": "1", "certificate": "c"})")
                                     << u"calibration_due"_qs;
        QTest::newRow("not a date") << QByteArray(R"({"model": "m", "serial_number": "1", "certificate": "c",
                                           "calibration_due": "31.03.2027"})")
                                    << u"calibration_due"_qs;
        QTest::newRow("accuracy") << QByteArray(R"({"model": "m", "serial_number": "1", "certificate": "c",
                                         "calibration_due": "2027-03-31", "accuracy_pct": 5})")
                                  << u"accuracy_pct"_qs;
    }
    void refusesBadDescriptions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto reference = ReferenceStandard::fromJson(json, u"ref.json"_qs);
        QVERIFY(!reference.ok());
        QVERIFY2(reference.error().detail.startsWith(u"ref.json: "_qs + path), qPrintable(reference.error().detail));
    }

    void traceableOnlyUntilItsDueDate_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("traceable");
        QTest::newRow("unknown") << QDate() << false;
        QTest::newRow("overdue") << QDate(2025, 6, 30) << false;
        QTest::newRow("due today") << QDate(2025, 7, 1) << true;
        QTest::newRow("later") << QDate(2026, 1, 1) << true;
    }
    void traceableOnlyUntilItsDueDate()
    {
        QFETCH(QDate, due);
        QFETCH(bool, traceable);
        ReferenceStandard reference;
        reference.model = u"m"_qs;
        reference.serialNumber = u"7"_qs;
        reference.calibrationDue = due;
        const Result<void> check = reference.checkTraceable(QDate(2025, 7, 1));
        QCOMPARE(check.ok(), traceable);
        if (!traceable)
            QCOMPARE(check.error().kind, ErrorKind::NotTraceable);
    }
};

QTEST_GUILESS_MAIN(tst_ReferenceStandard)
#include "tst_referencestandard.moc"
