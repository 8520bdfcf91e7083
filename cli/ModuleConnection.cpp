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

void connectToModule(CommandContext& context, DeviceClient& client, std::function<void(const DeviceInfo&)> then)
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
    QObject::connect(&client, &DeviceClient::connectionFailed, &client, fail);
    QObject::connect(&client, &DeviceClient::linkLost, &client, fail);
    QObject::connect(&client, &DeviceClient::connected, &client, std::move(then));
    client.connectToDevice(address.value());
}

} // namespace iotpro::cli
