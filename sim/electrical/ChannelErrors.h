#pragma once

#include "ElementMath.h"

#include <QList>
#include <QString>

#include <variant>

namespace iotpro::sim {

/// A metering element's own error, as manufacturing leaves it before calibration: its current
/// channel reads `gainPct` too high and `phaseDeg` late (a positive phase error adds lag, so it
/// lowers P at an inductive load and raises it at a capacitive one).
struct ChannelError
{
    double gainPct = 0.0;
    double phaseDeg = 0.0;

    friend bool operator==(const ChannelError&, const ChannelError&) = default;
};

/// Largest error the engine can be given: far beyond any class, small enough to stay physical.
inline constexpr double kMaxChannelGainPct = 20.0;
inline constexpr double kMaxChannelPhaseDeg = 10.0;

/// One element's error as iotpro-sim --meter-error gives it.
struct ElementChannelError
{
    int element = 1; ///< 1-based
    ChannelError error;

    friend bool operator==(const ElementChannelError&, const ElementChannelError&) = default;
};

/// Reads "N:GAIN%", "N:PHASEdeg" or "N:GAIN%,PHASEdeg" (e.g. "1:+0.4%,0.2deg"); the element is
/// 1 to 3. One line saying what is wrong otherwise.
std::variant<ElementChannelError, QString> parseChannelError(const QString& text);

/// Applies each element's error to the current it pairs: `errors` per element, missing ones
/// exact.
void applyChannelErrors(QList<ElementSignals>& elements, const QList<ChannelError>& errors);

/// An element's calibration constants (docs/protocol.md 4.12), what the factory writes to cancel
/// its ChannelError: the current is multiplied by (1 + gainPct / 100) and advanced by phaseDeg.
struct ChannelCalibration
{
    double gainPct = 0.0;
    double phaseDeg = 0.0;

    friend bool operator==(const ChannelCalibration&, const ChannelCalibration&) = default;
};

/// Applies each element's calibration constants to the current it pairs, after its error:
/// `constants` per element, missing ones exact.
void applyChannelCalibration(QList<ElementSignals>& elements, const QList<ChannelCalibration>& constants);

} // namespace iotpro::sim
