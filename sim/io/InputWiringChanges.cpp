#include "InputWiringChanges.h"

#include "Ds18b20Rom.h"
#include "MachineNumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <set>

namespace iotpro::sim {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::InputWiringChanges)
};

// Limits of what a person may ask for: beyond them, the option is a typo.
constexpr double kMaxSeconds = 1e6;
constexpr double kMaxPulseRateHz = 100.0;
constexpr int kDefaultPulseWidthMs = 50;
constexpr double kMinSensorC = -55.0;
constexpr double kMaxSensorC = 125.0;
constexpr double kDefaultSensorC = 21.5;

std::optional<milliseconds> secondsIn(const QString& text)
{
    const std::optional<double> seconds = machineNumberWithin(text, 0.0, kMaxSeconds);
    if (!seconds)
        return std::nullopt;
    return milliseconds(std::llround(*seconds * 1000.0));
}

/// "N:rest" with N an input number: the index (0 to 3) and the rest.
std::optional<std::pair<int, QString>> inputAndRest(const QString& text)
{
    bool ok = false;
    const int input = text.section(u':', 0, 0).toInt(&ok);
    if (!ok || input < 1 || input > kDigitalInputCount || !text.contains(u':'))
        return std::nullopt;
    return std::pair(input - 1, text.section(u':', 1));
}

/// open, closed or pulses:RATE[:WIDTH_MS], without the time.
std::optional<SignalSegment> parseSignal(const QString& text)
{
    if (text == u"open" || text == u"closed")
        return SignalSegment { {}, 0.0, text == u"closed", {} };
    const QStringList parts = text.split(u':');
    if (parts.first() != u"pulses" || parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const std::optional<double> rate = machineNumberWithin(parts.at(1), 0.0, kMaxPulseRateHz);
    if (!rate || *rate <= 0.0)
        return std::nullopt;
    const double periodMs = 1000.0 / *rate;
    const std::optional<double> width = parts.size() == 3
        ? machineNumberWithin(parts.at(2), 1.0, periodMs - 1.0)
        : std::optional(std::min<double>(kDefaultPulseWidthMs, std::floor(periodMs / 2.0)));
    if (!width)
        return std::nullopt;
    return SignalSegment { {}, *rate, false, milliseconds(std::llround(*width)) };
}

std::optional<QString> addSignal(
    std::array<QList<SignalSegment>, kDigitalInputCount>& terminalSignals, const QString& option)
{
    const QString form
        = Texts::tr("--input takes N:open, N:closed or N:pulses:RATE_HZ[:WIDTH_MS], each "
                    "optionally followed by @SECONDS; N is 1 to %1, the rate at most %2 Hz, the "
                    "width shorter than the period")
              .arg(kDigitalInputCount)
              .arg(kMaxPulseRateHz);
    const auto input = inputAndRest(option);
    if (!input)
        return Texts::tr("%1, not \"%2\".").arg(form, option);
    const QString state = input->second.section(u'@', 0, 0);
    const bool timed = input->second.contains(u'@');
    const std::optional<milliseconds> from
        = timed ? secondsIn(input->second.section(u'@', 1)) : milliseconds(0);
    std::optional<SignalSegment> segment = parseSignal(state);
    if (!segment || !from)
        return Texts::tr("%1, not \"%2\".").arg(form, option);
    segment->from = *from;
    QList<SignalSegment>& signal = terminalSignals.at(static_cast<std::size_t>(input->first));
    if (std::any_of(signal.cbegin(), signal.cend(), [&](const SignalSegment& s) { return s.from == *from; }))
        return Texts::tr("--input %1: input %2 already changes at that time.")
            .arg(option)
            .arg(input->first + 1);
    signal.insert(std::upper_bound(signal.begin(), signal.end(), *segment,
                      [](const SignalSegment& a, const SignalSegment& b) { return a.from < b.from; }),
        *segment);
    return std::nullopt;
}

std::optional<QString> addSensors(
    std::array<QList<Ds18b20Device>, kDigitalInputCount>& buses, const QString& option)
{
    const auto input = inputAndRest(option);
    if (!input || input->second.isEmpty())
        return Texts::tr("--ds18b20 takes N:ROM[=CELSIUS][,ROM[=CELSIUS]...] with N 1 to %1, not \"%2\".")
            .arg(kDigitalInputCount)
            .arg(option);
    for (const QString& item : input->second.split(u',')) {
        const QString romCode = item.section(u'=', 0, 0);
        if (const QString problem = ds18b20::romProblem(romCode); !problem.isEmpty())
            return Texts::tr("--ds18b20 %1: \"%2\": %3.").arg(option, romCode, problem);
        const std::optional<double> celsius = item.contains(u'=')
            ? machineNumberWithin(item.section(u'=', 1), kMinSensorC, kMaxSensorC)
            : kDefaultSensorC;
        if (!celsius)
            return Texts::tr("--ds18b20 %1: a DS18B20 measures %2 to %3 °C.")
                .arg(option)
                .arg(kMinSensorC)
                .arg(kMaxSensorC);
        buses.at(static_cast<std::size_t>(input->first))
            .append({ *ds18b20::parseRom(romCode), *celsius, {} });
    }
    return std::nullopt;
}

std::optional<QString> checkUniqueSensors(const InputWiring& wiring)
{
    std::set<QByteArray> seen;
    for (const TerminalWiring& terminal : wiring.digital) {
        for (const Ds18b20Device& device : terminal.sensors) {
            if (!seen.insert(device.rom).second)
                return Texts::tr("--ds18b20: sensor %1 is on more than one bus; every ROM code is unique.")
                    .arg(ds18b20::romText(device.rom));
        }
    }
    return std::nullopt;
}

std::optional<QString> addHold(InputWiring& wiring, const QString& option)
{
    const QString form = Texts::tr("--warm-sensor takes ROM@START_SECONDS or ROM@START_SECONDS-END_SECONDS");
    const QString romCode = option.section(u'@', 0, 0);
    const QString times = option.section(u'@', 1);
    const std::optional<milliseconds> from = secondsIn(times.section(u'-', 0, 0));
    const std::optional<milliseconds> until
        = times.contains(u'-') ? secondsIn(times.section(u'-', 1)) : std::optional<milliseconds>();
    if (!option.contains(u'@') || !from || (times.contains(u'-') && (!until || *until <= *from)))
        return Texts::tr("%1, the end after the start; not \"%2\".").arg(form, option);
    const std::optional<QByteArray> rom = ds18b20::parseRom(romCode);
    for (TerminalWiring& terminal : wiring.digital) {
        for (Ds18b20Device& device : terminal.sensors) {
            if (!rom || device.rom != *rom)
                continue;
            const HandHold hold { *from, until };
            const auto overlaps = [&](const HandHold& other) {
                return hold.from < other.until.value_or(milliseconds::max())
                    && other.from < hold.until.value_or(milliseconds::max());
            };
            if (std::any_of(device.holds.cbegin(), device.holds.cend(), overlaps))
                return Texts::tr("--warm-sensor %1: that sensor is already held then.").arg(option);
            device.holds.insert(std::upper_bound(device.holds.begin(), device.holds.end(), hold,
                                    [](const HandHold& a, const HandHold& b) { return a.from < b.from; }),
                hold);
            return std::nullopt;
        }
    }
    return Texts::tr("--warm-sensor %1: no sensor with ROM code \"%2\" is on a bus.").arg(option, romCode);
}

std::optional<QString> addAnalog(QList<AnalogSegment>& analog, const QString& option)
{
    const std::optional<double> volts = machineNumberWithin(option.section(u'@', 0, 0), 0.0, kMaxAnalogVolts);
    const std::optional<milliseconds> from
        = option.contains(u'@') ? secondsIn(option.section(u'@', 1)) : milliseconds(0);
    if (!volts || !from)
        return Texts::tr("--analog takes VOLTS from 0 to %1, optionally followed by @SECONDS, not \"%2\".")
            .arg(kMaxAnalogVolts)
            .arg(option);
    if (std::any_of(analog.cbegin(), analog.cend(), [&](const AnalogSegment& s) { return s.from == *from; }))
        return Texts::tr("--analog %1: the analog input already changes at that time.").arg(option);
    const AnalogSegment segment { *from, *volts };
    analog.insert(std::upper_bound(analog.begin(), analog.end(), segment,
                      [](const AnalogSegment& a, const AnalogSegment& b) { return a.from < b.from; }),
        segment);
    return std::nullopt;
}

} // namespace

