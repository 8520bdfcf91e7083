#pragma once

#include "transport/DeviceAddress.h"

namespace iotpro::ui {

/// What Connect acts on: a module at an address, or the built-in virtual module, which only
/// gets an address once it has been started.
struct ConnectionTarget
{
    enum class Kind { Device, VirtualModule };

    static ConnectionTarget device(const DeviceAddress& address) { return { Kind::Device, address }; }
    static ConnectionTarget virtualModule()
    {
        return { Kind::VirtualModule, DeviceAddress::serial(QString()) };
    }

    Kind kind = Kind::Device;
    /// Device only.
    DeviceAddress address = DeviceAddress::serial(QString());

    friend bool operator==(const ConnectionTarget&, const ConnectionTarget&) = default;
};

} // namespace iotpro::ui
