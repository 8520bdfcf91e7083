#pragma once

#include "Site.h"

#include <array>
#include <random>

namespace iotpro::sim {

/// A site's state at one moment: what each load draws and what the supply gives.
struct SiteConditions
{
    std::array<double, 3> currentA {};
    /// Angle by which each load's current lags its voltage, before an export reverses it.
    std::array<double, 3> loadAngleDeg {};
    std::array<double, 3> voltageShare {};
    double frequency = 0.0;

    friend bool operator==(const SiteConditions&, const SiteConditions&) = default;
};

/// The slow drift and the sudden load steps of a site. Reproducible: the same seed and the
/// same number of steps give the same conditions.
class SiteVariation
{
public:
    SiteVariation(const Site& site, quint64 seed);

    /// Moves `seconds` forward: every drift wanders, and a load may step.
    void step(double seconds);
    SiteConditions conditions() const;

private:
    /// An Ornstein-Uhlenbeck process with standard deviation `sigma`: wanders, always returns.
    double wander(double value, double sigma, double seconds);
    void maybeStepLoad(double seconds);

    Variation m_variation;
    int m_phases;
    std::array<double, 3> m_nominalCurrentA {};
    std::array<double, 3> m_nominalLoadAngleDeg {};
    std::array<double, 3> m_nominalVoltageShare {};
    double m_nominalFrequency;

    std::mt19937_64 m_random;
    std::normal_distribution<double> m_normal;
    std::uniform_real_distribution<double> m_uniform;

    /// Each load's current after the steps so far.
    std::array<double, 3> m_steppedCurrentA {};
    std::array<double, 3> m_currentDrift {}; ///< share of the stepped current
    std::array<double, 3> m_angleDriftDeg {};
    std::array<double, 3> m_voltageDrift {}; ///< share of the nominal share
    double m_frequencyDriftHz = 0.0;
};

/// The load angle a power factor means: acos|pf|, positive lagging, negative leading.
double loadAngleDegrees(double powerFactor);

} // namespace iotpro::sim
