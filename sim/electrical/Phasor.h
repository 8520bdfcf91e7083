#pragma once

#include <cmath>
#include <complex>
#include <numbers>

namespace iotpro::sim {

/// The fundamental of a sinusoidal quantity: RMS magnitude and phase angle.
using Phasor = std::complex<double>;

inline Phasor polarDegrees(double magnitude, double angleDeg)
{
    return std::polar(magnitude, angleDeg * std::numbers::pi / 180.0);
}

inline double argDegrees(Phasor phasor)
{
    return std::arg(phasor) * 180.0 / std::numbers::pi;
}

/// `angleDeg` folded into (-180, 180], the range every angle of the protocol uses.
inline double wrappedDegrees(double angleDeg)
{
    const double wrapped = std::remainder(angleDeg, 360.0);
    return wrapped <= -180.0 ? wrapped + 360.0 : wrapped;
}

} // namespace iotpro::sim
