#pragma once

#include "calibration/Certificate.h"
#include "common/Result.h"
#include "storage/CalibrationRecords.h"

#include <QString>

#include <optional>

namespace iotpro::report {

/// Where a calibration's outputs go (docs/calibration.md, "Outputs").
struct CalibrationTargets
{
    QString certificatePath; ///< the PDF
    QString csvPath; ///< the CSV log rows are appended to; empty: none
    QString batch; ///< the production batch recorded with it; empty: none
};

/// What one module's calibration leaves behind, the same from the CLI and the app's Bench mode:
/// its certificate (PDF, written whole), its CSV rows, and its record in the job history.
class CalibrationOutputs
{
public:
    /// The certificate, then the CSV rows; an error names the file that could not be written.
    static Result<void> writeFiles(const calibration::Certificate& certificate, const CalibrationTargets& targets);

    /// The job history's record of `certificate`, with every point of every run.
    static storage::CalibrationRecord record(const calibration::Certificate& certificate, const CalibrationTargets& targets);

    /// Records `certificate` in the history at `historyPath`; with a batch, the batch's yield
    /// after it (nullopt without one).
    static Result<std::optional<storage::BatchYield>> recordInHistory(
        const QString& historyPath, const calibration::Certificate& certificate, const CalibrationTargets& targets);
};

} // namespace iotpro::report
