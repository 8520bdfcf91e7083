#include "SessionStore.h"

#include "HistoryDatabase.h"
#include "JobTree.h"
#include "RecordJson.h"
#include "SqlResult.h"
#include "commissioning/CommissioningJson.h"
#include "config/ConfigHash.h"
#include "config/ConfigJson.h"
#include "electrical/DiagnosisJson.h"

#include <QJsonDocument>

namespace iotpro::storage {

namespace {

using recordjson::hex;
using recordjson::isoTime;

constexpr QStringView kLiveCheck = u"live_check";
constexpr QStringView kNetworkCheck = u"network";
constexpr QStringView kIoCheck = u"io";

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QVariant nullableText(bool present, const QString& text)
{
    return present ? QVariant(text) : QVariant(QMetaType(QMetaType::QString));
}

/// What the text search looks in, folded to lower case once here instead of on every search.
QString searchText(const SessionRecord& record)
{
    const config::InstallationConfig& place = record.config.installation;
    return QStringList { record.module.serialNumber, place.site, place.panel, place.circuit, place.notes,
        record.technician, record.company, record.uuid.toString(QUuid::WithoutBraces) }
        .join(u'\n')
        .toLower();
}

QString checklistText(const std::optional<QList<ChecklistItem>>& items)
{
    QStringList names;
    for (ChecklistItem item : items.value_or(QList<ChecklistItem>()))
        names.append(checklistName(item));
    return names.join(u',');
}

Result<qint64> moduleId(QSqlDatabase& database, const SessionRecord& record, std::optional<qint64> circuit)
{
    QSqlQuery query(database);
    const ModuleIdentity& module = record.module;
    Result<void> identified = run(query,
        u"INSERT INTO modules (serial_number, hardware_revision, firmware_version) VALUES (?, ?, ?) "
        "ON CONFLICT (serial_number) DO UPDATE SET hardware_revision = excluded.hardware_revision, "
        "firmware_version = excluded.firmware_version"_qs,
        { module.serialNumber, module.hardwareRevision, module.firmwareVersion });
    if (!identified)
        return identified.error();
    if (record.written) {
        // Where the module is and how it joins LoRaWAN change only with a configuration it runs.
        const config::LorawanConfig& lorawan = record.config.network.lorawan;
        Result<void> placed = run(query,
            u"UPDATE modules SET circuit_id = ?, dev_eui = ?, join_eui = ? WHERE serial_number = ?"_qs,
            { circuit ? QVariant(*circuit) : QVariant(QMetaType(QMetaType::LongLong)),
                lorawan.enabled ? lorawan.devEui : QString(), lorawan.enabled ? lorawan.joinEui : QString(),
                module.serialNumber });
        if (!placed)
            return placed.error();
    }
    if (Result<void> found = run(query, u"SELECT id FROM modules WHERE serial_number = ?"_qs,
            { module.serialNumber });
        !found)
        return found.error();
    if (!query.next())
        return StorageTexts::failed(query);
    return query.value(0).toLongLong();
}

Result<void> saveLiveCheck(QSqlDatabase& database, qint64 session, const LiveCheckRecord& check)
{
    QSqlQuery query(database);
    Result<void> snapshot = run(query,
        u"INSERT INTO session_snapshots (session_id, kind, verdict, acknowledged, snapshot_json) "
        "VALUES (?, ?, ?, ?, ?)"_qs,
        { session, kLiveCheck.toString(), electrical::verdictName(check.verdict), check.acknowledgedWithoutPass,
            compact(toJson(check.snapshot)) });
    if (!snapshot)
        return snapshot;
    if (!query.prepare(u"INSERT INTO session_findings (session_id, position, code, severity, resolution, "
                       "finding_json) VALUES (?, ?, ?, ?, ?, ?)"_qs))
        return StorageTexts::failed(query);
    for (qsizetype position = 0; position < check.findings.size(); ++position) {
        const RecordedFinding& recorded = check.findings[position];
        Result<void> finding = rerun(query,
            { session, position, electrical::codeName(recorded.finding.code),
                electrical::severityName(recorded.finding.severity), resolutionName(recorded.resolution),
                compact(electrical::toJson(recorded.finding)) });
        if (!finding)
            return finding;
    }
    return {};
}

Result<void> saveCheck(QSqlQuery& query, qint64 session, QStringView kind, const QJsonObject& json)
{
    return run(query, u"INSERT INTO session_checks (session_id, kind, result_json) VALUES (?, ?, ?)"_qs,
        { session, kind.toString(), compact(json) });
}

Result<void> saveParts(QSqlDatabase& database, qint64 session, const SessionRecord& record)
{
    if (record.liveCheck) {
        if (Result<void> saved = saveLiveCheck(database, session, *record.liveCheck); !saved)
            return saved;
    }
    QSqlQuery query(database);
    if (!record.envelope.isEmpty()) {
        Result<void> envelope = run(query,
            u"INSERT INTO session_envelopes (session_id, payload, signature, signer_public_key) VALUES (?, ?, ?, ?)"_qs,
            { session, record.envelope.payload, record.envelope.signature, record.envelope.signerPublicKey });
        if (!envelope)
            return envelope;
    }
    if (record.network) {
        if (Result<void> saved = saveCheck(query, session, kNetworkCheck, commissioning::toJson(*record.network));
            !saved)
            return saved;
    }
    if (record.io) {
        if (Result<void> saved = saveCheck(query, session, kIoCheck, recordjson::toJson(*record.io)); !saved)
            return saved;
    }
    return {};
}

/// A stored JSON document, or the reader's problem when it is not one.
QJsonObject document(JsonFieldReader& reader, const QVariant& column)
{
    if (column.isNull())
        return {};
    return reader.parseObject(column.toString().toUtf8()).value_or(QJsonObject());
}

template <typename Enum>
Enum enumFrom(JsonFieldReader& reader, const QString& field, const QString& name, std::optional<Enum> value)
{
    if (!value)
        reader.fail(field, QStringLiteral("unknown value \"%1\"").arg(name));
    return value.value_or(Enum {});
}

std::optional<electrical::Verdict> verdictFromName(const QString& name)
{
    for (electrical::Verdict verdict : { electrical::Verdict::Pass, electrical::Verdict::Warn, electrical::Verdict::Fail }) {
        if (electrical::verdictName(verdict) == name)
            return verdict;
    }
    return std::nullopt;
}

Result<void> loadLiveCheck(QSqlDatabase& database, JsonFieldReader& reader, SessionRecord& record)
{
    QSqlQuery query(database);
    if (Result<void> read = run(query,
            u"SELECT verdict, acknowledged, snapshot_json FROM session_snapshots WHERE session_id = ? AND kind = ?"_qs,
            { record.id, kLiveCheck.toString() });
        !read)
        return read;
    if (!query.next())
        return {};
    LiveCheckRecord check;
    const QString verdict = query.value(0).toString();
    check.verdict = enumFrom(reader, u"live_check.verdict"_qs, verdict, verdictFromName(verdict));
    check.acknowledgedWithoutPass = query.value(1).toBool();
    check.snapshot = recordjson::readSnapshot(reader, document(reader, query.value(2)), u"live_check.snapshot"_qs);
    if (Result<void> read = run(query,
            u"SELECT resolution, finding_json FROM session_findings WHERE session_id = ? ORDER BY position"_qs,
            { record.id });
        !read)
        return read;
    while (query.next()) {
        const QString path = JsonFieldReader::element(u"live_check.findings"_qs, check.findings.size());
        RecordedFinding recorded;
        const QString resolution = query.value(0).toString();
        recorded.resolution = enumFrom(reader, path, resolution, resolutionFromName(resolution));
        recorded.finding = recordjson::readFinding(reader, document(reader, query.value(1)), path);
        check.findings.append(recorded);
    }
    record.liveCheck = check;
    return {};
}

Result<void> loadParts(QSqlDatabase& database, JsonFieldReader& reader, SessionRecord& record)
{
    if (Result<void> live = loadLiveCheck(database, reader, record); !live)
        return live;
    QSqlQuery query(database);
    if (Result<void> read = run(query,
            u"SELECT payload, signature, signer_public_key FROM session_envelopes WHERE session_id = ?"_qs,
            { record.id });
        !read)
        return read;
    if (query.next())
        record.envelope = { query.value(0).toByteArray(), query.value(1).toByteArray(), query.value(2).toByteArray() };
    if (Result<void> read = run(query, u"SELECT kind, result_json FROM session_checks WHERE session_id = ?"_qs,
            { record.id });
        !read)
        return read;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QJsonObject json = document(reader, query.value(1));
        if (kind == kNetworkCheck)
            record.network = recordjson::readNetwork(reader, json, u"network"_qs);
        else if (kind == kIoCheck)
            record.io = recordjson::readIo(reader, json, u"io"_qs);
        else
            reader.fail(u"checks"_qs, QStringLiteral("unknown check \"%1\"").arg(kind));
    }
    return {};
}

} // namespace

