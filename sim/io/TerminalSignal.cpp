#include "TerminalSignal.h"

#include <algorithm>
#include <cmath>

namespace iotpro::sim::terminal {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace {

using MillisecondsF = std::chrono::duration<double, std::milli>;

constexpr milliseconds kForever = milliseconds::max();
// A pulse counted at exactly the instant asked about must count, whatever the rounding of a
// period like 1/3 s.
constexpr double kBoundarySlack = 1e-9;

bool isPulseTrain(const SignalSegment& segment)
{
    return segment.pulseRateHz > 0.0;
}

MillisecondsF periodOf(const SignalSegment& segment)
{
    return MillisecondsF(1000.0 / segment.pulseRateHz);
}

/// The segment in force at `t`, or -1 before the first one.
qsizetype segmentAt(const QList<SignalSegment>& signal, milliseconds t)
{
    const auto after = std::upper_bound(signal.cbegin(), signal.cend(), t,
        [](milliseconds time, const SignalSegment& segment) { return time < segment.from; });
    return std::distance(signal.cbegin(), after) - 1;
}

milliseconds endOf(const QList<SignalSegment>& signal, qsizetype index)
{
    return index + 1 < signal.size() ? signal.at(index + 1).from : kForever;
}

bool closedWithin(const SignalSegment& segment, milliseconds t)
{
    if (!isPulseTrain(segment))
        return segment.closed;
    return std::fmod((MillisecondsF(t - segment.from)).count(), periodOf(segment).count())
        < MillisecondsF(segment.pulseWidth).count();
}

/// Closures of `index` counted at or before `t`, since the segment began.
quint64 countedUpTo(
    const QList<SignalSegment>& signal, qsizetype index, milliseconds t, milliseconds minWidth)
{
    const SignalSegment& segment = signal.at(index);
    const milliseconds end = endOf(signal, index);
    if (!isPulseTrain(segment)) {
        // A steady closure is one pulse when the input was open before it and it lasts long enough.
        const bool closes = segment.closed && !(index > 0 && closedAt(signal, segment.from - 1ms));
        return closes && end - segment.from >= minWidth && segment.from + minWidth <= t ? 1 : 0;
    }
    if (segment.pulseWidth < minWidth)
        return 0;
    // Pulse k rises at from + k x period and counts minWidth later, if the next segment has not begun.
    const MillisecondsF lastCountable = MillisecondsF(std::min(t, end) - minWidth - segment.from);
    if (lastCountable.count() < 0.0)
        return 0;
    return static_cast<quint64>(std::floor(lastCountable / periodOf(segment) + kBoundarySlack)) + 1;
}

quint64 countedUpTo(const QList<SignalSegment>& signal, milliseconds t, milliseconds minWidth)
{
    quint64 count = 0;
    for (qsizetype i = 0; i < signal.size() && signal.at(i).from <= t; ++i)
        count += countedUpTo(signal, i, t, minWidth);
    return count;
}

} // namespace

bool closedAt(const QList<SignalSegment>& signal, milliseconds t)
{
    const qsizetype index = segmentAt(signal, t);
    return index >= 0 && closedWithin(signal.at(index), t);
}

bool debouncedClosedAt(const QList<SignalSegment>& signal, milliseconds t, milliseconds debounce)
{
    const qsizetype index = segmentAt(signal, t);
    if (index < 0)
        return false;
    const SignalSegment& segment = signal.at(index);
    const auto shownBefore
        = [&] { return index > 0 && debouncedClosedAt(signal, segment.from - 1ms, debounce); };
    if (!isPulseTrain(segment))
        return t - segment.from >= debounce ? segment.closed : shownBefore();
    if (segment.pulseWidth < debounce)
        return false;
    if (periodOf(segment) - segment.pulseWidth < debounce)
        return t - segment.from >= debounce ? true : shownBefore();
    // Every rise and every fall lasts long enough to show, each `debounce` late.
    return t - debounce >= segment.from ? closedWithin(segment, t - debounce) : shownBefore();
}

quint64 pulsesCounted(
    const QList<SignalSegment>& signal, milliseconds after, milliseconds upTo, milliseconds minWidth)
{
    if (upTo <= after)
        return 0;
    return countedUpTo(signal, upTo, minWidth) - countedUpTo(signal, after, minWidth);
}

} // namespace iotpro::sim::terminal
