#include "HistoryExports.h"

#include "Console.h"
#include "HistoryOptions.h"
#include "storage/ExportFile.h"
#include "storage/ModuleExports.h"

namespace iotpro::cli {

namespace {

bool write(CommandContext& context, const QString& path, const QByteArray& bytes)
{
    if (Result<void> written = storage::ExportFile::write(path, bytes); !written) {
        context.console.error(written.error());
        return false;
    }
    return true;
}

} // namespace

int HistoryExports::run(CommandContext& context, storage::HistoryDatabase& database)
{
    const QCommandLineParser& parser = context.parser;
    const bool csv = parser.isSet(HistoryOptions::csv());
    const bool tts = parser.isSet(HistoryOptions::tts());
    if (context.arguments.size() != 1 || (!csv && !tts)) {
        context.console.error(tr("history export needs --csv FILE and/or --tts FILE."));
        return ExitUsage;
    }
    const Result<QList<storage::CommissionedModule>> modules
        = storage::CommissionedModules::find(database, parser.value(HistoryOptions::site()));
    if (!modules) {
        context.console.error(modules.error());
        return ExitFailure;
    }
    if (csv) {
        const QString path = parser.value(HistoryOptions::csv());
        if (!write(context, path, storage::exports::modulesCsv(modules.value())))
            return ExitFailure;
        context.console.line(
            tr("%n commissioned module(s) written to %1.", nullptr, int(modules->size())).arg(path));
    }
    if (tts) {
        const QString path = parser.value(HistoryOptions::tts());
        if (!write(context, path, storage::exports::thingsStackCsv(modules.value())))
            return ExitFailure;
        const qsizetype devices = storage::exports::lorawanDeviceCount(modules.value());
        context.console.line(
            tr("%n LoRaWAN device(s) written to %1. Fill in the app_key column from your key list "
               "before importing: the tool never keeps an AppKey.",
                nullptr, int(devices))
                .arg(path));
    }
    return ExitOk;
}

} // namespace iotpro::cli
