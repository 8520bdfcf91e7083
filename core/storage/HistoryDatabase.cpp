#include "HistoryDatabase.h"

#include "Migrations.h"
#include "SqlResult.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace iotpro::storage {

namespace {

/// The pragmas are per connection and must run outside a transaction, before anything else.
Result<void> configure(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (Result<void> wal = run(query, u"PRAGMA journal_mode = WAL"_qs); !wal)
        return wal;
    // A file system without shared memory (some network shares) cannot do WAL: say so.
    if (!query.next() || query.value(0).toString().compare(u"wal"_qs, Qt::CaseInsensitive) != 0) {
        return Errors::make(ErrorKind::OpenFailed,
            HistoryDatabase::tr("The job history %1 cannot use a write-ahead log on this drive; keep it on a "
                                "local disk.")
                .arg(database.databaseName()));
    }
    for (const QString& pragma : { u"PRAGMA synchronous = FULL"_qs, u"PRAGMA foreign_keys = ON"_qs }) {
        if (Result<void> set = run(query, pragma); !set)
            return set;
    }
    return {};
}

} // namespace

HistoryDatabase::HistoryDatabase(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_database(QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName))
{
    m_database.setDatabaseName(m_path);
    m_database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(BusyTimeoutMs));
}

HistoryDatabase::~HistoryDatabase()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryDatabase::defaultPath()
{
    // Not AppDataLocation: that is per program, and the app and the CLI keep one history.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/IoT Pro/history.sqlite"_qs;
}

Result<std::unique_ptr<HistoryDatabase>> HistoryDatabase::open(const QString& path)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        return Errors::make(ErrorKind::OpenFailed,
            tr("Cannot create the folder %1 for the job history; choose another file with --history.")
                .arg(file.absolutePath()));
    }
    std::unique_ptr<HistoryDatabase> database(
        new HistoryDatabase(u"iotpro-history-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces), path));
    if (!database->m_database.open()) {
        return Errors::make(ErrorKind::OpenFailed,
            tr("Cannot open the job history %1 (%2); check that the file is a job history and that you may "
               "write it.")
                .arg(path, database->m_database.lastError().text()));
    }
    if (Result<void> configured = configure(database->m_database); !configured)
        return configured.error();
    if (Result<void> migrated = migrate(database->m_database); !migrated)
        return migrated.error();
    return database;
}

Result<void> HistoryDatabase::checkIntegrity()
{
    QSqlQuery query(m_database);
    if (Result<void> checked = run(query, u"PRAGMA integrity_check"_qs); !checked)
        return checked;
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList { u"ok"_qs })
        return {};
    return Errors::make(ErrorKind::InvalidFile,
        tr("The job history %1 is damaged: %2. Restore it from a backup.").arg(m_path, problems.join(u"; ")));
}

} // namespace iotpro::storage
