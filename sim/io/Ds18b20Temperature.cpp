#include "Ds18b20Temperature.h"

#include "SeededRandom.h"

#include <QtEndian>
#include <cmath>
#include <numbers>

namespace iotpro::sim {

using std::chrono::milliseconds;
using Seconds = std::chrono::duration<double>;

namespace {

// Air in a room or a cold store moves slowly: two slow waves, a few hundredths of a degree.
struct DriftWave
{
    double amplitudeC;
    double periodS;
};
constexpr DriftWave kDriftWaves[] = { { 0.06, 173.0 }, { 0.03, 41.0 } };
constexpr quint64 kDriftStream = 0x445331'38423230; // "DS18B20"

double driftAt(const Ds18b20Device& device, Seconds t, quint64 seed)
{
    SeededRandom random({ seed, kDriftStream, qFromBigEndian<quint64>(device.rom.constData()) });
    double drift = 0.0;
    for (const DriftWave& wave : kDriftWaves) {
        const double phase = random.uniform(0.0, 2.0 * std::numbers::pi);
        drift += wave.amplitudeC * std::sin(2.0 * std::numbers::pi * t.count() / wave.periodS + phase);
    }
    return drift;
}

/// Degrees the hand has added at `t`: each hold pulls towards the hand's temperature, each
/// release lets the sensor cool back, both exponentially.
double handWarmingAt(const Ds18b20Device& device, milliseconds t)
{
    const double fullWarming = ds18b20::kHandTemperatureC - device.temperatureC;
    double warming = 0.0;
    milliseconds now { 0 };
    const auto cool = [&](milliseconds until) {
        warming *= std::exp(-Seconds(until - now) / Seconds(ds18b20::kReleaseTimeConstant));
        now = until;
    };
    for (const HandHold& hold : device.holds) {
        if (hold.from >= t)
            break;
        cool(hold.from);
        const milliseconds until = std::min(t, hold.until.value_or(t));
        warming = fullWarming
            - (fullWarming - warming) * std::exp(-Seconds(until - now) / Seconds(ds18b20::kHoldTimeConstant));
        now = until;
    }
    cool(t);
    return warming;
}

} // namespace

double ds18b20TemperatureAt(const Ds18b20Device& device, milliseconds t, quint64 seed)
{
    const milliseconds conversion = t - t % ds18b20::kConversionTime;
    const double exact
        = device.temperatureC + driftAt(device, conversion, seed) + handWarmingAt(device, conversion);
    return std::round(exact / ds18b20::kResolutionC) * ds18b20::kResolutionC;
}

} // namespace iotpro::sim
