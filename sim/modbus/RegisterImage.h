#pragma once

#include <QtGlobal>

#include <memory>

struct _modbus_mapping_t;

namespace iotpro::sim {

/// The registers one Modbus unit of the simulator serves: libmodbus's mapping, with the
/// encodings an SDM630-class device uses. A 32-bit value goes high word first (the lower
/// address holds the high word), each word big-endian on the wire as Modbus sends it.
class RegisterImage
{
public:
    /// Holding registers 0 to `holdingCount` - 1, input registers 0 to `inputCount` - 1.
    RegisterImage(int holdingCount, int inputCount);
    ~RegisterImage();

    RegisterImage(const RegisterImage&) = delete;
    RegisterImage& operator=(const RegisterImage&) = delete;

    void setInputFloat(int address, double value);
    void setHoldingFloat(int address, double value);
    void setHoldingUint16(int address, quint16 value);
    void setHoldingUint32(int address, quint32 value);
    float holdingFloat(int address) const;
    quint16 holdingUint16(int address) const;

    int holdingCount() const;
    _modbus_mapping_t* mapping() const { return m_mapping.get(); }

private:
    struct MappingDeleter
    {
        void operator()(_modbus_mapping_t* mapping) const;
    };
    std::unique_ptr<_modbus_mapping_t, MappingDeleter> m_mapping;
};

} // namespace iotpro::sim
