#pragma once

#include <QByteArray>
#include <QList>
#include <array>
#include <chrono>
#include <optional>

namespace iotpro::sim {

/// The world outside the module's input terminals (docs/simulator.md, "The inputs"): what is
/// wired to each of them and what it does over time. Times count from the module's power-up.
/// The firmware side (InputsModel) reads it through the terminals only, as the active
/// configuration says.

/// What one digital input's terminals see from `from` on, until the next segment.
struct SignalSegment
{
    std::chrono::milliseconds from { 0 };
    /// 0: a steady contact; otherwise an S0 output pulsing at this rate, the first pulse at `from`.
    double pulseRateHz = 0.0;
    /// Steady contact: closed (current flows) or open.
    bool closed = false;
    /// Pulse train: how long each pulse closes the input; shorter than the period.
    std::chrono::milliseconds pulseWidth { 0 };

    friend bool operator==(const SignalSegment&, const SignalSegment&) = default;
};

/// A hand around a sensor from `from` until `until` (or for good).
struct HandHold
{
    std::chrono::milliseconds from { 0 };
    std::optional<std::chrono::milliseconds> until;

    friend bool operator==(const HandHold&, const HandHold&) = default;
};

/// One DS18B20 on a bus.
struct Ds18b20Device
{
    QByteArray rom; ///< 8 bytes, bus order, valid CRC
    double temperatureC = 0.0; ///< what it measures when nobody holds it
    QList<HandHold> holds; ///< in time order, not overlapping

    friend bool operator==(const Ds18b20Device&, const Ds18b20Device&) = default;
};

/// What one digital input is wired to: a contact or pulse output (`signal`), a 1-Wire bus of
/// DS18B20 (`sensors`), or nothing (both empty: an open input).
struct TerminalWiring
{
    QList<SignalSegment> signal; ///< in time order
    QList<Ds18b20Device> sensors;

    friend bool operator==(const TerminalWiring&, const TerminalWiring&) = default;
};

/// The 0-30 V analog input's voltage from `from` on.
struct AnalogSegment
{
    std::chrono::milliseconds from { 0 };
    double volts = 0.0;

    friend bool operator==(const AnalogSegment&, const AnalogSegment&) = default;
};

inline constexpr int kDigitalInputCount = 4;
inline constexpr double kMaxAnalogVolts = 30.0;

struct InputWiring
{
    std::array<TerminalWiring, kDigitalInputCount> digital;
    QList<AnalogSegment> analog; ///< in time order; empty: 0 V

    friend bool operator==(const InputWiring&, const InputWiring&) = default;
};

/// The wiring of the demo installation (docs/simulator.md): a door contact on input 1, a water
/// meter's pulse output on input 2, three DS18B20 on input 3, nothing on input 4, and a
/// 0-10 V level transmitter at 6 V on the analog input.
InputWiring demoInputWiring();

} // namespace iotpro::sim
