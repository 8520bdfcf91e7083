#pragma once

#include "RegisterImage.h"

#include <QList>

namespace iotpro::sim {

/// Modbus exception codes the simulator's units answer with.
inline constexpr int kModbusIllegalDataAddress = 0x02;
inline constexpr int kModbusIllegalDataValue = 0x03;

/// One device behind the simulator's Modbus TCP port, addressed by its unit id.
class ModbusUnit
{
public:
    virtual ~ModbusUnit() = default;

    /// The registers as they are now; called before every request is answered.
    virtual RegisterImage& registersNow() = 0;
    /// 0 when the unit takes `words` into its holding registers from `address`, else the Modbus
    /// exception code to answer with. Read-only by default.
    virtual int checkWrite(int /*address*/, const QList<quint16>& /*words*/) const
    {
        return kModbusIllegalDataAddress;
    }
    /// A write checkWrite() allowed has been stored in registersNow().
    virtual void written() { }
};

} // namespace iotpro::sim
