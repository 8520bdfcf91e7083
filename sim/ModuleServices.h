#pragma once

#include "LiveSource.h"
#include "ModuleProtocol.h"

namespace iotpro::sim {

/// What every link's conversation uses of the module: its request handling and its live
/// measurements. Both outlive every connection.
struct ModuleServices
{
    ModuleProtocol& protocol;
    LiveSource& live;
};

} // namespace iotpro::sim
