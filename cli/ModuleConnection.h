#pragma once

#include <functional>

namespace iotpro {
class DeviceClient;
struct DeviceInfo;
} // namespace iotpro

namespace iotpro::cli {

struct CommandContext;

/// Connects `client` to the module named by --device and calls `then` once it has
/// identified itself. Any failure before or after (bad address, no module, link lost) is
/// printed as one line on stderr and ends the command with a non-zero status.
void connectToModule(CommandContext& context, DeviceClient& client, std::function<void(const DeviceInfo&)> then);

} // namespace iotpro::cli
