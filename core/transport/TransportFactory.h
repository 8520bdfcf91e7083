#pragma once

#include "Transport.h"
#include "common/Result.h"

#include <memory>

namespace iotpro {

/// Creates the link for an address; BLE is refused with a clear error until it exists.
Result<std::unique_ptr<Transport>> createTransport(const DeviceAddress& address);

} // namespace iotpro
