#include "PointResult.h"

#include <cmath>
#include <numbers>

namespace iotpro::calibration {

namespace {

/// |sin φ| from which a point's reactive error is meaningful enough to report.
constexpr double kMinReactiveSine = 0.5;

/// The elements a point judges: all on a balanced load, else its own.
QList<qsizetype> judgedElements(const TestPoint& point, qsizetype available)
{
    QList<qsizetype> indexes;
    for (qsizetype k = 0; k < available; ++k) {
        if (point.element == 0 || point.element == k + 1)
            indexes.append(k);
    }
    return indexes;
}

double sumOf(const PowerReading& reading, const QList<qsizetype>& elements, double ElementQuantities::*quantity)
{
    double sum = 0.0;
    for (const qsizetype k : elements)
        sum += reading.value(k).*quantity;
    return sum;
}

SideSummary summarize(const QList<SamplePair>& samples, PowerReading SamplePair::*side, const QList<qsizetype>& judged)
{
    SideSummary summary;
    if (samples.isEmpty())
        return summary;
    const qsizetype elements = (samples.first().*side).size();
    summary.elements.resize(elements);
    for (const SamplePair& sample : samples) {
        for (qsizetype k = 0; k < elements; ++k) {
            const ElementQuantities& e = (sample.*side).value(k);
            summary.elements[k].voltage += e.voltage / double(samples.size());
            summary.elements[k].current += e.current / double(samples.size());
            summary.elements[k].activePower += e.activePower / double(samples.size());
            summary.elements[k].reactivePower += e.reactivePower / double(samples.size());
        }
    }
    double apparent = 0.0;
    for (const qsizetype k : judged) {
        const ElementQuantities& e = summary.elements.value(k);
        summary.voltage += e.voltage / double(judged.size());
        summary.current += e.current / double(judged.size());
        summary.activePower += e.activePower;
        summary.reactivePower += e.reactivePower;
        apparent += e.voltage * e.current;
    }
    summary.powerFactor = apparent > 0.0 ? std::abs(summary.activePower) / apparent : 0.0;
    return summary;
}

/// The % error of the means, and the standard uncertainty of the mean of the samples' errors.
std::pair<double, double> errorOf(
    const QList<SamplePair>& samples, const QList<qsizetype>& judged, double ElementQuantities::*quantity)
{
    double moduleSum = 0.0;
    double referenceSum = 0.0;
    QList<double> errors;
    for (const SamplePair& sample : samples) {
        const double module = sumOf(sample.module, judged, quantity);
        const double reference = sumOf(sample.reference, judged, quantity);
        moduleSum += module;
        referenceSum += reference;
        errors.append(reference != 0.0 ? (module - reference) / reference * 100.0 : 0.0);
    }
    const double error = referenceSum != 0.0 ? (moduleSum - referenceSum) / referenceSum * 100.0 : 0.0;
    double mean = 0.0;
    for (const double e : std::as_const(errors))
        mean += e / double(errors.size());
    double squares = 0.0;
    for (const double e : std::as_const(errors))
        squares += (e - mean) * (e - mean);
    const double n = double(errors.size());
    const double standardDeviation = n > 1.0 ? std::sqrt(squares / (n - 1.0)) : 0.0;
    return { error, n > 0.0 ? standardDeviation / std::sqrt(n) : 0.0 };
}

} // namespace

Verdict decide(double errorPct, double uncertaintyPct, double limitPct)
{
    if (std::abs(errorPct) + uncertaintyPct <= limitPct)
        return Verdict::Pass;
    return std::abs(errorPct) <= limitPct ? Verdict::FailInGuardBand : Verdict::Fail;
}

PointResult evaluateAccuracy(
    const TestPoint& point, double limitPct, double referenceUncertaintyPct, const QList<SamplePair>& samples)
{
    PointResult result;
    result.point = point;
    result.limitPct = limitPct;
    result.samples = int(samples.size());
    if (samples.isEmpty())
        return result;
    const QList<qsizetype> judged = judgedElements(point, samples.first().module.size());
    result.module = summarize(samples, &SamplePair::module, judged);
    result.reference = summarize(samples, &SamplePair::reference, judged);

    const auto [error, typeA] = errorOf(samples, judged, &ElementQuantities::activePower);
    result.errorPct = error;
    result.uncertaintyPct
        = kCoverageFactor * std::sqrt(typeA * typeA + referenceUncertaintyPct * referenceUncertaintyPct);
    if (std::abs(std::sin(point.angleDeg() * std::numbers::pi / 180.0)) >= kMinReactiveSine)
        result.reactiveErrorPct = errorOf(samples, judged, &ElementQuantities::reactivePower).first;
    result.verdict = decide(result.errorPct, result.uncertaintyPct, limitPct);
    return result;
}

PointResult evaluateStartingCurrent(
    const TestPoint& point, double moduleEnergyWh, double referenceEnergyWh, double durationS)
{
    PointResult result;
    result.point = point;
    result.moduleEnergyWh = moduleEnergyWh;
    result.referenceEnergyWh = referenceEnergyWh;
    result.durationS = durationS;
    result.verdict = moduleEnergyWh >= kRegisteredEnergyWh ? Verdict::Pass : Verdict::Fail;
    return result;
}

PointResult evaluateNoLoad(const TestPoint& point, double moduleEnergyWh, double durationS)
{
    PointResult result;
    result.point = point;
    result.moduleEnergyWh = moduleEnergyWh;
    result.durationS = durationS;
    result.verdict = moduleEnergyWh <= kRegisteredEnergyWh ? Verdict::Pass : Verdict::Fail;
    return result;
}

} // namespace iotpro::calibration
