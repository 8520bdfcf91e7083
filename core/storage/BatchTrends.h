#pragma once

#include "CalibrationRecords.h"

#include <QList>
#include <QString>

namespace iotpro::storage {

/// One module's error at one test point, from the run that decided its verdict.
struct ModulePointError
{
    QString moduleSerial;
    double errorPct = 0.0;
    double limitPct = 0.0;
    bool passed = false;

    friend bool operator==(const ModulePointError&, const ModulePointError&) = default;
};

/// One accuracy point across a batch's modules, in the order they were tested.
struct PointTrend
{
    QString pointId;
    /// One per module that has this point, in test order.
    QList<ModulePointError> modules;
    double limitPct = 0.0; ///< the point's class limit (the smallest any module was judged by)
    double meanErrorPct = 0.0;
    double maxAbsErrorPct = 0.0;
    /// Least-squares slope of |error| over the modules in test order, in % per module (0 with
    /// fewer than kTrendMinimumModules).
    double absErrorSlopePct = 0.0;
    /// |error| rises across the batch and, continued, reaches the limit within
    /// kDriftHorizonModules more modules: the bench or the production is drifting.
    bool driftingTowardLimit = false;

    friend bool operator==(const PointTrend&, const PointTrend&) = default;
};

/// A batch at a glance (docs/calibration.md, "Batch view"): its yield, its modules in test order,
/// and each accuracy point's errors across them.
struct BatchTrends
{
    BatchYield yield;
    QStringList modules; ///< in test order
    QList<PointTrend> points; ///< in the order of the plan (as first met)

    friend bool operator==(const BatchTrends&, const BatchTrends&) = default;
};

/// A trend needs this many modules before it means anything.
inline constexpr int kTrendMinimumModules = 3;
/// How far ahead a rising |error| is continued to see whether it will reach the limit.
inline constexpr int kDriftHorizonModules = 5;

/// The trends of a batch from the latest record of each of its modules
/// (CalibrationRecords::latestInBatch): modules ordered by when that record was issued; for each
/// module the as-left results when it was adjusted, else the as-found ones; accuracy points only
/// (starting current and no load have no error). A record whose results cannot be read
/// contributes to the yield only.
BatchTrends batchTrends(const QList<CalibrationRecord>& latest);

} // namespace iotpro::storage
