#include "Phasor.h"

#include <cmath>
#include <numbers>

namespace iotpro::electrical {

namespace {

constexpr double radiansPerDegree = std::numbers::pi / 180.0;

} // namespace

double wrapDegrees(double degrees)
{
    double wrapped = std::fmod(degrees, 360.0);
    if (wrapped <= -180.0)
        wrapped += 360.0;
    else if (wrapped > 180.0)
        wrapped -= 360.0;
    return wrapped;
}

Phasor polarDegrees(double magnitude, double degrees)
{
    return std::polar(magnitude, degrees * radiansPerDegree);
}

double argDegrees(Phasor phasor)
{
    return wrapDegrees(std::arg(phasor) / radiansPerDegree);
}

double powerAngleDegrees(double activePower, double reactivePower)
{
    return argDegrees(Phasor(activePower, reactivePower));
}

} // namespace iotpro::electrical
