#include "configuration/ConfigRuleSupport.h"
#include "configuration/RomCode.h"

#include <QSet>
#include <cmath>

namespace iotpro::sim::rules {

using namespace Qt::StringLiterals;

namespace {

QString inputField(int index, const QString& field)
{
    return u"inputs.digital_inputs[%1].%2"_s.arg(index).arg(field);
}

void refuseOutside(double value, const Bounds& bounds, const QString& field, const QString& what,
    const char* unit, Findings& findings)
{
    const QString unitText = *unit ? u" "_s + QLatin1StringView(unit) : QString();
    if (!bounds.contains(value)) // NaN is outside every interval
        findings.refuse(
            field, u"%1 is %2%4; %3%4 allowed"_s.arg(what, number(value), span(bounds), unitText));
}

void checkPulse(const v1::PulseConfig& pulse, int index, const ConfigLimitsTable& limits, Findings& findings)
{
    refuseOutside(pulse.weight(), limits.bounds(u"inputs.pulse_weight"_s),
        inputField(index, u"pulse.weight"_s), u"the pulse weight"_s, "", findings);
    checkBytes(pulse.unit(), limits.bounds(u"inputs.pulse_unit_bytes"_s), inputField(index, u"pulse.unit"_s),
        u"the pulse unit"_s, findings);
    refuseOutside(pulse.min_pulse_width_ms(), limits.bounds(u"inputs.pulse_min_width_ms"_s),
        inputField(index, u"pulse.min_pulse_width_ms"_s), u"the minimum pulse width"_s, "ms", findings);
}

void checkSensors(const v1::Ds18b20Config& bus, int index, const ConfigLimitsTable& limits,
    QSet<QString>& seen, Findings& findings)
{
    const Bounds count = limits.bounds(u"inputs.ds18b20_sensors_per_input"_s);
    if (!count.contains(bus.sensors_size()))
        findings.refuse(inputField(index, u"ds18b20.sensors"_s),
            u"input %1 lists %2 DS18B20 sensors; %3 allowed"_s.arg(index + 1)
                .arg(bus.sensors_size())
                .arg(span(count)));
    const Bounds name { 1, limits.number(u"inputs.name_max_bytes"_s) };
    for (int j = 0; j < bus.sensors_size(); ++j) {
        const v1::Ds18b20Sensor& sensor = bus.sensors(j);
        const QString field = inputField(index, u"ds18b20.sensors[%1]"_s.arg(j));
        if (const std::optional<QString> problem = ds18b20RomCodeProblem(sensor.rom_code()))
            findings.refuse(field + u".rom_code"_s, *problem);
        else if (const QString code = QString::fromStdString(sensor.rom_code()).toUpper();
                 seen.contains(code))
            findings.refuse(field + u".rom_code"_s, u"sensor %1 is listed twice"_s.arg(code));
        else
            seen.insert(code);
        checkBytes(sensor.name(), name, field + u".name"_s, u"the sensor name"_s, findings);
    }
}

void checkAnalog(const v1::AnalogInputConfig& analog, const ConfigLimitsTable& limits, Findings& findings)
{
    checkBytes(analog.name(), { 0, limits.number(u"inputs.name_max_bytes"_s) }, u"inputs.analog_input.name"_s,
        u"the analog input's name"_s, findings);
    checkBytes(analog.unit(), limits.bounds(u"inputs.analog_unit_bytes"_s), u"inputs.analog_input.unit"_s,
        u"the analog unit"_s, findings);
    const Bounds volts = limits.bounds(u"inputs.analog_input_v"_s);
    const std::pair<const v1::AnalogPoint&, QString> points[] = {
        { analog.point_a(), u"inputs.analog_input.point_a"_s },
        { analog.point_b(), u"inputs.analog_input.point_b"_s },
    };
    for (const auto& [point, field] : points) {
        refuseOutside(point.input_v(), volts, field + u".input_v"_s, u"a scaling point"_s, "V", findings);
        if (!std::isfinite(point.value()))
            findings.refuse(field + u".value"_s, u"a scaling point's value must be a number"_s);
    }
    // The two points define a line: at one voltage there is none, at one value it is flat.
    if (analog.point_a().input_v() == analog.point_b().input_v())
        findings.refuse(
            u"inputs.analog_input.point_b.input_v"_s, u"both scaling points are at the same voltage"_s);
    if (analog.point_a().value() == analog.point_b().value())
        findings.refuse(u"inputs.analog_input.point_b.value"_s, u"both scaling points have the same value"_s);
    if (analog.alarm_low_enabled() && !std::isfinite(analog.alarm_low()))
        findings.refuse(u"inputs.analog_input.alarm_low"_s, u"the low alarm limit must be a number"_s);
    if (analog.alarm_high_enabled() && !std::isfinite(analog.alarm_high()))
        findings.refuse(u"inputs.analog_input.alarm_high"_s, u"the high alarm limit must be a number"_s);
    if (analog.alarm_low_enabled() && analog.alarm_high_enabled()
        && !(analog.alarm_low() < analog.alarm_high()))
        findings.refuse(
            u"inputs.analog_input.alarm_low"_s, u"the low alarm limit must be below the high one"_s);
}

} // namespace

void checkInputs(const v1::InputsConfig& inputs, const ConfigLimitsTable& limits, Findings& findings)
{
    const Bounds name { 0, limits.number(u"inputs.name_max_bytes"_s) };
    QSet<QString> seenSensors; // a ROM code is unique in the whole configuration
    for (int i = 0; i < inputs.digital_inputs_size(); ++i) {
        const v1::DigitalInputConfig& input = inputs.digital_inputs(i);
        checkBytes(input.name(), name, inputField(i, u"name"_s), u"the input name"_s, findings);
        switch (input.mode()) {
        case v1::DIGITAL_INPUT_MODE_DRY_CONTACT:
            refuseOutside(input.dry_contact().debounce_ms(),
                limits.bounds(u"inputs.dry_contact_debounce_ms"_s),
                inputField(i, u"dry_contact.debounce_ms"_s), u"the debounce time"_s, "ms", findings);
            break;
        case v1::DIGITAL_INPUT_MODE_PULSE:
            checkPulse(input.pulse(), i, limits, findings);
            break;
        case v1::DIGITAL_INPUT_MODE_DS18B20:
            checkSensors(input.ds18b20(), i, limits, seenSensors, findings);
            break;
        default:
            break;
        }
    }
    if (inputs.analog_input().enabled())
        checkAnalog(inputs.analog_input(), limits, findings);
}

} // namespace iotpro::sim::rules
