#pragma once

#include "MeterRegisterImage.h"
#include "ModbusUnit.h"

#include <functional>

namespace iotpro::sim {

/// A metering engine served as an SDM630-class meter: the module's own engine, or the bench's
/// reference meter. Every request reads the engine afresh; its registers are read-only.
class MeterUnit : public ModbusUnit
{
public:
    using Reader = std::function<MeterReading()>;
    using SetupReader = std::function<MeteringSetup()>;

    MeterUnit(Reader read, SetupReader setup, quint32 serialNumber);

    RegisterImage& registersNow() override;

private:
    Reader m_read;
    SetupReader m_setup;
    quint32 m_serialNumber;
    RegisterImage m_image;
};

} // namespace iotpro::sim
