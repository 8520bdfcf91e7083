#include "ModuleConnection.h"

#include "Command.h"
#include "Console.h"
#include "device/DeviceClient.h"

namespace iotpro::cli {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::ModuleConnection)
};

} // namespace

void connectToModule(
    CommandContext& context, DeviceClient& client, std::function<void(const DeviceInfo&)> then, LinkLoss linkLoss)
{
    if (context.deviceAddress.isEmpty()) {
        context.console.error(Texts::tr("this command needs a module: add --device ADDRESS "
                                        "(see iotpro-cli ports)."));
        return context.finish(ExitUsage);
    }
    const Result<DeviceAddress> address = DeviceAddress::parse(context.deviceAddress);
    if (!address) {
        context.console.error(address.error());
        return context.finish(ExitUsage);
    }
    const auto fail = [&context](const Error& error) {
        context.console.error(error);
        context.finish(ExitFailure);
    };
    // Only this first connection: a command that reconnects later handles its own attempts.
    auto* firstConnection = new QObject(&client);
    QObject::connect(&client, &DeviceClient::connectionFailed, firstConnection, fail);
    if (linkLoss == LinkLoss::EndsCommand)
        QObject::connect(&client, &DeviceClient::linkLost, &client, fail);
    QObject::connect(&client, &DeviceClient::connected, firstConnection,
        [firstConnection, then = std::move(then)](const DeviceInfo& info) {
            const auto connected = then; // the lambda dies with its context, deleted here
            delete firstConnection;
            connected(info);
        });
    client.connectToDevice(address.value());
}

} // namespace iotpro::cli
