#include "ModbusErrors.h"

namespace iotpro::modbus {

QString ModbusErrors::exceptionMeaning(int code)
{
    switch (code) {
    case 0x01:
        return tr("exception 01, illegal function: the device does not support this request; check the "
                  "register profile's table (holding or input)");
    case 0x02:
        return tr("exception 02, illegal data address: the device has no such register; check the register "
                  "profile's addresses");
    case 0x03:
        return tr("exception 03, illegal data value: the device refused the value or the number of registers");
    case 0x04:
        return tr("exception 04, server device failure: the device failed while serving the request");
    case 0x05:
        return tr("exception 05, acknowledge: the device accepted a long task and is still working on it");
    case 0x06:
        return tr("exception 06, server device busy: the device cannot serve requests now; try again later");
    case 0x08:
        return tr("exception 08, memory parity error: the device's memory is damaged");
    case 0x0A:
        return tr("exception 0A, gateway path unavailable: the gateway has no route to that unit id");
    case 0x0B:
        return tr("exception 0B, gateway target failed to respond: nothing answers at that unit id behind "
                  "the gateway; check the unit id");
    }
    return tr("exception %1, not defined by the Modbus specification").arg(code, 2, 16, QLatin1Char('0'));
}

} // namespace iotpro::modbus
