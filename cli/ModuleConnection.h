#pragma once

#include <functional>

namespace iotpro {
class DeviceClient;
struct DeviceInfo;
} // namespace iotpro

namespace iotpro::cli {

struct CommandContext;

/// What a lost link means for a command once connected.
enum class LinkLoss {
    EndsCommand, ///< printed as one line on stderr, the command ends with a non-zero status
    HandledByCommand, ///< the command handles it itself (it reconnects to find out what happened)
};

/// Connects `client` to the module named by --device and calls `then` once it has
/// identified itself. A failure to connect (bad address, no module) is printed as one line on
/// stderr and ends the command with a non-zero status; so is a later lost link, unless `linkLoss`
/// leaves it to the command.
void connectToModule(CommandContext& context, DeviceClient& client, std::function<void(const DeviceInfo&)> then,
    LinkLoss linkLoss = LinkLoss::EndsCommand);

} // namespace iotpro::cli
