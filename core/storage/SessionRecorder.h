#pragma once

#include "SessionRecord.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace iotpro::storage {

class SessionStore;

/// Who signs the reports of this history: set once per computer (`iotpro-cli history profile`),
/// filled into every session that does not name someone else.
struct Profile
{
    QString technician;
    QString company;

    friend bool operator==(const Profile&, const Profile&) = default;
};

/// Records commissioning sessions, the one way both faces (the wizard, `config apply`) write to
/// the job history: completes what a face does not know (report id, times, time zone, tool
/// version, technician and company from the profile) and saves the session whole.
class SessionRecorder
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::SessionRecorder)

public:
    SessionRecorder(SessionStore& store, Profile profile);

    /// Saves `record` as a new session and returns its id.
    Result<qint64> record(SessionRecord record);

    /// The live check as the wizard ran it: the last steady reading and its findings, and how each
    /// finding seen on the way ended against the configuration written (`written`, or none).
    static LiveCheckRecord liveCheck(const QList<std::pair<LiveSnapshot, electrical::Diagnosis>>& steadyWindows,
        bool acknowledgedWithoutPass, const std::optional<config::DeviceConfig>& written);

private:
    SessionStore& m_store;
    Profile m_profile;
};

} // namespace iotpro::storage
