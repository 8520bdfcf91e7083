#include "TransportFactory.h"

#include "SerialTransport.h"
#include "TcpTransport.h"

namespace iotpro {

Result<std::unique_ptr<Transport>> createTransport(const DeviceAddress& address)
{
    switch (address.kind()) {
    case DeviceAddress::Kind::Serial:
        return std::unique_ptr<Transport>(std::make_unique<SerialTransport>(address.target()));
    case DeviceAddress::Kind::Tcp:
        return std::unique_ptr<Transport>(std::make_unique<TcpTransport>(address.target(), address.port()));
    case DeviceAddress::Kind::Ble:
        break;
    }
    return Errors::make(ErrorKind::Unsupported,
        Errors::tr("%1: this build has no Bluetooth LE link yet. Connect with the USB cable.")
            .arg(address.toString()));
}

} // namespace iotpro
