#pragma once

#include "RegisterImage.h"
#include "electrical/MeteringEngine.h"

namespace iotpro::sim {

/// Where an SDM630-class meter keeps its registers (docs/simulator.md, "Modbus"): the register
/// counts an image needs to hold all of them.
inline constexpr int kMeterHoldingRegisters = 0xFC02;
inline constexpr int kMeterInputRegisters = 0x0180;

/// Writes `reading` under `setup` into `image` at the SDM630-class addresses: per element V, I,
/// P, VA, var, PF, V-I angle and THD; totals; frequency; L-L voltages; neutral current; energy
/// in kWh and kvarh; demand; and the holding registers demand period, CT primary, system type
/// and `serialNumber`.
void writeMeterRegisters(RegisterImage& image, const MeterReading& reading, const MeteringSetup& setup,
    quint32 serialNumber);

} // namespace iotpro::sim
