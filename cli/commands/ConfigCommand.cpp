#include "ConfigCommand.h"

#include "ConfigOutput.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "config/ConfigJson.h"
#include "device/ConfigRequests.h"

#include <QCommandLineParser>

namespace iotpro::cli {

QString ConfigCommand::summary() const
{
    return tr("Read the module's configuration (get) or write a signed one and verify it (apply).");
}

QList<QCommandLineOption> ConfigCommand::options() const
{
    return ConfigApply::options();
}

void ConfigCommand::run(CommandContext& context)
{
    const QString action = context.arguments.value(0);
    if (context.arguments.size() != 1 || (action != u"get" && action != u"apply")) {
        context.console.error(tr("config needs one action: config get, or config apply --file CONFIG.json --key "
                                 "KEYFILE --pop CODE."));
        return context.finish(ExitUsage);
    }
    if (action == u"apply") {
        m_apply = std::make_unique<ConfigApply>();
        return m_apply->run(context);
    }
    for (const QCommandLineOption& option : ConfigApply::options()) {
        if (context.parser.isSet(option)) {
            context.console.error(tr("--%1 belongs to config apply, not config get.").arg(option.names().constFirst()));
            return context.finish(ExitUsage);
        }
    }
    get(context);
}

void ConfigCommand::get(CommandContext& context)
{
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    connectToModule(context, *client, [&context, client](const DeviceInfo& info) {
        ConfigRequests(*client).read(client, [&context, info](Result<ConfigState> state) {
            if (!state) {
                context.console.error(state.error());
                return context.finish(ExitFailure);
            }
            if (context.parser.isSet(GlobalOptions::json())) {
                // The configuration's own JSON form, as a file to edit and apply.
                context.console.out() << QString::fromUtf8(config::toJson(state->config));
                context.console.out().flush();
            } else {
                for (const QString& line : ConfigOutput::configState(state.value(), info))
                    context.console.line(line);
            }
            context.finish(ExitOk);
        });
    });
}

} // namespace iotpro::cli
