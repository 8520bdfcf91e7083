#include "IdentifyCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "device/ModuleRequests.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

constexpr uint MaxSeconds = 60;

QCommandLineOption secondsOption()
{
    return QCommandLineOption(u"seconds"_qs,
        IdentifyCommand::tr("How long the LED blinks, 1 to 60 s (default 10); 0 stops it."),
        IdentifyCommand::tr("N"), u"10"_qs);
}

} // namespace

QString IdentifyCommand::summary() const
{
    return tr("Blink the module's LED to find it on the wall.");
}

QList<QCommandLineOption> IdentifyCommand::options() const
{
    return { secondsOption() };
}

void IdentifyCommand::run(CommandContext& context)
{
    bool ok = false;
    const uint seconds = context.parser.value(secondsOption()).toUInt(&ok);
    if (!ok || seconds > MaxSeconds) {
        context.console.error(tr("--seconds must be a whole number from 0 to %1.").arg(MaxSeconds));
        return context.finish(ExitUsage);
    }
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    connectToModule(context, *client, [&context, client, seconds](const DeviceInfo& info) {
        ModuleRequests(*client).identify(seconds, client, [&context, info](Result<quint32> blinking) {
            if (!blinking) {
                context.console.error(blinking.error());
                return context.finish(ExitFailure);
            }
            if (context.parser.isSet(GlobalOptions::json())) {
                context.console.json(QJsonDocument(QJsonObject {
                    { u"serial_number"_qs, info.serialNumber }, { u"blinking_s"_qs, qint64(blinking.value()) } }));
            } else if (blinking.value() == 0) {
                context.console.line(tr("The LED of module %1 stopped blinking.").arg(info.serialNumber));
            } else {
                context.console.line(tr("The LED of module %1 blinks for %n s.", nullptr, int(blinking.value()))
                                         .arg(info.serialNumber));
            }
            context.finish(ExitOk);
        });
    });
}

} // namespace iotpro::cli
