#include "CalibrationRecords.h"

#include "HistoryDatabase.h"
#include "SqlResult.h"

namespace iotpro::storage {

namespace {

/// The columns read back, in this order, by every query of this file.
const QString kColumns = u"c.certificate_id, m.serial_number, m.hardware_revision, m.firmware_version, c.issued_utc, "
                         "c.passed, c.adjusted, c.batch, c.plan_name, c.accuracy_class, c.reference_serial, "
                         "c.operator, c.certificate_path, c.results_json"_qs;

CalibrationRecord recordAt(const QSqlQuery& query)
{
    CalibrationRecord record;
    record.certificateId = query.value(0).toString();
    record.moduleSerial = query.value(1).toString();
    record.hardwareRevision = query.value(2).toString();
    record.firmwareVersion = query.value(3).toString();
    record.issued = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
    record.passed = query.value(5).toBool();
    record.adjusted = query.value(6).toBool();
    record.batch = query.value(7).toString();
    record.planName = query.value(8).toString();
    record.accuracyClass = query.value(9).toString();
    record.referenceSerial = query.value(10).toString();
    record.operatorName = query.value(11).toString();
    record.certificatePath = query.value(12).toString();
    record.resultsJson = query.value(13).toString().toUtf8();
    return record;
}

} // namespace

Result<qint64> CalibrationRecords::save(const CalibrationRecord& record)
{
    QSqlDatabase& database = m_database.connection();
    qint64 id = 0;
    const Result<void> saved = inTransaction(database, [&]() -> Result<void> {
        QSqlQuery query(database);
        // A module met first on the bench gets its row here; its place comes with commissioning.
        if (Result<void> known = run(query,
                u"INSERT INTO modules (serial_number, hardware_revision, firmware_version) VALUES (?, ?, ?) "
                "ON CONFLICT (serial_number) DO NOTHING"_qs,
                { record.moduleSerial, record.hardwareRevision, record.firmwareVersion });
            !known)
            return known.error();
        if (Result<void> inserted = run(query,
                u"INSERT INTO calibrations (certificate_id, module_id, batch, issued_utc, passed, adjusted, plan_name, "
                "accuracy_class, reference_serial, operator, certificate_path, results_json) "
                "SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM modules WHERE serial_number = ?"_qs,
                { record.certificateId, record.batch, record.issued.toUTC().toString(Qt::ISODateWithMs),
                    record.passed, record.adjusted, record.planName, record.accuracyClass, record.referenceSerial,
                    record.operatorName, record.certificatePath, QString::fromUtf8(record.resultsJson),
                    record.moduleSerial });
            !inserted)
            return inserted.error();
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<QStringList> CalibrationRecords::batches()
{
    QSqlQuery query(m_database.connection());
    if (Result<void> found = run(query,
            u"SELECT batch FROM calibrations WHERE batch <> '' GROUP BY batch ORDER BY MAX(id) DESC"_qs, {});
        !found)
        return found.error();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QList<CalibrationRecord>> CalibrationRecords::latestInBatch(const QString& batch)
{
    QSqlQuery query(m_database.connection());
    // The newest row per module; modules in the order of their first row in the batch.
    if (Result<void> found = run(query,
            u"SELECT "_qs + kColumns
                + u" FROM calibrations c JOIN modules m ON m.id = c.module_id "
                  "WHERE c.batch = ? AND c.id = (SELECT MAX(id) FROM calibrations WHERE batch = c.batch "
                  "AND module_id = c.module_id) "
                  "ORDER BY (SELECT MIN(id) FROM calibrations WHERE batch = c.batch AND module_id = c.module_id)"_qs,
            { batch });
        !found)
        return found.error();
    QList<CalibrationRecord> records;
    while (query.next())
        records.append(recordAt(query));
    return records;
}

Result<std::optional<CalibrationRecord>> CalibrationRecords::passedInBatch(const QString& batch, const QString& moduleSerial)
{
    QSqlQuery query(m_database.connection());
    if (Result<void> found = run(query,
            u"SELECT "_qs + kColumns
                + u" FROM calibrations c JOIN modules m ON m.id = c.module_id "
                  "WHERE c.batch = ? AND m.serial_number = ? AND c.passed = 1 ORDER BY c.id DESC LIMIT 1"_qs,
            { batch, moduleSerial });
        !found)
        return found.error();
    if (!query.next())
        return std::optional<CalibrationRecord>();
    return std::optional(recordAt(query));
}

BatchYield batchYield(const QList<CalibrationRecord>& latest)
{
    BatchYield yield;
    for (const CalibrationRecord& record : latest) {
        ++yield.modules;
        if (record.passed) {
            ++yield.passed;
            if (record.adjusted)
                ++yield.adjusted;
        }
    }
    return yield;
}

} // namespace iotpro::storage