SessionStore::SessionStore(HistoryDatabase& database)
    : m_database(database)
{ }

Result<qint64> SessionStore::save(const SessionRecord& given)
{
    SessionRecord record = given;
    record.config = config::withoutSecrets(record.config);
    if (record.written)
        record.written->config = record.config;
    QSqlDatabase& database = m_database.connection();
    qint64 id = 0;
    Result<void> saved = inTransaction(database, [&]() -> Result<void> {
        const Result<std::optional<qint64>> circuit = jobtree::circuitOf(database, record.config.installation);
        if (!circuit)
            return circuit.error();
        const Result<qint64> module = moduleId(database, record, circuit.value());
        if (!module)
            return module.error();
        QSqlQuery query(database);
        Result<void> inserted = run(query,
            u"INSERT INTO sessions (uuid, module_id, circuit_id, origin, result, started_utc, finished_utc, time_zone, "
            "technician, company, tool_version, module_json, config_json, config_sha256, config_counter, write_json, "
            "write_failure_json, network_check_error, checklist, checklist_asked, search_text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs,
            { record.uuid.toString(QUuid::WithoutBraces), module.value(),
                circuit.value() ? QVariant(*circuit.value()) : QVariant(QMetaType(QMetaType::LongLong)),
                originName(record.origin), resultName(record.result()), isoTime(record.startedAt),
                isoTime(record.finishedAt), record.timeZone, record.technician, record.company, record.toolVersion,
                compact(recordjson::toJson(record.module)), QString::fromUtf8(config::toJson(record.config)),
                hex(config::configHash(record.config)),
                record.written ? QVariant(qint64(record.written->counter)) : QVariant(QMetaType(QMetaType::LongLong)),
                nullableText(record.written.has_value(),
                    record.written ? compact(commissioning::toJson(*record.written)) : QString()),
                nullableText(record.writeFailure.has_value(),
                    record.writeFailure ? compact(recordjson::toJson(*record.writeFailure)) : QString()),
                record.networkCheckError, checklistText(record.checklist), record.checklist.has_value(),
                searchText(record) });
        if (!inserted)
            return inserted;
        id = query.lastInsertId().toLongLong();
        return saveParts(database, id, record);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<void> SessionStore::updateFollowUp(const SessionRecord& record)
{
    QSqlDatabase& database = m_database.connection();
    return inTransaction(database, [&]() -> Result<void> {
        QSqlQuery query(database);
        Result<void> updated = run(query,
            u"UPDATE sessions SET result = ?, finished_utc = ?, network_check_error = ?, checklist = ?, "
            "checklist_asked = ? WHERE id = ?"_qs,
            { resultName(record.result()), isoTime(record.finishedAt), record.networkCheckError,
                checklistText(record.checklist), record.checklist.has_value(), record.id });
        if (!updated)
            return updated;
        if (query.numRowsAffected() != 1)
            return unknownSession(record.id);
        Result<void> dropped = run(query, u"DELETE FROM session_checks WHERE session_id = ? AND kind = ?"_qs,
            { record.id, kNetworkCheck.toString() });
        if (!dropped || !record.network)
            return dropped;
        return saveCheck(query, record.id, kNetworkCheck, commissioning::toJson(*record.network));
    });
}

Error SessionStore::unknownSession(qint64 id) const
{
    return Errors::make(ErrorKind::InvalidFile,
        tr("There is no session %1 in the job history %2; \"iotpro-cli history list\" shows the sessions.")
            .arg(id)
            .arg(m_database.path()));
}

Result<SessionRecord> SessionStore::load(qint64 id)
{
    QSqlDatabase& database = m_database.connection();
    QSqlQuery query(database);
    Result<void> read = run(query,
        u"SELECT uuid, origin, started_utc, finished_utc, time_zone, technician, company, tool_version, module_json, "
        "config_json, write_json, write_failure_json, network_check_error, checklist, checklist_asked FROM sessions "
        "WHERE id = ?"_qs,
        { id });
    if (!read)
        return read.error();
    if (!query.next())
        return unknownSession(id);
    JsonFieldReader reader(tr("session %1 of the job history").arg(id));
    SessionRecord record;
    record.id = id;
    record.uuid = QUuid::fromString(query.value(0).toString());
    const QString origin = query.value(1).toString();
    record.origin = enumFrom(reader, u"origin"_qs, origin, originFromName(origin));
    const QJsonObject times { { u"started"_qs, query.value(2).toString() }, { u"finished"_qs, query.value(3).toString() } };
    record.startedAt = recordjson::readTime(reader, times, {}, u"started"_qs);
    record.finishedAt = recordjson::readTime(reader, times, {}, u"finished"_qs);
    record.timeZone = query.value(4).toString();
    record.technician = query.value(5).toString();
    record.company = query.value(6).toString();
    record.toolVersion = query.value(7).toString();
    record.module = recordjson::readModule(reader, document(reader, query.value(8)), u"module"_qs);
    config::ReadResult<config::DeviceConfig> configuration = config::fromJson(query.value(9).toString().toUtf8());
    if (configuration)
        record.config = configuration.value();
    else
        reader.fail(u"config"_qs, configuration.problem().toString());
    if (!query.value(10).isNull())
        record.written = recordjson::readWritten(reader, document(reader, query.value(10)), u"written"_qs, record.config);
    if (!query.value(11).isNull())
        record.writeFailure = recordjson::readWriteFailure(reader, document(reader, query.value(11)), u"write_failure"_qs);
    record.networkCheckError = query.value(12).toString();
    if (query.value(14).toBool()) {
        record.checklist.emplace();
        for (const QString& name : query.value(13).toString().split(u',', Qt::SkipEmptyParts))
            record.checklist->append(enumFrom(reader, u"checklist"_qs, name, checklistFromName(name)));
    }
    if (Result<void> parts = loadParts(database, reader, record); !parts)
        return parts.error();
    if (!reader.ok())
        return *reader.error();
    return record;
}

Result<QList<SessionSummary>> SessionStore::find(const SessionFilter& filter)
{
    QString sql = u"SELECT s.id, s.uuid, m.serial_number, s.started_utc, s.result, s.origin, "
                  "COALESCE(si.name, ''), COALESCE(p.name, ''), COALESCE(c.name, ''), s.technician "
                  "FROM sessions s JOIN modules m ON m.id = s.module_id "
                  "LEFT JOIN circuits c ON c.id = s.circuit_id LEFT JOIN panels p ON p.id = c.panel_id "
                  "LEFT JOIN sites si ON si.id = p.site_id WHERE 1"_qs;
    QVariantList values;
    for (const QString& word : filter.text.toLower().split(u' ', Qt::SkipEmptyParts)) {
        sql += u" AND instr(s.search_text, ?) > 0"_qs;
        values.append(word);
    }
    if (!filter.moduleSerial.isEmpty()) {
        sql += u" AND m.serial_number = ?"_qs;
        values.append(filter.moduleSerial);
    }
    if (filter.result) {
        sql += u" AND s.result = ?"_qs;
        values.append(resultName(*filter.result));
    }
    if (filter.from.isValid()) {
        sql += u" AND s.started_utc >= ?"_qs;
        values.append(isoTime(filter.from));
    }
    if (filter.until.isValid()) {
        sql += u" AND s.started_utc < ?"_qs;
        values.append(isoTime(filter.until));
    }
    sql += u" ORDER BY s.started_utc DESC, s.id DESC"_qs;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_qs;
        values.append(filter.limit);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StorageTexts::failed(query);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec())
        return StorageTexts::failed(query);
    QList<SessionSummary> sessions;
    while (query.next()) {
        SessionSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.uuid = QUuid::fromString(query.value(1).toString());
        summary.moduleSerial = query.value(2).toString();
        summary.startedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs).toUTC();
        summary.result = resultFromName(query.value(4).toString()).value_or(SessionResult::Incomplete);
        summary.origin = originFromName(query.value(5).toString()).value_or(SessionOrigin::CliApply);
        summary.site = query.value(6).toString();
        summary.panel = query.value(7).toString();
        summary.circuit = query.value(8).toString();
        summary.technician = query.value(9).toString();
        sessions.append(summary);
    }
    return sessions;
}

Result<void> SessionStore::saveReport(qint64 sessionId, const StoredReport& report)
{
    QSqlDatabase& database = m_database.connection();
    return inTransaction(database, [&]() -> Result<void> {
        QSqlQuery query(database);
        return run(query,
            u"INSERT OR REPLACE INTO reports (session_id, report_id, created_utc, content_sha256, json) "
            "VALUES (?, ?, ?, ?, ?)"_qs,
            { sessionId, report.reportId, isoTime(report.createdAt), report.contentSha256,
                QString::fromUtf8(report.json) });
    });
}

Result<std::optional<StoredReport>> SessionStore::report(qint64 sessionId)
{
    QSqlQuery query(m_database.connection());
    if (Result<void> read = run(query,
            u"SELECT report_id, created_utc, content_sha256, json FROM reports WHERE session_id = ?"_qs, { sessionId });
        !read)
        return read.error();
    if (!query.next())
        return std::optional<StoredReport>();
    return std::optional<StoredReport>(StoredReport { query.value(0).toString(),
        QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC(), query.value(2).toString(),
        query.value(3).toString().toUtf8() });
}

} // namespace iotpro::storage
