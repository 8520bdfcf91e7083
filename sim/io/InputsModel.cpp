#include "InputsModel.h"

#include "Ds18b20Rom.h"
#include "Ds18b20Temperature.h"
#include "TerminalSignal.h"

#include <algorithm>
#include <cmath>

namespace iotpro::sim {

using std::chrono::milliseconds;

namespace {

// The analog input's converter resolves a millivolt.
constexpr double kAnalogResolutionV = 0.001;

double analogVoltsAt(const QList<AnalogSegment>& analog, milliseconds t)
{
    double volts = 0.0;
    for (const AnalogSegment& segment : analog) {
        if (segment.from > t)
            break;
        volts = segment.volts;
    }
    return std::round(volts / kAnalogResolutionV) * kAnalogResolutionV;
}

/// The configuration of digital input `index`; an input the configuration lacks is off.
v1::DigitalInputConfig digitalConfig(const v1::InputsConfig& config, int index)
{
    return index < config.digital_inputs_size() ? config.digital_inputs(index) : v1::DigitalInputConfig();
}

bool isPulseInput(const v1::DigitalInputConfig& input)
{
    return input.mode() == v1::DIGITAL_INPUT_MODE_PULSE;
}

} // namespace

InputsModel::InputsModel(InputWiring wiring, quint64 seed)
    : m_wiring(std::move(wiring))
    , m_seed(seed)
{ }

void InputsModel::configure(const v1::InputsConfig& config, milliseconds now)
{
    for (int i = 0; i < kDigitalInputCount; ++i) {
        PulseCounter& counter = m_counters.at(static_cast<std::size_t>(i));
        const v1::DigitalInputConfig input = digitalConfig(config, i);
        if (!isPulseInput(input)) {
            counter = {};
            continue;
        }
        // What was counted under the old minimum width stays counted.
        counter.counted = counter.counting ? pulseCount(i, now) : 0;
        counter.counting = true;
        counter.since = now;
        counter.minWidth = milliseconds(input.pulse().min_pulse_width_ms());
    }
    m_config = config;
}

quint64 InputsModel::pulseCount(int index, milliseconds now) const
{
    const PulseCounter& counter = m_counters.at(static_cast<std::size_t>(index));
    if (!counter.counting)
        return 0;
    return counter.counted
        + terminal::pulsesCounted(m_wiring.digital.at(static_cast<std::size_t>(index)).signal, counter.since,
            now, counter.minWidth);
}

v1::Ds18b20Reading InputsModel::readSensor(const Ds18b20Device& device, milliseconds now) const
{
    v1::Ds18b20Reading reading;
    reading.set_rom_code(ds18b20::romText(device.rom).toStdString());
    reading.set_temperature_c(static_cast<float>(ds18b20TemperatureAt(device, now, m_seed)));
    reading.set_present(true);
    return reading;
}

v1::DigitalInputState InputsModel::readDigital(int index, milliseconds now) const
{
    const v1::DigitalInputConfig input = digitalConfig(m_config, index);
    const TerminalWiring& wiring = m_wiring.digital.at(static_cast<std::size_t>(index));
    v1::DigitalInputState state;
    state.set_mode(input.mode());
    switch (input.mode()) {
    case v1::DIGITAL_INPUT_MODE_DRY_CONTACT: {
        const bool closed = terminal::debouncedClosedAt(
            wiring.signal, now, milliseconds(input.dry_contact().debounce_ms()));
        state.set_contact_closed(closed);
        state.set_active(
            input.dry_contact().contact() == v1::CONTACT_TYPE_NORMALLY_CLOSED ? !closed : closed);
        break;
    }
    case v1::DIGITAL_INPUT_MODE_PULSE: {
        const quint64 count = pulseCount(index, now);
        state.set_pulse_count(count);
        state.set_pulse_total(static_cast<double>(count) * input.pulse().weight());
        break;
    }
    case v1::DIGITAL_INPUT_MODE_DS18B20:
        for (const v1::Ds18b20Sensor& sensor : input.ds18b20().sensors()) {
            const QString rom = QString::fromStdString(sensor.rom_code()).toUpper();
            const auto found = std::find_if(wiring.sensors.cbegin(), wiring.sensors.cend(),
                [&](const Ds18b20Device& device) { return ds18b20::romText(device.rom) == rom; });
            if (found != wiring.sensors.cend()) {
                *state.add_sensors() = readSensor(*found, now);
                continue;
            }
            v1::Ds18b20Reading* missing = state.add_sensors();
            missing->set_rom_code(rom.toStdString());
            missing->set_present(false);
        }
        break;
    default:
        break;
    }
    return state;
}

v1::AnalogInputState InputsModel::readAnalog(milliseconds now) const
{
    const v1::AnalogInputConfig& config = m_config.analog_input();
    v1::AnalogInputState state;
    const double volts = analogVoltsAt(m_wiring.analog, now);
    state.set_enabled(config.enabled());
    state.set_input_v(static_cast<float>(volts));
    if (!config.enabled())
        return state;
    const v1::AnalogPoint& a = config.point_a();
    const v1::AnalogPoint& b = config.point_b();
    // A valid configuration's points differ in voltage (docs/protocol.md 7.4).
    const double value
        = a.value() + (volts - a.input_v()) * (b.value() - a.value()) / (b.input_v() - a.input_v());
    state.set_value(value);
    state.set_alarm_low(config.alarm_low_enabled() && value < config.alarm_low());
    state.set_alarm_high(config.alarm_high_enabled() && value > config.alarm_high());
    return state;
}

v1::IoState InputsModel::read(milliseconds now) const
{
    v1::IoState state;
    for (int i = 0; i < kDigitalInputCount; ++i)
        *state.add_digital_inputs() = readDigital(i, now);
    *state.mutable_analog_input() = readAnalog(now);
    return state;
}

v1::Ds18b20ScanResult InputsModel::scan(int input, milliseconds now) const
{
    QList<Ds18b20Device> found = m_wiring.digital.at(static_cast<std::size_t>(input - 1)).sensors;
    std::sort(found.begin(), found.end(), [](const Ds18b20Device& a, const Ds18b20Device& b) {
        return ds18b20::romText(a.rom) < ds18b20::romText(b.rom);
    });
    v1::Ds18b20ScanResult result;
    result.set_input(static_cast<quint32>(input));
    for (const Ds18b20Device& device : found)
        *result.add_sensors() = readSensor(device, now);
    return result;
}

} // namespace iotpro::sim
