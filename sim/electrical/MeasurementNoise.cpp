#include "MeasurementNoise.h"

namespace iotpro::sim {

MeasurementNoise::MeasurementNoise(const MeterNoise& noise, quint64 seed)
    : m_noise(noise)
    , m_random(seed)
{ }

void MeasurementNoise::disturb(Signal& signal)
{
    const double gain = 1.0 + m_normal(m_random) * m_noise.magnitudePct / 100.0;
    const double turnDeg = m_normal(m_random) * m_noise.angleDeg;
    signal.fundamental *= polarDegrees(gain, turnDeg);
}

void MeasurementNoise::disturb(QList<ElementSignals>& elements)
{
    for (ElementSignals& element : elements) {
        disturb(element.voltage);
        disturb(element.current);
    }
}

double MeasurementNoise::disturbFrequency(double frequency)
{
    return frequency + m_normal(m_random) * m_noise.frequencyHz;
}

} // namespace iotpro::sim
