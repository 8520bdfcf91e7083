#include "BenchSettings.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace iotpro::ui {

namespace {

Error invalid(const QString& detail)
{
    return Errors::make(ErrorKind::InvalidOption, detail);
}

namespace key {
const QString Reference = u"bench/reference"_qs;
const QString ReferenceCertificate = u"bench/reference_certificate"_qs;
const QString ReferenceDue = u"bench/reference_due"_qs;
const QString Plan = u"bench/plan"_qs;
const QString Operator = u"bench/operator"_qs;
const QString Batch = u"bench/batch"_qs;
const QString OutputFolder = u"bench/output_folder"_qs;
const QString Adjust = u"bench/adjust"_qs;
const QString FactoryKey = u"bench/factory_key"_qs;
} // namespace key

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

void storeBenchSettings(QSettings& store, const BenchSettings& settings)
{
    store.setValue(key::Reference, settings.referenceAddress);
    store.setValue(key::ReferenceCertificate, settings.referenceCertificate);
    store.setValue(key::ReferenceDue, settings.referenceDue);
    store.setValue(key::Plan, settings.planPath);
    store.setValue(key::Operator, settings.operatorName);
    store.setValue(key::Batch, settings.batch);
    store.setValue(key::OutputFolder, settings.outputFolder);
    store.setValue(key::Adjust, settings.adjust);
    store.setValue(key::FactoryKey, settings.factoryKeyName);
}

BenchSettings storedBenchSettings(const QSettings& store)
{
    BenchSettings settings;
    settings.referenceAddress = store.value(key::Reference).toString();
    settings.referenceCertificate = store.value(key::ReferenceCertificate).toString();
    settings.referenceDue = store.value(key::ReferenceDue).toString();
    settings.planPath = store.value(key::Plan).toString();
    settings.operatorName = store.value(key::Operator).toString();
    settings.batch = store.value(key::Batch).toString();
    settings.outputFolder = store.value(key::OutputFolder).toString();
    settings.adjust = store.value(key::Adjust, false).toBool();
    settings.factoryKeyName = store.value(key::FactoryKey).toString();
    return settings;
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
