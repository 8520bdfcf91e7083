#pragma once

#include "Transport.h"
#include "common/Result.h"

#include <memory>

namespace iotpro {

/// Creates the link for an address.
Result<std::unique_ptr<Transport>> createTransport(const DeviceAddress& address);

} // namespace iotpro
