#include "CalibrationOutputs.h"

#include "CertificatePdf.h"
#include "calibration/CalibrationCsv.h"
#include "calibration/PointResultJson.h"
#include "storage/HistoryDatabase.h"

#include <QJsonDocument>

namespace iotpro::report {

Result<void> CalibrationOutputs::writeFiles(const calibration::Certificate& certificate, const CalibrationTargets& targets)
{
    if (const Result<void> written = CertificatePdf::write(certificate, targets.certificatePath); !written)
        return written.error();
    if (targets.csvPath.isEmpty())
        return {};
    return calibration::appendCalibrationCsv(targets.csvPath, certificate);
}

storage::CalibrationRecord CalibrationOutputs::record(
    const calibration::Certificate& certificate, const CalibrationTargets& targets)
{
    return { certificate.id, certificate.module.serialNumber, certificate.module.hardwareRevision,
        certificate.module.firmwareVersion, certificate.issued, certificate.passed(), certificate.adjustment.has_value(),
        targets.batch, certificate.plan.name, certificate.plan.accuracyClass.id, certificate.reference.serialNumber,
        certificate.operatorName, targets.certificatePath,
        QJsonDocument(calibration::certificateResultsJson(certificate)).toJson(QJsonDocument::Compact) };
}

Result<std::optional<storage::BatchYield>> CalibrationOutputs::recordInHistory(
    const QString& historyPath, const calibration::Certificate& certificate, const CalibrationTargets& targets)
{
    Result<std::unique_ptr<storage::HistoryDatabase>> database = storage::HistoryDatabase::open(historyPath);
    if (!database)
        return database.error();
    storage::CalibrationRecords records(*database.value());
    if (const Result<qint64> saved = records.save(record(certificate, targets)); !saved)
        return saved.error();
    if (targets.batch.isEmpty())
        return std::optional<storage::BatchYield>();
    const Result<QList<storage::CalibrationRecord>> latest = records.latestInBatch(targets.batch);
    if (!latest)
        return latest.error();
    return std::optional(storage::batchYield(latest.value()));
}

} // namespace iotpro::report
