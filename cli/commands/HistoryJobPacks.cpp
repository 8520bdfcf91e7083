#include "HistoryJobPacks.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "HistoryOptions.h"
#include "config/ConfigJson.h"
#include "config/ProtoEnums.h"
#include "storage/ExportFile.h"
#include "storage/JobPackStore.h"
#include "storage/RecordJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

using namespace storage;

int importPack(CommandContext& context, JobPackStore& store, const QString& path)
{
    const jobpack::ReadOutcome read = jobpack::readFile(path);
    if (!read.ok()) {
        for (const config::ValidationIssue& issue : read.issues)
            context.console.error(u"%1: %2"_qs.arg(path, issue.toString()));
        context.console.error(HistoryJobPacks::tr(
            "Nothing was imported from %1: %n problem(s) to fix first.", nullptr, int(read.issues.size()))
                                  .arg(path));
        return ExitFailure;
    }
    if (Result<void> imported = store.importPack(read.pack); !imported) {
        context.console.error(imported.error());
        return ExitFailure;
    }
    const qsizetype circuits = jobpack::circuitCount(read.pack);
    context.console.line(
        HistoryJobPacks::tr("Imported %1: %n site(s)", nullptr, int(read.pack.sites.size())).arg(path)
        + HistoryJobPacks::tr(", %n circuit(s).", nullptr, int(circuits)));
    return ExitOk;
}

int exportPack(CommandContext& context, JobPackStore& store, const QString& path)
{
    Result<JobPack> tree = store.tree();
    if (!tree) {
        context.console.error(tree.error());
        return ExitFailure;
    }
    if (Result<void> written = storage::ExportFile::write(path, jobpack::toJson(tree.value())); !written) {
        context.console.error(written.error());
        return ExitFailure;
    }
    context.console.line(
        HistoryJobPacks::tr("Job pack with %n site(s) written to %1.", nullptr, int(tree->sites.size()))
            .arg(path));
    return ExitOk;
}

int showPlanned(CommandContext& context, JobPackStore& store)
{
    const CircuitPlace place = HistoryOptions::place(context.parser);
    if (place.site.isEmpty() || place.panel.isEmpty() || place.circuit.isEmpty()) {
        context.console.error(HistoryJobPacks::tr("jobpack show needs --site, --panel and --circuit."));
        return ExitUsage;
    }
    const Result<config::DeviceConfig> planned = store.plannedConfig(place);
    if (!planned) {
        context.console.error(planned.error());
        return ExitFailure;
    }
    context.console.out() << QString::fromUtf8(config::toJson(planned.value()));
    context.console.out().flush();
    return ExitOk;
}

QJsonObject circuitJson(const JobCircuit& circuit)
{
    return QJsonObject { { u"name"_qs, circuit.name },
        { u"installation_point"_qs, config::protoenums::protoName(circuit.installationPoint) },
        { u"planned"_qs, circuit.metering.has_value() }, { u"module_serial"_qs, circuit.moduleSerial },
        { u"last_result"_qs,
            circuit.lastResult ? QJsonValue(resultName(*circuit.lastResult)) : QJsonValue() },
        { u"last_session"_qs,
            circuit.lastSessionAt.isValid() ? QJsonValue(recordjson::isoTime(circuit.lastSessionAt))
                                            : QJsonValue() } };
}

QString circuitLine(const JobCircuit& circuit)
{
    QString state
        = circuit.lastResult ? resultName(*circuit.lastResult) : HistoryJobPacks::tr("not commissioned");
    if (!circuit.moduleSerial.isEmpty())
        state += u", "_qs + circuit.moduleSerial;
    if (circuit.metering)
        state += u", "_qs + HistoryJobPacks::tr("planned");
    return u"    %1  (%2)"_qs.arg(circuit.name, state);
}

} // namespace

int HistoryJobPacks::run(CommandContext& context, HistoryDatabase& database)
{
    const QString action = context.arguments.value(1);
    const bool withFile = action == u"import" || action == u"export";
    if ((withFile && context.arguments.size() != 3) || (action == u"show" && context.arguments.size() != 2)
        || (!withFile && action != u"show")) {
        context.console.error(
            tr("history jobpack needs import FILE, export FILE or show --site S --panel P --circuit C."));
        return ExitUsage;
    }
    JobPackStore store(database);
    if (action == u"import")
        return importPack(context, store, context.arguments.value(2));
    if (action == u"export")
        return exportPack(context, store, context.arguments.value(2));
    return showPlanned(context, store);
}

int HistoryJobPacks::tree(CommandContext& context, HistoryDatabase& database)
{
    const Result<JobPack> jobs = JobPackStore(database).tree();
    if (!jobs) {
        context.console.error(jobs.error());
        return ExitFailure;
    }
    if (context.parser.isSet(GlobalOptions::json())) {
        const QJsonArray sites = jobpack::sitesJson(jobs.value(), circuitJson);
        context.console.json(QJsonDocument(sites));
        return ExitOk;
    }
    if (jobs->sites.isEmpty())
        context.console.line(
            tr("The job history has no sites yet; import a job pack or commission a module."));
    for (const JobSite& site : jobs->sites) {
        context.console.line(site.name);
        for (const JobPanel& panel : site.panels) {
            context.console.line(u"  "_qs + panel.name);
            for (const JobCircuit& circuit : panel.circuits)
                context.console.line(circuitLine(circuit));
        }
    }
    return ExitOk;
}

} // namespace iotpro::cli
