#pragma once

#include "ModbusUnit.h"
#include "electrical/TestSource.h"

#include <chrono>
#include <functional>

namespace iotpro::sim {

/// The bench's test source on Modbus (docs/simulator.md, "Bench"): setpoints in holding
/// registers 0x0000-0x0013 (float32, high word first: V L1-L3, I L1-L3, angle L1-L3, frequency),
/// "settled" (uint16, read-only) at 0x0020. A write takes effect when its request ends, so
/// one function 16 request changes every setpoint at once; a value the source cannot deliver
/// is refused with exception 03 and changes nothing.
class SourceUnit : public ModbusUnit
{
public:
    static constexpr int kVoltage = 0x0000;
    static constexpr int kCurrent = 0x0006;
    static constexpr int kAngle = 0x000C;
    static constexpr int kFrequency = 0x0012;
    static constexpr int kSetpointEnd = 0x0014;
    static constexpr int kSettled = 0x0020;

    using Clock = std::function<std::chrono::milliseconds()>;

    /// Keeps a reference to `source`; `now` is the source's clock (the metering time).
    SourceUnit(TestSource& source, Clock now);

    RegisterImage& registersNow() override;
    int checkWrite(int address, const QList<quint16>& words) const override;
    void written() override;

private:
    /// The setting the setpoint registers of `image` describe.
    static SourceSetting settingIn(const RegisterImage& image);
    void show(const SourceSetting& setting);

    TestSource& m_source;
    Clock m_now;
    RegisterImage m_image;
};

} // namespace iotpro::sim
