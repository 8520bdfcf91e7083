#include "BenchSettings.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace iotpro::ui {

namespace {

Error invalid(const QString& detail)
{
    return Errors::make(ErrorKind::InvalidOption, detail);
}

} // namespace

QString certificatePathIn(const QString& folder, const QString& certificateId)
{
    return QDir(folder).filePath(certificateId + u".pdf"_qs);
}

QString csvPathIn(const QString& folder, const QString& batch)
{
    // A batch is typed or scanned freely (a work order); its file name keeps only safe characters.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_qs);
    QString name = batch.trimmed();
    name.replace(unsafe, u"_"_qs);
    return QDir(folder).filePath((name.isEmpty() ? u"calibrations"_qs : name) + u".csv"_qs);
}

Result<calibration::CalibrationRequest> BenchSettingsCheck::request(const BenchSettings& settings)
{
    calibration::CalibrationRequest request;
    if (settings.referenceAddress.trimmed().isEmpty())
        return invalid(tr("Enter the reference meter's address, e.g. modbus-tcp:127.0.0.1:5502."));
    Result<modbus::ModbusAddress> reference = modbus::ModbusAddress::parse(settings.referenceAddress.trimmed());
    if (!reference)
        return reference.error();
    request.bench.reference = reference.value();

    if (settings.planPath.trimmed().isEmpty()) {
        request.plan = calibration::TestPlan::builtIn();
    } else {
        Result<calibration::TestPlan> plan = calibration::TestPlan::load(settings.planPath.trimmed());
        if (!plan)
            return plan.error();
        request.plan = std::move(plan).value();
    }

    request.reference.certificateNumber = settings.referenceCertificate.trimmed();
    if (request.reference.certificateNumber.isEmpty())
        return invalid(tr("Enter the number of the reference meter's own calibration certificate."));
    request.reference.calibrationDue = QDate::fromString(settings.referenceDue.trimmed(), Qt::ISODate);
    if (!request.reference.calibrationDue.isValid())
        return invalid(tr("Enter the reference meter's calibration due date from its certificate, as YYYY-MM-DD."));

    request.operatorName = settings.operatorName.trimmed();
    if (request.operatorName.isEmpty())
        return invalid(tr("Enter the operator's name: it is printed on every certificate."));
    if (settings.outputFolder.trimmed().isEmpty() || !QFileInfo(settings.outputFolder.trimmed()).isDir())
        return invalid(tr("Choose an existing folder for the certificates and the CSV log."));
    return request;
}

} // namespace iotpro::ui
