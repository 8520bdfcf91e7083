#include "TransportFactory.h"

#include "BleTransport.h"
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
        return std::unique_ptr<Transport>(std::make_unique<BleTransport>(address.target()));
    }
    Q_UNREACHABLE();
    return std::unique_ptr<Transport>();
}

} // namespace iotpro
