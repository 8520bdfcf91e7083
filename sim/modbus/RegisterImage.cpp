#include "RegisterImage.h"

#include <modbus.h>

#include <bit>

namespace iotpro::sim {

namespace {

void putHighFirst(uint16_t* table, int address, quint32 bits)
{
    table[address] = static_cast<uint16_t>(bits >> 16);
    table[address + 1] = static_cast<uint16_t>(bits & 0xFFFFu);
}

} // namespace

void RegisterImage::MappingDeleter::operator()(_modbus_mapping_t* mapping) const
{
    modbus_mapping_free(mapping);
}

RegisterImage::RegisterImage(int holdingCount, int inputCount)
    : m_mapping(modbus_mapping_new(0, 0, holdingCount, inputCount))
{
    Q_ASSERT(m_mapping);
}

RegisterImage::~RegisterImage() = default;

int RegisterImage::holdingCount() const
{
    return m_mapping->nb_registers;
}

void RegisterImage::setInputFloat(int address, double value)
{
    putHighFirst(m_mapping->tab_input_registers, address, std::bit_cast<quint32>(static_cast<float>(value)));
}

void RegisterImage::setHoldingFloat(int address, double value)
{
    putHighFirst(m_mapping->tab_registers, address, std::bit_cast<quint32>(static_cast<float>(value)));
}

void RegisterImage::setHoldingUint16(int address, quint16 value)
{
    m_mapping->tab_registers[address] = value;
}

void RegisterImage::setHoldingUint32(int address, quint32 value)
{
    putHighFirst(m_mapping->tab_registers, address, value);
}

float RegisterImage::holdingFloat(int address) const
{
    const quint32 bits = (quint32(m_mapping->tab_registers[address]) << 16) | m_mapping->tab_registers[address + 1];
    return std::bit_cast<float>(bits);
}

quint16 RegisterImage::holdingUint16(int address) const
{
    return m_mapping->tab_registers[address];
}

} // namespace iotpro::sim
