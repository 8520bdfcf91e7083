#include "SiteVariation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace iotpro::sim {

namespace {

// Load steps keep each load within these shares of its scenario current, so that a light
// load stays light and a heavy one never runs away.
constexpr double kMinSteppedShare = 0.5;
constexpr double kMaxSteppedShare = 1.5;

} // namespace

double loadAngleDegrees(double powerFactor)
{
    const double angle = std::acos(std::clamp(std::abs(powerFactor), 0.0, 1.0)) * 180.0 / std::numbers::pi;
    return powerFactor < 0.0 ? -angle : angle;
}

SiteVariation::SiteVariation(const Site& site, quint64 seed)
    : m_variation(site.variation)
    , m_phases(conductorCount(site.supply.wiring))
    , m_nominalFrequency(site.supply.frequency)
    , m_random(seed)
{
    for (std::size_t phase = 0; phase < 3; ++phase) {
        m_nominalCurrentA[phase] = site.loads[phase].currentA;
        m_nominalLoadAngleDeg[phase] = loadAngleDegrees(site.loads[phase].powerFactor);
        m_nominalVoltageShare[phase] = site.supply.voltageShare[phase];
    }
    m_steppedCurrentA = m_nominalCurrentA;
}

double SiteVariation::wander(double value, double sigma, double seconds)
{
    // Exact discretisation: the variance stays sigma² whatever the step length.
    const double decay
        = m_variation.timeConstantS > 0.0 ? std::exp(-seconds / m_variation.timeConstantS) : 0.0;
    return value * decay + sigma * std::sqrt(1.0 - decay * decay) * m_normal(m_random);
}

void SiteVariation::step(double seconds)
{
    // Every draw happens on every step, whatever the parameters, so that a seed replays the
    // same sequence.
    for (std::size_t phase = 0; phase < 3; ++phase) {
        m_currentDrift[phase] = wander(m_currentDrift[phase], m_variation.currentDriftPct / 100.0, seconds);
        m_angleDriftDeg[phase] = wander(m_angleDriftDeg[phase], m_variation.angleDriftDeg, seconds);
        m_voltageDrift[phase] = wander(m_voltageDrift[phase], m_variation.voltageDriftPct / 100.0, seconds);
    }
    m_frequencyDriftHz = wander(m_frequencyDriftHz, m_variation.frequencyDriftHz, seconds);
    maybeStepLoad(seconds);
}

void SiteVariation::maybeStepLoad(double seconds)
{
    // A Poisson process sampled per step: steps are rare next to the step length.
    const bool steps
        = m_uniform(m_random) < (m_variation.stepIntervalS > 0.0 ? seconds / m_variation.stepIntervalS : 0.0);
    if (!steps)
        return;
    const auto phase = static_cast<std::size_t>(std::min(m_uniform(m_random) * m_phases, m_phases - 1.0));
    const double change = (2.0 * m_uniform(m_random) - 1.0) * m_variation.stepPct / 100.0;
    m_steppedCurrentA[phase] = std::clamp(m_steppedCurrentA[phase] * (1.0 + change),
        kMinSteppedShare * m_nominalCurrentA[phase], kMaxSteppedShare * m_nominalCurrentA[phase]);
}

SiteConditions SiteVariation::conditions() const
{
    SiteConditions now;
    for (std::size_t phase = 0; phase < 3; ++phase) {
        now.currentA[phase] = std::max(0.0, m_steppedCurrentA[phase] * (1.0 + m_currentDrift[phase]));
        now.loadAngleDeg[phase] = m_nominalLoadAngleDeg[phase] + m_angleDriftDeg[phase];
        now.voltageShare[phase] = std::max(0.0, m_nominalVoltageShare[phase] * (1.0 + m_voltageDrift[phase]));
    }
    now.frequency = m_nominalFrequency + m_frequencyDriftHz;
    return now;
}

} // namespace iotpro::sim
