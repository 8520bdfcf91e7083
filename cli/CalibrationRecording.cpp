#include "CalibrationRecording.h"

#include "Command.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "SessionRecording.h"
#include "storage/HistoryDatabase.h"

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

void CalibrationRecording::record(
    CommandContext& context, const calibration::Certificate& certificate, const report::CalibrationTargets& targets)
{
    const Result<std::optional<storage::BatchYield>> recorded = report::CalibrationOutputs::recordInHistory(
        GlobalOptions::historyPath(context.parser), certificate, targets);
    if (!recorded)
        return SessionRecording::warnNotRecorded(context, recorded.error());
    if (!recorded.value())
        return;
    const storage::BatchYield yield = *recorded.value();
    const QString& batch = targets.batch;
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
