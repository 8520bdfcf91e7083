#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace iotpro::storage {

/// The job history's SQLite file, open and at the current schema. Settings that make it survive
/// a crash or a power cut (docs/history.md): write-ahead log (journal_mode=WAL), every commit
/// synced to disk before it returns (synchronous=FULL), foreign keys enforced, and a busy timeout
/// so the app and the CLI can write the same file. One object per connection; not shared
/// between threads.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::HistoryDatabase)

public:
    /// How long a writer waits for another one before it gives up.
    static constexpr int BusyTimeoutMs = 10000;

    /// Opens (or creates, with its directory) the database at `path` and brings its schema up to
    /// date; why not, in words a user can act on.
    static Result<std::unique_ptr<HistoryDatabase>> open(const QString& path);

    /// The default file, shared by the app and the CLI: "IoT Pro/history.sqlite" in the user's
    /// data directory (QStandardPaths::GenericDataLocation; ~/.local/share on Linux).
    static QString defaultPath();

    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    QSqlDatabase& connection() { return m_database; }
    const QString& path() const { return m_path; }

    /// SQLite's own check of every page and index ("PRAGMA integrity_check"): ok, or what is wrong.
    Result<void> checkIntegrity();

private:
    HistoryDatabase(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_database;
};

} // namespace iotpro::storage
