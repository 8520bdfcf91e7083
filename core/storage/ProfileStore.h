#pragma once

#include "SessionRecorder.h"
#include "common/Result.h"

namespace iotpro::storage {

class HistoryDatabase;

/// The profile kept in the job history itself, so the app and the CLI sign with the same names.
class ProfileStore
{
public:
    explicit ProfileStore(HistoryDatabase& database);

    Result<Profile> load();
    Result<void> save(const Profile& profile);

private:
    HistoryDatabase& m_database;
};

} // namespace iotpro::storage
