#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace iotpro::calibration {

/// The reference standard meter a bench compares against, as its own calibration certificate
/// describes it: what makes a bench's results traceable (docs/calibration.md, "Reference").
struct ReferenceStandard
{
    QString model;
    QString serialNumber;
    /// The reference's own calibration certificate, e.g. "D-K-15012-01 2025-0117".
    QString certificateNumber;
    QDate calibrationDue;
    /// Its accuracy (maximum permissible error) in % of reading; its standard uncertainty is
    /// taken as this over √3 (a rectangular distribution).
    double accuracyPct = 0.02;
    /// The register profile it is read through: a built-in name ("sdm630") or a file.
    QString registerProfile = QStringLiteral("sdm630");

    /// Standard uncertainty (k = 1) in % it adds to every accuracy point.
    double standardUncertaintyPct() const;

    /// An error when results against it would not be traceable on `today`: no due date, or one
    /// that has passed.
    Result<void> checkTraceable(const QDate& today) const;

    /// A reference description file (JSON); `source` names it in errors.
    static Result<ReferenceStandard> fromJson(const QByteArray& json, const QString& source);
    static Result<ReferenceStandard> load(const QString& path);

    friend bool operator==(const ReferenceStandard&, const ReferenceStandard&) = default;
};

} // namespace iotpro::calibration
