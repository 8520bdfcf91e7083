#pragma once

#include "report/CalibrationOutputs.h"
#include "storage/CalibrationRecords.h"

#include <QCoreApplication>

namespace iotpro::cli {

struct CommandContext;

/// The production bench's side of the job history the command line names (--history FILE, else
/// the default): each certificate's record, and the batch a run belongs to (docs/calibration.md,
/// "Job history and batches").
class CalibrationRecording
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::CalibrationRecording)

public:
    /// The record of `moduleSerial` that already passed in `batch`, if any: a resumed batch skips
    /// that module. An error when the history cannot be read (the batch cannot be resumed safely).
    static Result<std::optional<storage::CalibrationRecord>> passedInBatch(
        CommandContext& context, const QString& batch, const QString& moduleSerial);

    /// Records `certificate` (written to `targets`) with every point of every run; then, for a
    /// batch, prints its yield. A history that cannot be written costs one warning on stderr,
    /// never the command's result: the certificate is written.
    static void record(CommandContext& context, const calibration::Certificate& certificate,
        const report::CalibrationTargets& targets);
};

} // namespace iotpro::cli
