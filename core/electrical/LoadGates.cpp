#include "LoadGates.h"

#include "DiagnosisMessages.h"
#include "Findings.h"

#include <cmath>

namespace iotpro::electrical {

namespace {

void checkClampMeter(int element, const ElementReading& reading, std::optional<double> clampAmps,
    const Installation& installation, const DiagnosisThresholds& thresholds, QList<Finding>& findings)
{
    if (!clampAmps || *clampAmps <= 0.0 || reading.current <= 0.0)
        return;
    const double share = reading.current / installation.ctPrimaryA;
    const double tolerance
        = ctAccuracyAt(share, thresholds) + thresholds.meterCurrentAccuracy + thresholds.clampMeterAccuracy;
    const double deviation = reading.current / *clampAmps - 1.0;
    if (std::abs(deviation) <= tolerance)
        return;
    // The module scales the secondary by the declared rating: the real one scales by the ratio.
    const double impliedRating = installation.ctPrimaryA * *clampAmps / reading.current;
    findings << makeFinding(FindingCode::CtRatioMismatch, element,
        DiagnosisMessages::ctRatioMismatch(
            element, reading.current, *clampAmps, tolerance, installation.ctPrimaryA, impliedRating));
}

} // namespace

double ctAccuracyAt(double loadShare, const DiagnosisThresholds& thresholds)
{
    const auto& points = thresholds.ctAccuracy;
    if (loadShare <= points.front().loadShare)
        return points.front().errorLimit;
    for (std::size_t i = 1; i < points.size(); ++i) {
        if (loadShare <= points[i].loadShare) {
            const double t
                = (loadShare - points[i - 1].loadShare) / (points[i].loadShare - points[i - 1].loadShare);
            return points[i - 1].errorLimit + t * (points[i].errorLimit - points[i - 1].errorLimit);
        }
    }
    return points.back().errorLimit;
}

GateResult checkGates(const Installation& installation, const Snapshot& snapshot,
    const ClampMeterReadings& clampMeter, const DiagnosisThresholds& thresholds)
{
    GateResult result;
    const double fLow = installation.nominalFrequency * (1.0 - thresholds.frequencyTolerance);
    const double fHigh = installation.nominalFrequency * (1.0 + thresholds.frequencyTolerance);
    if (snapshot.frequency < fLow || snapshot.frequency > fHigh) {
        result.findings << makeFinding(FindingCode::FrequencyOutOfRange, std::nullopt,
            DiagnosisMessages::frequencyOutOfRange(snapshot.frequency, fLow, fHigh));
    }

    const double vLow = installation.nominalVoltage * (1.0 - thresholds.voltageTolerance);
    const double vHigh = installation.nominalVoltage * (1.0 + thresholds.voltageTolerance);
    for (int k = 0; k < int(snapshot.elements.size()); ++k) {
        const ElementReading& reading = snapshot.elements[k];
        const int element = k + 1;
        const auto i = std::size_t(k);
        // A reading that is not a number (a glitch on the link) counts as no reading at all.
        const bool finite = std::isfinite(reading.voltage) && std::isfinite(reading.current)
            && std::isfinite(reading.activePower) && std::isfinite(reading.reactivePower);
        result.voltagePresent[i]
            = finite && reading.voltage >= installation.nominalVoltage * thresholds.voltageMissingShare;
        if (!result.voltagePresent[i]) {
            result.findings << makeFinding(FindingCode::VoltageMissing, element,
                DiagnosisMessages::voltageMissing(element, reading.voltage));
            continue; // no voltage, no power: nothing else about this element can be judged
        }
        if (reading.voltage < vLow || reading.voltage > vHigh) {
            result.findings << makeFinding(FindingCode::VoltageOutOfRange, element,
                DiagnosisMessages::voltageOutOfRange(element, reading.voltage, vLow, vHigh));
        }
        const double share = reading.current / installation.ctPrimaryA;
        if (share < thresholds.minLoadShare) {
            result.findings << makeFinding(FindingCode::CurrentBelowAccuracy, element,
                DiagnosisMessages::currentBelowAccuracy(
                    element, reading.current, share, installation.ctPrimaryA));
            continue;
        }
        result.judged[i] = true;
        if (share > thresholds.maxLoadShare) {
            result.findings << makeFinding(FindingCode::CurrentOverRating, element,
                DiagnosisMessages::currentOverRating(
                    element, reading.current, share, installation.ctPrimaryA));
        }
        checkClampMeter(
            element, reading, clampMeter.currentA.value(k), installation, thresholds, result.findings);
    }
    return result;
}

} // namespace iotpro::electrical
