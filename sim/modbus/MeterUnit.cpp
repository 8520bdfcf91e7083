#include "MeterUnit.h"

namespace iotpro::sim {

MeterUnit::MeterUnit(Reader read, SetupReader setup, quint32 serialNumber)
    : m_read(std::move(read))
    , m_setup(std::move(setup))
    , m_serialNumber(serialNumber)
    , m_image(kMeterHoldingRegisters, kMeterInputRegisters)
{ }

RegisterImage& MeterUnit::registersNow()
{
    writeMeterRegisters(m_image, m_read(), m_setup(), m_serialNumber);
    return m_image;
}

} // namespace iotpro::sim
