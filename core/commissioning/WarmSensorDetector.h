#pragma once

#include "device/IoState.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace iotpro::commissioning {

/// "Warm the sensor in your hand": finds which DS18B20 of a bus a technician is holding, from the
/// successive readings of the bus, so that the right name goes with the right ROM code. A pure
/// function of the readings; WarmSensorFinder polls the module and feeds it.
///
/// Each sensor's baseline is the lowest temperature it read since tracking began. A sensor is
/// rising once `sustainedReadings` readings in a row lie at least `riseC` above its baseline.
/// The verdict is Found when exactly one sensor is rising and every other one stayed within
/// `othersMaxRiseC` of its baseline (a room warming up moves them all); Ambiguous when two or more
/// are rising (two hands, or sensors taped together). Readings a DS18B20 gives when it is not
/// measuring (85.0 °C before the first conversion, -127 °C when disconnected, anything outside its
/// range) and sensors that did not answer are ignored.
class WarmSensorDetector
{
public:
    struct Thresholds
    {
        double riseC = 1.0;
        double othersMaxRiseC = 0.5;
        int sustainedReadings = 2;
    };

    enum class State { Waiting, Found, Ambiguous };

    struct Verdict
    {
        State state = State::Waiting;
        QString romCode; ///< Found: the sensor being warmed
        QStringList rising; ///< Ambiguous: every sensor rising, in ROM code order

        friend bool operator==(const Verdict&, const Verdict&) = default;
    };

    WarmSensorDetector() = default;
    explicit WarmSensorDetector(Thresholds thresholds);

    /// One reading of the bus (a scan's sensors, in any order).
    void add(const QList<Ds18b20Reading>& readings);
    Verdict verdict() const;
    /// Each sensor's rise above its baseline so far, °C, by ROM code: for a progress display.
    QMap<QString, double> rises() const;

private:
    struct Track
    {
        double baseline = 0;
        double latest = 0;
        int readingsAbove = 0;
    };

    Thresholds m_thresholds;
    QMap<QString, Track> m_tracks;
};

} // namespace iotpro::commissioning
