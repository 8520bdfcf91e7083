#pragma once

#include "InputWiring.h"
#include "iotpro.pb.h"

#include <array>
#include <chrono>

namespace iotpro::sim {

/// The firmware's side of the inputs: reads what is wired to the terminals (InputWiring) the way
/// the active configuration's `inputs` section says, for IoRead and Ds18b20Scan
/// (docs/protocol.md, 4.11). Times count from the module's power-up.
class InputsModel
{
public:
    /// Every input off until configure(). `seed` sets the sensors' drift.
    InputsModel(InputWiring wiring, quint64 seed);

    /// Reads the inputs as `config` says from `now` on. A pulse input that stays one keeps its
    /// count; an input that becomes one counts from 0.
    void configure(const v1::InputsConfig& config, std::chrono::milliseconds now);

    /// Every input's state at `now`; timestamp_us is left for the caller, who owns the clock.
    v1::IoState read(std::chrono::milliseconds now) const;
    /// The sensors answering a search of digital input `input`'s bus (1 to 4), whatever its mode,
    /// in ROM code order.
    v1::Ds18b20ScanResult scan(int input, std::chrono::milliseconds now) const;

private:
    /// A pulse input's count: `counted` up to `since`, then what the terminals bring.
    struct PulseCounter
    {
        bool counting = false;
        std::chrono::milliseconds since { 0 };
        quint64 counted = 0;
        std::chrono::milliseconds minWidth { 0 };
    };

    v1::DigitalInputState readDigital(int index, std::chrono::milliseconds now) const;
    v1::AnalogInputState readAnalog(std::chrono::milliseconds now) const;
    quint64 pulseCount(int index, std::chrono::milliseconds now) const;
    v1::Ds18b20Reading readSensor(const Ds18b20Device& device, std::chrono::milliseconds now) const;

    InputWiring m_wiring;
    quint64 m_seed;
    v1::InputsConfig m_config;
    std::array<PulseCounter, kDigitalInputCount> m_counters;
};

} // namespace iotpro::sim