std::optional<QString> applyInputWiringChanges(InputWiring& wiring, const InputWiringChanges& changes)
{
    std::array<QList<SignalSegment>, kDigitalInputCount> terminalSignals;
    std::array<QList<Ds18b20Device>, kDigitalInputCount> buses;
    for (const QString& option : changes.inputs) {
        if (std::optional<QString> error = addSignal(terminalSignals, option))
            return error;
    }
    for (const QString& option : changes.ds18b20) {
        if (std::optional<QString> error = addSensors(buses, option))
            return error;
    }
    // On a copy, so that a refused option leaves the wiring as it was.
    InputWiring changed = wiring;
    for (std::size_t i = 0; i < changed.digital.size(); ++i) {
        if (!terminalSignals.at(i).isEmpty() && !buses.at(i).isEmpty())
            return Texts::tr(
                "--input and --ds18b20 both name input %1: it has a contact or pulse output, or a "
                "1-Wire bus, not both.")
                .arg(i + 1);
        if (!terminalSignals.at(i).isEmpty() || !buses.at(i).isEmpty())
            changed.digital.at(i) = { terminalSignals.at(i), buses.at(i) };
    }
    if (std::optional<QString> error = checkUniqueSensors(changed))
        return error;
    for (const QString& option : changes.warmSensors) {
        if (std::optional<QString> error = addHold(changed, option))
            return error;
    }
    if (!changes.analog.isEmpty()) {
        changed.analog.clear();
        for (const QString& option : changes.analog) {
            if (std::optional<QString> error = addAnalog(changed.analog, option))
                return error;
        }
    }
    wiring = changed;
    return std::nullopt;
}

} // namespace iotpro::sim
