#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace iotpro::calibration {

/// Power factor categories a class sets limits for.
enum class PowerFactorBand {
    Unity, ///< PF 1
    Reduced, ///< PF 0.5 inductive to 0.8 capacitive, PF 1 excluded
    Any, ///< PF 0.5 inductive to 0.8 capacitive, PF 1 included
};

enum class LoadKind {
    Balanced, ///< every element carries current
    Single, ///< one element carries current
};

/// One limit of a class: for a power factor band and a load kind, from `fromPct` of In
/// (inclusive) to `belowPct` (exclusive; none: up to Imax inclusive).
struct LimitBand
{
    PowerFactorBand powerFactor = PowerFactorBand::Unity;
    LoadKind load = LoadKind::Balanced;
    double fromPct = 0.0;
    std::optional<double> belowPct;
    double limitPct = 0.0;

    friend bool operator==(const LimitBand&, const LimitBand&) = default;
};

/// An accuracy class of active energy meters as data (resources/calibration/accuracy-classes.json).
struct AccuracyClass
{
    QString id; ///< what a test plan names, e.g. "IEC 62053-22 0.5S"
    QString title; ///< for certificates
    double startingCurrentPct = 0.0; ///< of In
    double noLoadVoltagePct = 115.0; ///< of Un
    QList<LimitBand> bands;

    /// The limit of the % error at `currentPct` of In and power factor `pf` (1: unity; the
    /// magnitude, with `inductive` telling the side), for `load`; nullopt where the class sets
    /// none (the point cannot be judged).
    std::optional<double> limitPct(double currentPct, double pf, bool inductive, LoadKind load) const;

    friend bool operator==(const AccuracyClass&, const AccuracyClass&) = default;
};

/// The class table built into the program.
QList<AccuracyClass> builtInAccuracyClasses();
/// The built-in class called `id`, or an error that lists the known ones.
Result<AccuracyClass> findAccuracyClass(const QString& id);
/// Reads a class table; `source` names it in errors.
Result<QList<AccuracyClass>> readAccuracyClasses(const QByteArray& json, const QString& source);

} // namespace iotpro::calibration
