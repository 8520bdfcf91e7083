#pragma once

#include "AccuracyClass.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace iotpro::calibration {

/// What a test point checks.
enum class PointKind {
    Accuracy, ///< the % error of active power against the reference
    StartingCurrent, ///< the module registers energy at the class's starting current
    NoLoad, ///< the module registers no energy at raised voltage and no current
};

/// One point of a test plan, with its defaults resolved.
struct TestPoint
{
    QString id; ///< unique in the plan, e.g. "P3"
    PointKind kind = PointKind::Accuracy;
    double currentPct = 100.0; ///< of In
    double powerFactor = 1.0; ///< magnitude, 0 < pf <= 1
    bool inductive = true; ///< current lags (ignored at PF 1)
    double voltagePct = 100.0; ///< of Un
    /// 0: a balanced load on every element; 1 to 3: only that element carries current.
    int element = 0;
    double settleS = 1.0; ///< after the source reports settled
    int samples = 10; ///< accuracy: snapshot pairs averaged
    /// Starting current: stop once the reference has counted this much energy.
    double referenceEnergyWh = 2.0;
    /// Starting current: give up after this long; no load: watch this long.
    double durationS = 20.0;

    /// The current's lag behind the voltage, in degrees: positive inductive, negative capacitive.
    double angleDeg() const;
    /// For reports: "PF 1", "PF 0.5 ind", "PF 0.8 cap".
    QString powerFactorText() const;

    friend bool operator==(const TestPoint&, const TestPoint&) = default;
};

/// A test plan (docs/calibration.md, "Test plans"): the module's ratings, the class it is
/// judged against and the points in order.
struct TestPlan
{
    QString name;
    AccuracyClass accuracyClass;
    double nominalVoltageV = 230.0; ///< Un, L-N
    double nominalFrequencyHz = 50.0;
    double ratedCurrentA = 100.0; ///< In
    double maxCurrentA = 120.0; ///< Imax
    double sampleRateHz = 20.0; ///< live snapshots per second while sampling
    QList<TestPoint> points;

    /// The limit for an accuracy point; nullopt where the class sets none.
    std::optional<double> limitPct(const TestPoint& point) const;

    /// A plan from JSON; `source` names it in errors. Every accuracy point must have a class limit.
    static Result<TestPlan> fromJson(const QByteArray& json, const QString& source);
    static Result<TestPlan> load(const QString& path);
    /// The built-in plan for class 0.5S (resources/calibration/default-0.5S.json).
    static TestPlan builtIn();

    friend bool operator==(const TestPlan&, const TestPlan&) = default;
};

} // namespace iotpro::calibration
