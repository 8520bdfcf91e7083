#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

class QSqlDatabase;

/// The job history's schema as a list of steps, each taking the database from version N-1 to N
/// (docs/history.md). A step runs in one transaction together with the update of the
/// `schema_version` table, so a database is always at one whole version. Steps are only ever
/// appended: a released step never changes.
namespace iotpro::storage {

struct Migration
{
    int version = 0;
    QStringList statements;
};

/// Every step, in order; the last one's version is the schema this tool writes.
const QList<Migration>& migrations();
int latestSchemaVersion();

/// The version of `database` (0 for an empty file), or why it cannot be read.
Result<int> schemaVersion(QSqlDatabase& database);

/// Applies the steps after the database's version up to `target`. Refuses a database newer than
/// this tool knows (it would write rows an older schema cannot describe).
Result<void> migrate(QSqlDatabase& database, int target = latestSchemaVersion());

} // namespace iotpro::storage
