// The production bench's records in the job history (docs/calibration.md, "Job history and
// batches"): saved whole, the latest per module of a batch, what passed, and the batch's yield.
#include "storage/CalibrationRecords.h"
#include "storage/HistoryDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

CalibrationRecord record(const QString& id, const QString& serial, bool passed, const QString& batch, bool adjusted = false)
{
    CalibrationRecord r;
    r.certificateId = id;
    r.moduleSerial = serial;
    r.hardwareRevision = u"C"_qs;
    r.firmwareVersion = u"1.4.2"_qs;
    r.issued = QDateTime(QDate(2026, 11, 24), QTime(21, 30, 5, 250), Qt::UTC);
    r.passed = passed;
    r.adjusted = adjusted;
    r.batch = batch;
    r.planName = u"Production check"_qs;
    r.accuracyClass = u"IEC 62053-22 0.5S"_qs;
    r.referenceSerial = u"24010001"_qs;
    r.operatorName = u"Erika Muster"_qs;
    r.certificatePath = u"/bench/"_qs + id + u".pdf"_qs;
    r.resultsJson = R"([{"point":"P1","verdict":"pass","run":"as_found"}])";
    return r;
}

} // namespace

class tst_CalibrationRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto database = HistoryDatabase::open(m_dir.filePath(u"history-%1.sqlite"_qs.arg(++m_count)));
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().toString()));
        m_database = std::move(database).value();
    }

    void savedRecordReadsBackWhole()
    {
        CalibrationRecords records(*m_database);
        const CalibrationRecord saved = record(u"CAL-A-1"_qs, u"SIM-000001"_qs, true, u"WO-17"_qs, true);
        QVERIFY(records.save(saved).ok());
        const auto found = records.passedInBatch(u"WO-17"_qs, u"SIM-000001"_qs);
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QCOMPARE(**found, saved);
    }

    void certificateIdsAreUnique()
    {
        CalibrationRecords records(*m_database);
        QVERIFY(records.save(record(u"CAL-A-1"_qs, u"SIM-000001"_qs, true, {})).ok());
        const Result<qint64> again = records.save(record(u"CAL-A-1"_qs, u"SIM-000002"_qs, true, {}));
        QVERIFY(!again.ok());
        // The refused record is not kept.
        QVERIFY(records.latestInBatch({}).value().size() == 1);
    }

    void batchKeepsTheLatestPerModuleAndItsYield()
    {
        CalibrationRecords records(*m_database);
        QVERIFY(records.save(record(u"CAL-1"_qs, u"M1"_qs, false, u"WO-17"_qs)).ok());
        QVERIFY(records.save(record(u"CAL-2"_qs, u"M2"_qs, true, u"WO-17"_qs)).ok());
        QVERIFY(records.save(record(u"CAL-3"_qs, u"M3"_qs, false, u"WO-17"_qs)).ok());
        QVERIFY(records.save(record(u"CAL-4"_qs, u"M1"_qs, true, u"WO-17"_qs, true)).ok()); // M1 adjusted, passes
        QVERIFY(records.save(record(u"CAL-5"_qs, u"M4"_qs, true, u"WO-18"_qs)).ok()); // another batch

        const Result<QList<CalibrationRecord>> latest = records.latestInBatch(u"WO-17"_qs);
        QVERIFY(latest.ok());
        QStringList order;
        for (const CalibrationRecord& r : latest.value())
            order.append(r.certificateId);
        QCOMPARE(order, (QStringList { u"CAL-4"_qs, u"CAL-2"_qs, u"CAL-3"_qs }));
        const BatchYield yield = batchYield(latest.value());
        QCOMPARE(yield.modules, 3);
        QCOMPARE(yield.passed, 2);
        QCOMPARE(yield.adjusted, 1);
        QVERIFY(qAbs(yield.yieldPct() - 200.0 / 3.0) < 1e-9);

        QCOMPARE(records.passedInBatch(u"WO-17"_qs, u"M1"_qs).value()->certificateId, u"CAL-4"_qs);
        QVERIFY(!records.passedInBatch(u"WO-17"_qs, u"M3"_qs).value().has_value());
        QVERIFY(!records.passedInBatch(u"WO-18"_qs, u"M2"_qs).value().has_value());
    }

    void batchesAreListedNewestFirst()
    {
        CalibrationRecords records(*m_database);
        QVERIFY(records.save(record(u"CAL-A"_qs, u"A"_qs, true, u"WO-1"_qs)).ok());
        QVERIFY(records.save(record(u"CAL-B"_qs, u"B"_qs, true, QString())).ok());
        QVERIFY(records.save(record(u"CAL-C"_qs, u"C"_qs, false, u"WO-2"_qs)).ok());
        QVERIFY(records.save(record(u"CAL-D"_qs, u"D"_qs, true, u"WO-1"_qs)).ok());
        const Result<QStringList> batches = records.batches();
        QVERIFY(batches.ok());
        // A run without a batch names none; WO-1 was calibrated in last.
        QCOMPARE(batches.value(), (QStringList { u"WO-1"_qs, u"WO-2"_qs }));
    }

    void emptyBatchHasNoYield()
    {
        QCOMPARE(batchYield({}).yieldPct(), 0.0);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<HistoryDatabase> m_database;
};

QTEST_GUILESS_MAIN(tst_CalibrationRecords)
#include "tst_calibrationrecords.moc"
