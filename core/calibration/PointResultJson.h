#pragma once

#include "Certificate.h"
#include "PointResult.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotpro::calibration {

/// `pass`, `fail_guard_band`, `fail`: the verdict in the CSV and JSON forms.
QString verdictCode(Verdict verdict);

/// `accuracy`, `starting_current`, `no_load`: the point's type in the CSV and JSON forms.
QString pointKindCode(PointKind kind);

/// A point's result as `iotpro-cli calibrate --json` prints it and the job history keeps it
/// (docs/calibration.md, "Outputs"), without its `run`.
QJsonObject pointResultJson(const PointResult& result);

/// Every point of every run of `certificate`, each with its `run` (`as_found`, `as_left`).
QJsonArray certificateResultsJson(const Certificate& certificate);

} // namespace iotpro::calibration
