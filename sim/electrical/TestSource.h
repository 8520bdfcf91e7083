#pragma once

#include "Site.h"
#include "SiteVariation.h"

#include <QString>

#include <array>
#include <chrono>
#include <optional>

namespace iotpro::sim {

/// Drives a site's conditions from outside instead of its own variation: the test source of a
/// calibration bench.
class ConditionSource
{
public:
    virtual ~ConditionSource() = default;
    /// The conditions at `time` on the metering engine's clock.
    virtual SiteConditions conditionsAt(std::chrono::milliseconds time) const = 0;
};

/// What a bench source is told to deliver, per phase.
struct SourceSetting
{
    std::array<double, 3> voltageV {}; ///< L-N
    std::array<double, 3> currentA {};
    /// Current lag behind the phase's voltage: positive inductive, negative capacitive.
    std::array<double, 3> angleDeg {};
    double frequencyHz = 50.0;

    friend bool operator==(const SourceSetting&, const SourceSetting&) = default;
};

/// A three-phase test source as a calibration bench has one: sinusoidal, steady (no drift, no
/// load steps), and after each new setting it ramps its outputs there over a fixed settling
/// time, then reports itself settled.
class TestSource : public ConditionSource
{
public:
    static constexpr double kMaxVoltageV = 480.0;
    static constexpr double kMaxCurrentA = 200.0;
    static constexpr double kMinFrequencyHz = 45.0;
    static constexpr double kMaxFrequencyHz = 65.0;

    /// Starts at the supply's nominal voltage and frequency, no current, settled.
    TestSource(const Supply& supply, std::chrono::milliseconds settlingTime);

    /// Why the source refuses `setting` (one line), or nullopt when it takes it.
    static std::optional<QString> settingError(const SourceSetting& setting);

    /// Ramps from what it delivers at `now` to `setting` (which must be valid).
    void set(const SourceSetting& setting, std::chrono::milliseconds now);
    const SourceSetting& setting() const { return m_target; }
    bool isSettled(std::chrono::milliseconds now) const;

    SiteConditions conditionsAt(std::chrono::milliseconds time) const override;

private:
    SiteConditions conditionsOf(const SourceSetting& setting) const;

    double m_phaseNominalV;
    std::chrono::milliseconds m_settlingTime;
    SiteConditions m_from;
    SourceSetting m_target;
    std::chrono::milliseconds m_changedAt;
};

} // namespace iotpro::sim
