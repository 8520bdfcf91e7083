#include "BatchTrends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace iotpro::storage {

namespace {

/// The accuracy points of the run that decided `record`'s verdict: as left when there is one.
QList<QJsonObject> decidingAccuracyPoints(const CalibrationRecord& record)
{
    const QJsonArray results = QJsonDocument::fromJson(record.resultsJson).array();
    const bool adjusted = std::any_of(results.begin(), results.end(),
        [](const QJsonValue& value) { return value.toObject().value(u"run"_qs).toString() == u"as_left"_qs; });
    const QString deciding = adjusted ? u"as_left"_qs : u"as_found"_qs;
    QList<QJsonObject> points;
    for (const QJsonValue& value : results) {
        const QJsonObject point = value.toObject();
        if (point.value(u"run"_qs).toString() == deciding && point.value(u"type"_qs).toString() == u"accuracy"_qs
            && point.value(u"error_pct"_qs).isDouble())
            points.append(point);
    }
    return points;
}

/// Least-squares slope of `values` over their index.
double slope(const QList<double>& values)
{
    const auto n = double(values.size());
    double sumX = 0.0, sumY = 0.0, sumXY = 0.0, sumXX = 0.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const auto x = double(i);
        sumX += x;
        sumY += values.at(i);
        sumXY += x * values.at(i);
        sumXX += x * x;
    }
    const double denominator = n * sumXX - sumX * sumX;
    return denominator > 0.0 ? (n * sumXY - sumX * sumY) / denominator : 0.0;
}

void summarise(PointTrend& trend)
{
    QList<double> absErrors;
    double sum = 0.0;
    trend.limitPct = trend.modules.first().limitPct;
    for (const ModulePointError& module : std::as_const(trend.modules)) {
        sum += module.errorPct;
        absErrors.append(std::abs(module.errorPct));
        trend.limitPct = std::min(trend.limitPct, module.limitPct);
    }
    trend.meanErrorPct = sum / double(trend.modules.size());
    trend.maxAbsErrorPct = *std::max_element(absErrors.cbegin(), absErrors.cend());
    if (absErrors.size() < kTrendMinimumModules)
        return;
    trend.absErrorSlopePct = slope(absErrors);
    // The fitted line, continued kDriftHorizonModules past the last module.
    const auto n = double(absErrors.size());
    const double meanIndex = (n - 1.0) / 2.0;
    double meanAbs = 0.0;
    for (double value : std::as_const(absErrors))
        meanAbs += value / n;
    const double projected = meanAbs + trend.absErrorSlopePct * (n - 1.0 + kDriftHorizonModules - meanIndex);
    trend.driftingTowardLimit = trend.absErrorSlopePct > 0.0 && projected >= trend.limitPct;
}

} // namespace

BatchTrends batchTrends(const QList<CalibrationRecord>& latest)
{
    BatchTrends trends;
    trends.yield = batchYield(latest);
    QList<CalibrationRecord> inTestOrder = latest;
    std::stable_sort(inTestOrder.begin(), inTestOrder.end(),
        [](const CalibrationRecord& a, const CalibrationRecord& b) { return a.issued < b.issued; });
    for (const CalibrationRecord& record : std::as_const(inTestOrder)) {
        trends.modules.append(record.moduleSerial);
        for (const QJsonObject& point : decidingAccuracyPoints(record)) {
            const QString id = point.value(u"point"_qs).toString();
            auto trend = std::find_if(
                trends.points.begin(), trends.points.end(), [&id](const PointTrend& t) { return t.pointId == id; });
            if (trend == trends.points.end()) {
                trends.points.append(PointTrend { id, {}, 0.0, 0.0, 0.0, 0.0, false });
                trend = std::prev(trends.points.end());
            }
            trend->modules.append({ record.moduleSerial, point.value(u"error_pct"_qs).toDouble(),
                point.value(u"limit_pct"_qs).toDouble(), point.value(u"verdict"_qs).toString() == u"pass"_qs });
        }
    }
    for (PointTrend& trend : trends.points)
        summarise(trend);
    return trends;
}

} // namespace iotpro::storage
