#include "SessionRecording.h"

#include "Command.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "storage/HistoryDatabase.h"
#include "storage/ProfileStore.h"
#include "storage/SessionStore.h"

namespace iotpro::cli {

void SessionRecording::record(CommandContext& context, const storage::SessionRecord& record)
{
    using namespace storage;
    const auto warn = [&context](const Error& error) { warnNotRecorded(context, error); };
    Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(GlobalOptions::historyPath(context.parser));
    if (!database)
        return warn(database.error());
    const Result<Profile> profile = ProfileStore(*database.value()).load();
    if (!profile)
        return warn(profile.error());
    SessionStore store(*database.value());
    const Result<qint64> id = SessionRecorder(store, profile.value()).record(record);
    if (!id)
        return warn(id.error());
    if (!context.parser.isSet(GlobalOptions::json()))
        context.console.line(tr("Recorded as session %1 in the job history (iotpro-cli report --session %1).").arg(id.value()));
}

void SessionRecording::warnNotRecorded(CommandContext& context, const Error& error)
{
    context.console.error(tr("not recorded in the job history: %1").arg(error.toString()));
}

} // namespace iotpro::cli
