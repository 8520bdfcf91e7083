#pragma once

#include "SessionRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iotpro::storage {

class HistoryDatabase;

/// One line of the history list.
struct SessionSummary
{
    qint64 id = 0;
    QUuid uuid;
    QString moduleSerial;
    QDateTime startedAt;
    SessionResult result = SessionResult::Incomplete;
    SessionOrigin origin = SessionOrigin::CliApply;
    QString site;
    QString panel;
    QString circuit;
    QString technician;

    friend bool operator==(const SessionSummary&, const SessionSummary&) = default;
};

/// Which sessions to list; every condition given must hold.
struct SessionFilter
{
    /// Words that must each appear (any case) in the module serial, site, panel, circuit, notes,
    /// technician, company or report id.
    QString text;
    QString moduleSerial; ///< exactly this module
    std::optional<SessionResult> result;
    QDateTime from; ///< started at or after (invalid: no limit)
    QDateTime until; ///< started before (invalid: no limit)
    int limit = 0; ///< at most this many, newest first; 0: all

    friend bool operator==(const SessionFilter&, const SessionFilter&) = default;
};

/// A report generated from a session, kept with it.
struct StoredReport
{
    QString reportId;
    QDateTime createdAt;
    QString contentSha256; ///< hex, as in the report's "integrity"
    QByteArray json;

    friend bool operator==(const StoredReport&, const StoredReport&) = default;
};

/// The commissioning sessions of the job history: each saved whole in one transaction, with its
/// site, panel, circuit and module, its live check snapshot and findings, its signed envelope and
/// its network and I/O results.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::SessionStore)

public:
    explicit SessionStore(HistoryDatabase& database);

    /// Saves a new session and returns its id. The configuration is stored without its secrets,
    /// whatever `record` holds: the history never holds a passphrase or a key.
    Result<qint64> save(const SessionRecord& record);
    /// What may still change once a session is saved, while the technician is still with the
    /// module (the wizard's Verify page): the network check run again (the latest result, or why
    /// it could not run, replaces the saved one), the safety checklist, and with them the result
    /// and the end time. Taken from `record` (the whole session, its id naming it); everything
    /// else stays as saved. One transaction.
    Result<void> updateFollowUp(const SessionRecord& record);
    /// The session `id` as saved.
    Result<SessionRecord> load(qint64 id);
    /// The sessions that match, newest first.
    Result<QList<SessionSummary>> find(const SessionFilter& filter = {});

    /// Keeps `report` with session `sessionId`, replacing an earlier one.
    Result<void> saveReport(qint64 sessionId, const StoredReport& report);
    /// The report kept with the session, if one was generated.
    Result<std::optional<StoredReport>> report(qint64 sessionId);

private:
    Error unknownSession(qint64 id) const;

    HistoryDatabase& m_database;
};

} // namespace iotpro::storage
