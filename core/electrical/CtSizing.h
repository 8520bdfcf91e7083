#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

namespace iotpro::electrical {

/// A breaker on its rating In lets through up to 1.13 In for ever without tripping (IEC 60898-1,
/// conventional non-tripping current; IEC 60947-2 breakers allow less): the most current a CT on
/// that circuit must measure continuously.
inline constexpr double kBreakerNonTrippingFactor = 1.13;

/// A metering CT stays within its accuracy class up to 120 % of its rating (Imax >= 1.2 In).
inline constexpr double kCtAccurateOverload = 1.2;

/// The CT the size helper suggests for a circuit.
struct CtSizing
{
    /// What the circuit is rated for (breaker In, or the conductor's current-carrying capacity), A.
    double circuitRatingA = 0;
    /// The most current the circuit carries without its breaker tripping, A.
    double maxContinuousA = 0;
    /// The smallest standard rating that measures maxContinuousA within class; empty when even the
    /// largest standard CT is too small (a custom CT of at least minimumRatingA is needed).
    std::optional<quint32> standardRatingA;
    /// The least CT rating that measures maxContinuousA within class, A.
    double minimumRatingA = 0;
    /// Up to where the suggested CT measures within class, A (0 without a suggestion).
    double accurateUpToA = 0;

    friend bool operator==(const CtSizing&, const CtSizing&) = default;
};

/// Sizes the CT of a circuit protected by a breaker of `circuitRatingA` (or whose conductor carries
/// that much; a breaker never exceeds its conductor's capacity): the smallest of `standardRatingsA`
/// that stays within class up to the breaker's non-tripping current. The margin is what the CT's
/// 120 % range leaves above that current. `circuitRatingA` must be > 0.
CtSizing sizeCt(double circuitRatingA, const QList<quint32>& standardRatingsA);

} // namespace iotpro::electrical
