#include "Ds18b20RomCode.h"
#include "ValidationRules.h"

#include <QHash>
#include <cmath>

namespace iotpro::config::rules {

namespace {

QString inputPath(std::size_t index, const QString& field)
{
    return QStringLiteral("inputs.digital_inputs[%1].%2").arg(index).arg(field);
}

void checkDryContact(
    const DryContactConfig& contact, std::size_t index, const ConfigLimits::Inputs& limits, Issues& issues)
{
    if (!limits.dryContactDebounceMs.contains(contact.debounceMs)) {
        issues.append({ inputPath(index, u"dry_contact.debounce_ms"_qs),
            ConfigValidator::tr(
                "Digital input %1 debounces for %2 ms; choose %3 to %4 ms (contacts bounce for up "
                "to about 20 ms).")
                .arg(index + 1)
                .arg(contact.debounceMs)
                .arg(number(limits.dryContactDebounceMs.min), number(limits.dryContactDebounceMs.max)) });
    }
}

void checkPulse(
    const PulseConfig& pulse, std::size_t index, const ConfigLimits::Inputs& limits, Issues& issues)
{
    if (!(pulse.weight > 0)) { // also catches NaN
        issues.append({ inputPath(index, u"pulse.weight"_qs),
            ConfigValidator::tr(
                "Digital input %1 has a pulse weight of %2; enter what one pulse stands for, more "
                "than 0 (for example 10 Wh).")
                .arg(index + 1)
                .arg(number(pulse.weight)) });
    } else if (!limits.pulseWeight.contains(pulse.weight)) {
        issues.append({ inputPath(index, u"pulse.weight"_qs),
            ConfigValidator::tr("Digital input %1 has a pulse weight of %2; one pulse stands for at most %3.")
                .arg(index + 1)
                .arg(number(pulse.weight), number(limits.pulseWeight.max)) });
    }

    checkTextBytes(pulse.unit, limits.pulseUnitBytes, inputPath(index, u"pulse.unit"_qs),
        ConfigValidator::tr(
            "Digital input %1 has no unit for its pulses; enter one, for example Wh, L or m³.")
            .arg(index + 1),
        issues);

    if (!limits.pulseMinWidthMs.contains(pulse.minPulseWidthMs)) {
        issues.append({ inputPath(index, u"pulse.min_pulse_width_ms"_qs),
            ConfigValidator::tr(
                "Digital input %1 accepts pulses from %2 ms; choose %3 to %4 ms (an S0 output's "
                "pulses last at least %3 ms).")
                .arg(index + 1)
                .arg(pulse.minPulseWidthMs)
                .arg(number(limits.pulseMinWidthMs.min), number(limits.pulseMinWidthMs.max)) });
    }
}

/// Where each ROM code was first seen, to find a sensor listed twice on any input.
using SeenSensors = QHash<QString, std::pair<std::size_t, qsizetype>>;

void checkSensors(const Ds18b20Config& bus, std::size_t index, const ConfigLimits::Inputs& limits,
    SeenSensors& seen, Issues& issues)
{
    const qsizetype count = bus.sensors.size();
    if (count == 0) {
        issues.append({ inputPath(index, u"ds18b20.sensors"_qs),
            ConfigValidator::tr(
                "Digital input %1 reads DS18B20 sensors but lists none; add the sensors on its bus.")
                .arg(index + 1) });
    } else if (!limits.ds18b20SensorsPerInput.contains(static_cast<double>(count))) {
        issues.append({ inputPath(index, u"ds18b20.sensors"_qs),
            ConfigValidator::tr("Digital input %1 lists %2 DS18B20 sensors; at most %3 fit on one input.")
                .arg(index + 1)
                .arg(count)
                .arg(number(limits.ds18b20SensorsPerInput.max)) });
    }

    for (qsizetype j = 0; j < count; ++j) {
        const Ds18b20Sensor& sensor = bus.sensors[j];
        const QString sensorPath = inputPath(index, QStringLiteral("ds18b20.sensors[%1]").arg(j));
        const QString romPath = sensorPath + u".rom_code";
        switch (ds18b20::check(sensor.romCode)) {
        case ds18b20::RomCodeCheck::NotHex:
            issues.append({ romPath,
                ConfigValidator::tr(
                    "Sensor %1 of digital input %2: the ROM code \"%3\" must be 16 hex digits (0-9, "
                    "A-F).")
                    .arg(j + 1)
                    .arg(index + 1)
                    .arg(sensor.romCode) });
            break;
        case ds18b20::RomCodeCheck::WrongFamily:
            issues.append({ romPath,
                ConfigValidator::tr(
                    "Sensor %1 of digital input %2: the ROM code starts with family code %3, not 28: "
                    "it is not a DS18B20.")
                    .arg(j + 1)
                    .arg(index + 1)
                    .arg(sensor.romCode.left(2)) });
            break;
        case ds18b20::RomCodeCheck::BadCrc:
            issues.append({ romPath,
                ConfigValidator::tr(
                    "Sensor %1 of digital input %2: the last two digits of the ROM code (its check "
                    "sum) do not match; read the code from the bus again or look for a typo.")
                    .arg(j + 1)
                    .arg(index + 1) });
            break;
        case ds18b20::RomCodeCheck::Valid: {
            const QString key = sensor.romCode.toUpper();
            if (const auto first = seen.constFind(key); first != seen.cend()) {
                issues.append({ romPath,
                    ConfigValidator::tr(
                        "Sensor %1 of digital input %2 is the same sensor as sensor %3 of digital "
                        "input %4; list each sensor once.")
                        .arg(j + 1)
                        .arg(index + 1)
                        .arg(first->second + 1)
                        .arg(first->first + 1) });
            } else {
                seen.insert(key, { index, j });
            }
            break;
        }
        }

        if (sensor.name.isEmpty()) {
            issues.append({ sensorPath + u".name",
                ConfigValidator::tr(
                    "Sensor %1 of digital input %2 has no name; name what it measures, for example "
                    "\"Cold room 1 air\".")
                    .arg(j + 1)
                    .arg(index + 1) });
        }
        checkTextLength(sensor.name, limits.nameMaxBytes, sensorPath + u".name", issues);
    }
}

void checkAnalog(const AnalogInputConfig& analog, const ConfigLimits::Inputs& limits, Issues& issues)
{
    checkTextLength(analog.name, limits.nameMaxBytes, u"inputs.analog_input.name"_qs, issues);
    checkTextBytes(analog.unit, limits.analogUnitBytes, u"inputs.analog_input.unit"_qs,
        ConfigValidator::tr("The analog input has no unit; enter one, for example bar, % or °C."), issues);

    const std::pair<const AnalogPoint&, QString> points[] = {
        { analog.pointA, u"point_a"_qs },
        { analog.pointB, u"point_b"_qs },
    };
    for (const auto& [point, name] : points) {
        const QString path = u"inputs.analog_input." + name;
        if (!limits.analogInputV.contains(point.inputV)) {
            issues.append({ path + u".input_v",
                ConfigValidator::tr("A scaling point is at %1 V; the analog input measures %2 to %3 V.")
                    .arg(number(point.inputV), number(limits.analogInputV.min),
                        number(limits.analogInputV.max)) });
        }
        if (!std::isfinite(point.value))
            issues.append(
                { path + u".value", ConfigValidator::tr("A scaling point needs a value, a number.") });
    }
    // Two points at one voltage give no line (division by zero); at one value every reading is the same.
    if (analog.pointA.inputV == analog.pointB.inputV) {
        issues.append({ u"inputs.analog_input.point_b.input_v"_qs,
            ConfigValidator::tr("Both scaling points are at %1 V; give the two points different voltages.")
                .arg(number(analog.pointA.inputV)) });
    }
    if (analog.pointA.value == analog.pointB.value) {
        issues.append({ u"inputs.analog_input.point_b.value"_qs,
            ConfigValidator::tr("Both scaling points read %1 %2; give the two points different values.")
                .arg(number(analog.pointA.value), analog.unit) });
    }

    if (analog.alarmLowEnabled && !std::isfinite(analog.alarmLow))
        issues.append({ u"inputs.analog_input.alarm_low"_qs,
            ConfigValidator::tr("The low alarm needs a limit, a number.") });
    if (analog.alarmHighEnabled && !std::isfinite(analog.alarmHigh)) {
        issues.append({ u"inputs.analog_input.alarm_high"_qs,
            ConfigValidator::tr("The high alarm needs a limit, a number.") });
    }
    if (analog.alarmLowEnabled && analog.alarmHighEnabled && analog.alarmLow >= analog.alarmHigh) {
        issues.append({ u"inputs.analog_input.alarm_low"_qs,
            ConfigValidator::tr("The low alarm (%1 %3) must be below the high alarm (%2 %3).")
                .arg(number(analog.alarmLow), number(analog.alarmHigh), analog.unit) });
    }
}

} // namespace

void checkInputs(const InputsConfig& inputs, const ConfigLimits::Inputs& limits, Issues& issues)
{
    SeenSensors seen;
    for (std::size_t i = 0; i < DigitalInputCount; ++i) {
        const DigitalInputConfig& input = inputs.digitalInputs[i];
        checkTextLength(input.name, limits.nameMaxBytes, inputPath(i, u"name"_qs), issues);
        switch (input.mode) {
        case DigitalInputMode::Off:
            break;
        case DigitalInputMode::DryContact:
            checkDryContact(input.dryContact, i, limits, issues);
            break;
        case DigitalInputMode::Pulse:
            checkPulse(input.pulse, i, limits, issues);
            break;
        case DigitalInputMode::Ds18b20:
            checkSensors(input.ds18b20, i, limits, seen, issues);
            break;
        }
    }
    if (inputs.analogInput.enabled)
        checkAnalog(inputs.analogInput, limits, issues);
}

} // namespace iotpro::config::rules
