#pragma once

#include <complex>

namespace iotpro::electrical {

/// A sinusoid as magnitude and angle: V, I, and their products.
using Phasor = std::complex<double>;

/// The angle folded into (-180°, 180°].
double wrapDegrees(double degrees);

/// A phasor from magnitude and angle in degrees.
Phasor polarDegrees(double magnitude, double degrees);

/// The angle of a phasor in degrees, (-180°, 180°].
double argDegrees(Phasor phasor);

/// How far the current lags the voltage, from the signs and sizes of P and Q (atan2(Q, P)),
/// never from a power factor whose sign conventions differ between meters. 0° = pure import,
/// +90° inductive, 180° pure export.
double powerAngleDegrees(double activePower, double reactivePower);

} // namespace iotpro::electrical
