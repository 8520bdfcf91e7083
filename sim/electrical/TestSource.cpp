#include "TestSource.h"

#include <QCoreApplication>

#include <cmath>

namespace iotpro::sim {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::TestSource)
};

double interpolate(double from, double to, double share)
{
    return from + (to - from) * share;
}

} // namespace

TestSource::TestSource(const Supply& supply, std::chrono::milliseconds settlingTime)
    : m_phaseNominalV(supply.wiring == Wiring::ThreePhaseThreeWire ? supply.nominalVoltage / std::sqrt(3.0)
                                                                   : supply.nominalVoltage)
    , m_settlingTime(settlingTime)
    , m_changedAt(-settlingTime)
{
    m_target.voltageV.fill(m_phaseNominalV);
    m_target.frequencyHz = supply.frequency;
    m_from = conditionsOf(m_target);
}

std::optional<QString> TestSource::settingError(const SourceSetting& setting)
{
    for (std::size_t p = 0; p < 3; ++p) {
        if (!(setting.voltageV[p] >= 0.0 && setting.voltageV[p] <= kMaxVoltageV))
            return Texts::tr("voltage L%1 must be 0 to %2 V").arg(p + 1).arg(kMaxVoltageV);
        if (!(setting.currentA[p] >= 0.0 && setting.currentA[p] <= kMaxCurrentA))
            return Texts::tr("current L%1 must be 0 to %2 A").arg(p + 1).arg(kMaxCurrentA);
        if (!(setting.angleDeg[p] > -180.0 && setting.angleDeg[p] <= 180.0))
            return Texts::tr("angle L%1 must be above -180° and at most 180°").arg(p + 1);
    }
    if (!(setting.frequencyHz >= kMinFrequencyHz && setting.frequencyHz <= kMaxFrequencyHz))
        return Texts::tr("frequency must be %1 to %2 Hz").arg(kMinFrequencyHz).arg(kMaxFrequencyHz);
    return std::nullopt;
}

SiteConditions TestSource::conditionsOf(const SourceSetting& setting) const
{
    SiteConditions conditions;
    for (std::size_t p = 0; p < 3; ++p) {
        conditions.voltageShare[p] = setting.voltageV[p] / m_phaseNominalV;
        conditions.currentA[p] = setting.currentA[p];
        conditions.loadAngleDeg[p] = setting.angleDeg[p];
    }
    conditions.frequency = setting.frequencyHz;
    return conditions;
}

void TestSource::set(const SourceSetting& setting, std::chrono::milliseconds now)
{
    Q_ASSERT(!settingError(setting));
    m_from = conditionsAt(now);
    m_target = setting;
    m_changedAt = now;
}

bool TestSource::isSettled(std::chrono::milliseconds now) const
{
    return now >= m_changedAt + m_settlingTime;
}

SiteConditions TestSource::conditionsAt(std::chrono::milliseconds time) const
{
    const SiteConditions target = conditionsOf(m_target);
    if (time < m_changedAt)
        return m_from;
    if (isSettled(time))
        return target;
    // A straight ramp of every output: what a source's regulators do, near enough.
    const double share = std::chrono::duration<double>(time - m_changedAt) / m_settlingTime;
    SiteConditions now;
    for (std::size_t p = 0; p < 3; ++p) {
        now.voltageShare[p] = interpolate(m_from.voltageShare[p], target.voltageShare[p], share);
        now.currentA[p] = interpolate(m_from.currentA[p], target.currentA[p], share);
        now.loadAngleDeg[p] = interpolate(m_from.loadAngleDeg[p], target.loadAngleDeg[p], share);
    }
    now.frequency = interpolate(m_from.frequency, target.frequency, share);
    return now;
}

} // namespace iotpro::sim
