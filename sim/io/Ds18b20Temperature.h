#pragma once

#include "InputWiring.h"

#include <chrono>

namespace iotpro::sim {

/// What a DS18B20 reports at `t`: the temperature of its surroundings with a slow drift of a few
/// hundredths of a degree, warmed while a hand holds it (towards kHandTemperatureC with time
/// constant kHoldTimeConstant, cooling back with kReleaseTimeConstant), as its last 12-bit
/// conversion gave it: one every kConversionTime, in steps of kResolutionC. `seed` sets the
/// drift, different for every sensor.
double ds18b20TemperatureAt(const Ds18b20Device& device, std::chrono::milliseconds t, quint64 seed);

namespace ds18b20 {
inline constexpr double kHandTemperatureC = 31.5;
inline constexpr std::chrono::seconds kHoldTimeConstant { 12 };
inline constexpr std::chrono::seconds kReleaseTimeConstant { 45 };
inline constexpr std::chrono::milliseconds kConversionTime { 750 };
inline constexpr double kResolutionC = 0.0625;
} // namespace ds18b20

} // namespace iotpro::sim
