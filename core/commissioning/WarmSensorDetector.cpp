#include "WarmSensorDetector.h"

namespace iotpro::commissioning {

namespace {

/// A DS18B20 measures -55 to +125 °C; 85.0 °C is its power-on value, read before any conversion.
bool isMeasurement(const Ds18b20Reading& reading)
{
    return reading.present && reading.temperatureC >= -55.0 && reading.temperatureC <= 125.0
        && reading.temperatureC != 85.0;
}

} // namespace

WarmSensorDetector::WarmSensorDetector(Thresholds thresholds)
    : m_thresholds(thresholds)
{ }

void WarmSensorDetector::add(const QList<Ds18b20Reading>& readings)
{
    for (const Ds18b20Reading& reading : readings) {
        if (!isMeasurement(reading))
            continue;
        const QString rom = reading.romCode.toUpper();
        const auto known = m_tracks.find(rom);
        if (known == m_tracks.end()) {
            m_tracks.insert(rom, { reading.temperatureC, reading.temperatureC, 0 });
            continue;
        }
        Track& track = known.value();
        track.latest = reading.temperatureC;
        track.baseline = std::min(track.baseline, track.latest);
        track.readingsAbove = track.latest - track.baseline >= m_thresholds.riseC ? track.readingsAbove + 1 : 0;
    }
}

WarmSensorDetector::Verdict WarmSensorDetector::verdict() const
{
    QStringList rising;
    bool othersStill = true;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (it->readingsAbove >= m_thresholds.sustainedReadings)
            rising.append(it.key());
        else if (it->latest - it->baseline >= m_thresholds.othersMaxRiseC)
            othersStill = false;
    }
    if (rising.size() > 1)
        return { State::Ambiguous, {}, rising };
    if (rising.size() == 1 && othersStill)
        return { State::Found, rising.first(), {} };
    return {};
}

QMap<QString, double> WarmSensorDetector::rises() const
{
    QMap<QString, double> result;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
        result.insert(it.key(), it->latest - it->baseline);
    return result;
}

} // namespace iotpro::commissioning
