#pragma once

#include "ElementMath.h"
#include "Site.h"

#include <random>

namespace iotpro::sim {

/// The reading noise of a metering engine: every magnitude and angle a little off, drawn
/// afresh for every reading, normally distributed with the standard deviations of MeterNoise.
/// Reproducible from its seed.
class MeasurementNoise
{
public:
    MeasurementNoise(const MeterNoise& noise, quint64 seed);

    void disturb(QList<ElementSignals>& elements);
    double disturbFrequency(double frequency);

private:
    void disturb(Signal& signal);

    MeterNoise m_noise;
    std::mt19937_64 m_random;
    std::normal_distribution<double> m_normal;
};

} // namespace iotpro::sim
