#include "CalibrationRecording.h"

#include "Command.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "SessionRecording.h"
#include "storage/HistoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace iotpro::cli {

Result<std::optional<storage::CalibrationRecord>> CalibrationRecording::passedInBatch(
    CommandContext& context, const QString& batch, const QString& moduleSerial)
{
    Result<std::unique_ptr<storage::HistoryDatabase>> database
        = storage::HistoryDatabase::open(GlobalOptions::historyPath(context.parser));
    if (!database)
        return database.error();
    return storage::CalibrationRecords(*database.value()).passedInBatch(batch, moduleSerial);
}

void CalibrationRecording::record(CommandContext& context, const calibration::Certificate& certificate,
    const QString& certificatePath, const QString& batch, const QJsonArray& results)
{
    using namespace storage;
    const auto warn = [&context](const Error& error) { SessionRecording::warnNotRecorded(context, error); };
    Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(GlobalOptions::historyPath(context.parser));
    if (!database)
        return warn(database.error());
    CalibrationRecords records(*database.value());
    const CalibrationRecord entry { certificate.id, certificate.module.serialNumber,
        certificate.module.hardwareRevision, certificate.module.firmwareVersion, certificate.issued,
        certificate.passed(), certificate.adjustment.has_value(), batch, certificate.plan.name,
        certificate.plan.accuracyClass.id, certificate.reference.serialNumber, certificate.operatorName,
        certificatePath, QJsonDocument(results).toJson(QJsonDocument::Compact) };
    if (const Result<qint64> saved = records.save(entry); !saved)
        return warn(saved.error());
    if (batch.isEmpty())
        return;
    const Result<QList<CalibrationRecord>> latest = records.latestInBatch(batch);
    if (!latest)
        return warn(latest.error());
    const BatchYield yield = batchYield(latest.value());
    if (context.parser.isSet(GlobalOptions::json())) {
        context.console.json(QJsonDocument(QJsonObject { { u"batch"_qs, batch }, { u"modules"_qs, yield.modules },
            { u"passed"_qs, yield.passed }, { u"adjusted"_qs, yield.adjusted }, { u"yield_pct"_qs, yield.yieldPct() } }));
        return;
    }
    context.console.line(tr("Batch %1: %2 of %3 modules passed (yield %4 %), %5 after adjustment.")
                             .arg(batch)
                             .arg(yield.passed)
                             .arg(yield.modules)
                             .arg(QLocale().toString(yield.yieldPct(), 'f', 1))
                             .arg(yield.adjusted));
}

} // namespace iotpro::cli
