#pragma once

#include "storage/SessionRecord.h"

#include <QCoreApplication>

namespace iotpro::cli {

struct CommandContext;

/// Records a session in the job history the command line names (--history FILE, else the
/// default), with the profile kept there. A history that cannot be written costs one warning on
/// stderr, never the command's result: the module is configured either way. Prints the session id
/// (text mode) so a report can be made from it.
class SessionRecording
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::SessionRecording)

public:
    static void record(CommandContext& context, const storage::SessionRecord& record);
    /// The one warning a history that cannot be written costs (calibrations are recorded the same way).
    static void warnNotRecorded(CommandContext& context, const Error& error);
};

} // namespace iotpro::cli
