#include "CtSizing.h"

#include <algorithm>

namespace iotpro::electrical {

CtSizing sizeCt(double circuitRatingA, const QList<quint32>& standardRatingsA)
{
    CtSizing sizing;
    sizing.circuitRatingA = circuitRatingA;
    sizing.maxContinuousA = circuitRatingA * kBreakerNonTrippingFactor;
    sizing.minimumRatingA = sizing.maxContinuousA / kCtAccurateOverload;
    QList<quint32> ratings = standardRatingsA;
    std::sort(ratings.begin(), ratings.end());
    const auto fits = std::find_if(ratings.cbegin(), ratings.cend(),
        [&](quint32 rating) { return static_cast<double>(rating) >= sizing.minimumRatingA; });
    if (fits != ratings.cend()) {
        sizing.standardRatingA = *fits;
        sizing.accurateUpToA = static_cast<double>(*fits) * kCtAccurateOverload;
    }
    return sizing;
}

} // namespace iotpro::electrical
