#include "HistoryCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "HistoryExports.h"
#include "HistoryJobPacks.h"
#include "HistoryOptions.h"
#include "HistoryTemplates.h"
#include "storage/HistoryDatabase.h"
#include "storage/ProfileStore.h"
#include "storage/SessionStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

using namespace storage;

QCommandLineOption searchOption()
{
    return { u"search"_qs, HistoryCommand::tr("Only sessions whose serial, site, panel, circuit, notes, technician, "
                                              "company or report id contain every one of WORDS."),
        HistoryCommand::tr("WORDS") };
}

QCommandLineOption serialOption()
{
    return { u"serial"_qs, HistoryCommand::tr("Only the sessions of this module."), HistoryCommand::tr("SERIAL") };
}

QCommandLineOption resultOption()
{
    return { u"result"_qs, HistoryCommand::tr("Only sessions that ended so: passed, warnings, failed or incomplete."),
        HistoryCommand::tr("RESULT") };
}

QCommandLineOption limitOption()
{
    return { u"limit"_qs, HistoryCommand::tr("At most N sessions, newest first."), HistoryCommand::tr("N") };
}

QCommandLineOption technicianOption()
{
    return { u"technician"_qs, HistoryCommand::tr("profile: the technician named on new reports."),
        HistoryCommand::tr("NAME") };
}

QCommandLineOption companyOption()
{
    return { u"company"_qs, HistoryCommand::tr("profile: the company named on new reports."),
        HistoryCommand::tr("NAME") };
}

int list(CommandContext& context, HistoryDatabase& database)
{
    const QCommandLineParser& parser = context.parser;
    SessionFilter filter;
    filter.text = parser.value(searchOption());
    filter.moduleSerial = parser.value(serialOption());
    if (parser.isSet(resultOption())) {
        filter.result = resultFromName(parser.value(resultOption()));
        if (!filter.result) {
            context.console.error(HistoryCommand::tr("--result must be passed, warnings, failed or incomplete."));
            return ExitUsage;
        }
    }
    if (parser.isSet(limitOption())) {
        bool ok = false;
        filter.limit = parser.value(limitOption()).toInt(&ok);
        if (!ok || filter.limit < 1) {
            context.console.error(HistoryCommand::tr("--limit must be a whole number of 1 or more."));
            return ExitUsage;
        }
    }
    const Result<QList<SessionSummary>> sessions = SessionStore(database).find(filter);
    if (!sessions) {
        context.console.error(sessions.error());
        return ExitFailure;
    }
    if (parser.isSet(GlobalOptions::json())) {
        QJsonArray array;
        for (const SessionSummary& session : sessions.value()) {
            array.append(QJsonObject { { u"id"_qs, session.id }, { u"module_serial"_qs, session.moduleSerial },
                { u"time"_qs, session.startedAt.toString(Qt::ISODateWithMs) },
                { u"result"_qs, resultName(session.result) } });
        }
        context.console.json(QJsonDocument(array));
        return ExitOk;
    }
    if (sessions->isEmpty()) {
        context.console.line(HistoryCommand::tr("No commissioning sessions match."));
        return ExitOk;
    }
    for (const SessionSummary& session : sessions.value()) {
        const QString place = QStringList { session.site, session.panel, session.circuit }.join(u" / ");
        context.console.line(u"%1  %2  %3  %4  %5"_qs.arg(session.id, 6)
                                 .arg(session.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs),
                                     session.moduleSerial, resultName(session.result), place));
    }
    return ExitOk;
}

int profile(CommandContext& context, HistoryDatabase& database)
{
    ProfileStore store(database);
    const QCommandLineParser& parser = context.parser;
    Result<Profile> current = store.load();
    if (!current) {
        context.console.error(current.error());
        return ExitFailure;
    }
    Profile profile = current.value();
    if (parser.isSet(technicianOption()) || parser.isSet(companyOption())) {
        if (parser.isSet(technicianOption()))
            profile.technician = parser.value(technicianOption());
        if (parser.isSet(companyOption()))
            profile.company = parser.value(companyOption());
        if (Result<void> saved = store.save(profile); !saved) {
            context.console.error(saved.error());
            return ExitFailure;
        }
    }
    if (parser.isSet(GlobalOptions::json())) {
        context.console.json(QJsonDocument(
            QJsonObject { { u"technician"_qs, profile.technician }, { u"company"_qs, profile.company } }));
    } else {
        context.console.line(HistoryCommand::tr("Technician: %1").arg(profile.technician));
        context.console.line(HistoryCommand::tr("Company: %1").arg(profile.company));
    }
    return ExitOk;
}

} // namespace

QString HistoryCommand::summary() const
{
    return tr("The job history: list sessions, set who signs the reports, check the database.");
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return QList<QCommandLineOption> { searchOption(), serialOption(), resultOption(), limitOption(), technicianOption(),
               companyOption() }
    + HistoryOptions::all();
}

void HistoryCommand::run(CommandContext& context)
{
    context.finish(execute(context));
}

int HistoryCommand::execute(CommandContext& context) const
{
    const QString action = context.arguments.value(0);
    const bool withSubcommand = action == u"template" || action == u"jobpack";
    if ((!withSubcommand && context.arguments.size() != 1)
        || !QStringList { u"list"_qs, u"profile"_qs, u"check"_qs, u"template"_qs, u"jobpack"_qs, u"tree"_qs,
            u"export"_qs }
                .contains(action)) {
        context.console.error(tr("history needs one of list, profile, check, template, jobpack, tree or export; see "
                                 "iotpro-cli history --help."));
        return ExitUsage;
    }
    Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(GlobalOptions::historyPath(context.parser));
    if (!database) {
        context.console.error(database.error());
        return ExitFailure;
    }
    if (action == u"list")
        return list(context, *database.value());
    if (action == u"profile")
        return profile(context, *database.value());
    if (action == u"template")
        return HistoryTemplates::run(context, *database.value());
    if (action == u"jobpack")
        return HistoryJobPacks::run(context, *database.value());
    if (action == u"tree")
        return HistoryJobPacks::tree(context, *database.value());
    if (action == u"export")
        return HistoryExports::run(context, *database.value());
    if (Result<void> intact = database.value()->checkIntegrity(); !intact) {
        context.console.error(intact.error());
        return ExitFailure;
    }
    context.console.line(tr("The job history %1 is intact.").arg(database.value()->path()));
    return ExitOk;
}

} // namespace iotpro::cli
