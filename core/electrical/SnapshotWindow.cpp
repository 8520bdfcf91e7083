#include "SnapshotWindow.h"

#include "Phasor.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace iotpro::electrical {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::electrical::SnapshotWindow)
};

/// Mean and coefficient of variation (population standard deviation over the mean).
struct Spread
{
    double mean = 0.0;
    double variation = 0.0;
};

template <typename Value> Spread spreadOf(const QList<Snapshot>& window, Value value)
{
    double sum = 0.0;
    for (const Snapshot& snapshot : window)
        sum += value(snapshot);
    const double mean = sum / double(window.size());
    double squares = 0.0;
    for (const Snapshot& snapshot : window)
        squares += std::pow(value(snapshot) - mean, 2);
    const double deviation = std::sqrt(squares / double(window.size()));
    return { mean, mean > 0.0 ? deviation / mean : 0.0 };
}

/// Circular mean and circular standard deviation of angles, degrees.
std::pair<double, double> circularSpread(const QList<double>& angles)
{
    Phasor sum;
    for (double angle : angles)
        sum += polarDegrees(1.0, angle);
    const double resultant = std::abs(sum) / double(angles.size());
    // No common direction at all (resultant 0) gives an infinite spread.
    const double deviation = std::sqrt(-2.0 * std::log(std::min(resultant, 1.0)));
    return { argDegrees(sum), deviation * 180.0 / std::numbers::pi };
}

} // namespace

AveragedSnapshot averageSnapshots(
    const QList<Snapshot>& window, const Installation& installation, const DiagnosisThresholds& thresholds)
{
    AveragedSnapshot result;
    if (window.size() < thresholds.minWindowSnapshots) {
        result.reason = Texts::tr("Waiting for %1 readings in a row (have %2).")
                            .arg(thresholds.minWindowSnapshots)
                            .arg(window.size());
        if (window.isEmpty())
            return result;
    }
    const qsizetype elements = window.front().elements.size();
    for (const Snapshot& snapshot : window) {
        if (snapshot.elements.size() != elements) {
            result.reason = Texts::tr("The readings in the window have different numbers of elements.");
            return result;
        }
    }

    result.mean.frequency = spreadOf(window, [](const Snapshot& s) { return s.frequency; }).mean;
    for (qsizetype k = 0; k < elements; ++k) {
        const auto field = [k](double ElementReading::*member) {
            return [k, member](const Snapshot& s) { return s.elements[k].*member; };
        };
        const Spread voltage = spreadOf(window, field(&ElementReading::voltage));
        const Spread current = spreadOf(window, field(&ElementReading::current));
        ElementReading mean;
        mean.voltage = voltage.mean;
        mean.current = current.mean;
        mean.activePower = spreadOf(window, field(&ElementReading::activePower)).mean;
        mean.reactivePower = spreadOf(window, field(&ElementReading::reactivePower)).mean;

        QList<double> powerAngles;
        QList<double> voltageAngles;
        for (const Snapshot& snapshot : window) {
            const ElementReading& reading = snapshot.elements[k];
            powerAngles << powerAngleDegrees(reading.activePower, reading.reactivePower);
            if (reading.voltageAngle)
                voltageAngles << *reading.voltageAngle;
        }
        if (voltageAngles.size() == window.size())
            mean.voltageAngle = circularSpread(voltageAngles).first;
        result.mean.elements << mean;

        const int element = int(k) + 1;
        if (!result.reason.isEmpty())
            continue;
        if (voltage.variation > thresholds.maxVoltageVariation)
            result.reason = Texts::tr("The voltage on input %1 is not steady.").arg(element);
        else if (current.variation > thresholds.maxCurrentVariation)
            result.reason = Texts::tr("The current on input %1 is not steady: wait until the load settles.")
                                .arg(element);
        else if (current.mean >= thresholds.minLoadShare * installation.ctPrimaryA
            && circularSpread(powerAngles).second > thresholds.maxPowerAngleSpreadDeg)
            result.reason
                = Texts::tr("The power factor on input %1 is not steady: wait until the load settles.")
                      .arg(element);
    }
    result.stable = result.reason.isEmpty();
    return result;
}

} // namespace iotpro::electrical
