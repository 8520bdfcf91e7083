#include "Migrations.h"

#include "SqlResult.h"

#include <QSqlDatabase>

namespace iotpro::storage {

namespace {

/// Version 1: the job hierarchy and the commissioning sessions with their parts.
Migration jobsAndSessions()
{
    return { 1,
        {
            u"CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "address TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')"_qs,
            u"CREATE TABLE panels (id INTEGER PRIMARY KEY, "
            "site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE, name TEXT NOT NULL, "
            "UNIQUE (site_id, name))"_qs,
            u"CREATE TABLE circuits (id INTEGER PRIMARY KEY, "
            "panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE, name TEXT NOT NULL, "
            "installation_point TEXT NOT NULL DEFAULT '', UNIQUE (panel_id, name))"_qs,
            // A module's row says where it is now and how it was last identified.
            u"CREATE TABLE modules (id INTEGER PRIMARY KEY, serial_number TEXT NOT NULL UNIQUE, "
            "circuit_id INTEGER REFERENCES circuits(id) ON DELETE SET NULL, "
            "hardware_revision TEXT NOT NULL DEFAULT '', firmware_version TEXT NOT NULL DEFAULT '', "
            "dev_eui TEXT NOT NULL DEFAULT '', join_eui TEXT NOT NULL DEFAULT '')"_qs,
            u"CREATE TABLE sessions (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
            "module_id INTEGER NOT NULL REFERENCES modules(id), "
            "circuit_id INTEGER REFERENCES circuits(id) ON DELETE SET NULL, "
            "origin TEXT NOT NULL, result TEXT NOT NULL, started_utc TEXT NOT NULL, finished_utc TEXT NOT NULL, "
            "time_zone TEXT NOT NULL, technician TEXT NOT NULL, company TEXT NOT NULL, tool_version TEXT NOT NULL, "
            "module_json TEXT NOT NULL, config_json TEXT NOT NULL, config_sha256 TEXT NOT NULL, "
            "config_counter INTEGER, write_json TEXT, write_failure_json TEXT, "
            "network_check_error TEXT NOT NULL DEFAULT '', checklist TEXT NOT NULL DEFAULT '', "
            "search_text TEXT NOT NULL)"_qs,
            u"CREATE INDEX sessions_by_start ON sessions (started_utc)"_qs,
            u"CREATE INDEX sessions_by_module ON sessions (module_id)"_qs,
            u"CREATE INDEX sessions_by_circuit ON sessions (circuit_id)"_qs,
            // The live check: the snapshot the verdict was taken from, then its findings.
            u"CREATE TABLE session_snapshots (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, verdict TEXT NOT NULL, acknowledged INTEGER NOT NULL, snapshot_json TEXT NOT NULL, "
            "PRIMARY KEY (session_id, kind))"_qs,
            u"CREATE TABLE session_findings (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL, resolution TEXT NOT NULL, "
            "finding_json TEXT NOT NULL, PRIMARY KEY (session_id, position))"_qs,
            u"CREATE TABLE session_envelopes (session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE, "
            "payload BLOB NOT NULL, signature BLOB NOT NULL, signer_public_key BLOB NOT NULL)"_qs,
            // Network and I/O check results, one row per kind.
            u"CREATE TABLE session_checks (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, "
            "kind TEXT NOT NULL, result_json TEXT NOT NULL, PRIMARY KEY (session_id, kind))"_qs,
        } };
}

/// Version 2: generated reports, templates for phased rollouts, the job profile.
Migration reportsAndTemplates()
{
    return { 2,
        {
            u"CREATE TABLE reports (session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE, "
            "report_id TEXT NOT NULL, created_utc TEXT NOT NULL, content_sha256 TEXT NOT NULL, json TEXT NOT NULL)"_qs,
            u"CREATE TABLE templates (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_utc TEXT NOT NULL, "
            "config_json TEXT NOT NULL)"_qs,
            u"CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_qs,
            // A planned configuration per circuit, from a job pack prepared in the office.
            u"ALTER TABLE circuits ADD COLUMN planned_config_json TEXT"_qs,
        } };
}

/// Version 3: what templates and job packs need beyond version 2's tables.
Migration templatesAndJobPacks()
{
    return { 3,
        {
            u"ALTER TABLE templates ADD COLUMN description TEXT NOT NULL DEFAULT ''"_qs,
            // A site's planned network settings (no secrets), from a job pack.
            u"ALTER TABLE sites ADD COLUMN planned_network_json TEXT"_qs,
        } };
}

/// Version 4: the production bench's calibrations, one per certificate (docs/calibration.md).
Migration calibrations()
{
    return { 4,
        {
            u"CREATE TABLE calibrations (id INTEGER PRIMARY KEY, certificate_id TEXT NOT NULL UNIQUE, "
            "module_id INTEGER NOT NULL REFERENCES modules(id), batch TEXT NOT NULL DEFAULT '', "
            "issued_utc TEXT NOT NULL, passed INTEGER NOT NULL, adjusted INTEGER NOT NULL, plan_name TEXT NOT NULL, "
            "accuracy_class TEXT NOT NULL, reference_serial TEXT NOT NULL, operator TEXT NOT NULL, "
            "certificate_path TEXT NOT NULL, results_json TEXT NOT NULL)"_qs,
            u"CREATE INDEX calibrations_by_batch ON calibrations (batch, module_id)"_qs,
        } };
}

/// Version 5: whether the wizard asked the safety checklist, so that "asked, nothing confirmed"
/// and "never asked" (a CLI apply) differ; a session with confirmed points was asked.
Migration checklistAsked()
{
    return { 5,
        {
            u"ALTER TABLE sessions ADD COLUMN checklist_asked INTEGER NOT NULL DEFAULT 0"_qs,
            u"UPDATE sessions SET checklist_asked = 1 WHERE checklist <> ''"_qs,
        } };
}

Result<void> apply(QSqlQuery& query, const Migration& migration)
{
    for (const QString& statement : migration.statements) {
        if (Result<void> done = run(query, statement); !done)
            return done;
    }
    return run(query, u"UPDATE schema_version SET version = ?"_qs, { migration.version });
}

Error newerThanThisTool(const QSqlDatabase& database, int version)
{
    return Errors::make(ErrorKind::InvalidFile,
        StorageTexts::tr("The job history %1 was written by a newer version of this tool (schema %2; this "
                         "version knows up to %3). Update the tool, or choose another file with --history.")
            .arg(database.databaseName())
            .arg(version)
            .arg(latestSchemaVersion()));
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps { jobsAndSessions(), reportsAndTemplates(), templatesAndJobPacks(),
        calibrations(), checklistAsked() };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

Result<int> schemaVersion(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (Result<void> listed
        = run(query, u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_qs);
        !listed)
        return listed.error();
    if (!query.next())
        return 0;
    if (Result<void> read = run(query, u"SELECT version FROM schema_version"_qs); !read)
        return read.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> migrate(QSqlDatabase& database, int target)
{
    // One transaction for the whole upgrade: two programs opening a new file at once cannot both
    // create the schema, and a crash leaves the previous whole version.
    return inTransaction(database, [&database, target]() -> Result<void> {
        QSqlQuery query(database);
        if (Result<void> made = run(query, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_qs);
            !made)
            return made;
        if (Result<void> read = run(query, u"SELECT version FROM schema_version"_qs); !read)
            return read;
        int current = 0;
        if (query.next()) {
            current = query.value(0).toInt();
        } else if (Result<void> first = run(query, u"INSERT INTO schema_version (version) VALUES (0)"_qs); !first) {
            return first;
        }
        if (current > latestSchemaVersion())
            return newerThanThisTool(database, current);
        for (const Migration& migration : migrations()) {
            if (migration.version <= current || migration.version > target)
                continue;
            if (Result<void> applied = apply(query, migration); !applied)
                return applied;
        }
        return {};
    });
}

} // namespace iotpro::storage
