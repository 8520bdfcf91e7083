#pragma once

#include "InputWiring.h"

#include <QList>
#include <chrono>

namespace iotpro::sim::terminal {

/// How a digital input's circuit sees the signal on its terminals (InputWiring's segments).

/// The raw level at `t`: closed while a steady contact is closed or a pulse holds the input closed.
/// Open before the first segment.
bool closedAt(const QList<SignalSegment>& signal, std::chrono::milliseconds t);

/// The level after debouncing: a change shows once the input has kept it for `debounce`. Pulses
/// shorter than `debounce` never show; gaps between pulses shorter than it never show either.
bool debouncedClosedAt(
    const QList<SignalSegment>& signal, std::chrono::milliseconds t, std::chrono::milliseconds debounce);

/// Pulses a pulse counter takes in (`after`, `upTo`]: a closure counts once the input has been
/// closed for `minWidth`; a shorter one is noise and does not count.
quint64 pulsesCounted(const QList<SignalSegment>& signal, std::chrono::milliseconds after,
    std::chrono::milliseconds upTo, std::chrono::milliseconds minWidth);

} // namespace iotpro::sim::terminal
