#include "HistoryTemplates.h"

#include "ConfigFile.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "HistoryOptions.h"
#include "config/ConfigJson.h"
#include "storage/HistoryDatabase.h"
#include "storage/RecordJson.h"
#include "storage/SessionStore.h"
#include "storage/TemplateStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

using namespace storage;

/// The configuration `template save` keeps: from --file or from a recorded --session.
Result<config::DeviceConfig> source(CommandContext& context, HistoryDatabase& database)
{
    const QCommandLineParser& parser = context.parser;
    if (parser.isSet(HistoryOptions::file()) == parser.isSet(HistoryOptions::session())) {
        return Errors::make(ErrorKind::InvalidOption,
            HistoryTemplates::tr("template save needs either --file CONFIG.json or --session ID."));
    }
    if (parser.isSet(HistoryOptions::file()))
        return ConfigFile::read(parser.value(HistoryOptions::file()));
    bool ok = false;
    const qint64 id = parser.value(HistoryOptions::session()).toLongLong(&ok);
    if (!ok || id < 1) {
        return Errors::make(ErrorKind::InvalidOption,
            HistoryTemplates::tr("--session takes a session id from iotpro-cli history list."));
    }
    const Result<SessionRecord> session = SessionStore(database).load(id);
    if (!session)
        return session.error();
    return session->config;
}

int save(CommandContext& context, TemplateStore& store, HistoryDatabase& database, const QString& name)
{
    const Result<config::DeviceConfig> config = source(context, database);
    if (!config) {
        context.console.error(config.error());
        return config.error().kind == ErrorKind::InvalidOption ? ExitUsage : ExitFailure;
    }
    const QCommandLineParser& parser = context.parser;
    if (Result<void> saved = store.save(name, parser.value(HistoryOptions::description()), config.value(),
            parser.isSet(HistoryOptions::replace()));
        !saved) {
        context.console.error(saved.error());
        return ExitFailure;
    }
    context.console.line(
        HistoryTemplates::tr("Template \"%1\" saved (without secrets, DevEUI, static address, sensor "
                             "ROM codes or the circuit's place).")
            .arg(name));
    return ExitOk;
}

int list(CommandContext& context, TemplateStore& store)
{
    const Result<QList<ConfigTemplate>> templates = store.list();
    if (!templates) {
        context.console.error(templates.error());
        return ExitFailure;
    }
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonArray array;
        for (const ConfigTemplate& stored : templates.value()) {
            array.append(QJsonObject { { u"name"_qs, stored.name }, { u"description"_qs, stored.description },
                { u"created"_qs, recordjson::isoTime(stored.createdAt) } });
        }
        context.console.json(QJsonDocument(array));
        return ExitOk;
    }
    if (templates->isEmpty())
        context.console.line(HistoryTemplates::tr(
            "No templates yet; history template save NAME --file CONFIG.json keeps one."));
    for (const ConfigTemplate& stored : templates.value()) {
        context.console.line(u"%1  %2  %3"_qs.arg(stored.name,
            stored.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), stored.description));
    }
    return ExitOk;
}

int show(CommandContext& context, TemplateStore& store, const QString& name)
{
    const Result<ConfigTemplate> stored = store.load(name);
    if (!stored) {
        context.console.error(stored.error());
        return ExitFailure;
    }
    // The configuration's own JSON form, as `config get --json` prints it: a file for config apply.
    context.console.out() << QString::fromUtf8(
        config::toJson(TemplateStore::forNextModule(stored.value(), HistoryOptions::place(context.parser))));
    context.console.out().flush();
    return ExitOk;
}

} // namespace

int HistoryTemplates::run(CommandContext& context, HistoryDatabase& database)
{
    const QString action = context.arguments.value(1);
    const QString name = context.arguments.value(2);
    const bool named = action == u"save" || action == u"show" || action == u"delete";
    if ((named && context.arguments.size() != 3) || (action == u"list" && context.arguments.size() != 2)
        || (!named && action != u"list")) {
        context.console.error(tr("history template needs save NAME, list, show NAME or delete NAME; see "
                                 "iotpro-cli history --help."));
        return ExitUsage;
    }
    TemplateStore store(database);
    if (action == u"save")
        return save(context, store, database, name);
    if (action == u"list")
        return list(context, store);
    if (action == u"show")
        return show(context, store, name);
    if (Result<void> removed = store.remove(name); !removed) {
        context.console.error(removed.error());
        return ExitFailure;
    }
    context.console.line(tr("Template \"%1\" deleted.").arg(name));
    return ExitOk;
}

} // namespace iotpro::cli
