#include "CommissionedModules.h"

#include "HistoryDatabase.h"
#include "SqlResult.h"
#include "config/ConfigJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace iotpro::storage {

Result<QList<CommissionedModule>> CommissionedModules::find(HistoryDatabase& database, const QString& site)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // The latest session with a verified write of each module: what the module runs now.
    Result<void> read = run(query,
        u"SELECT m.serial_number, m.hardware_revision, m.firmware_version, COALESCE(si.name, ''), "
        "COALESCE(p.name, ''), COALESCE(c.name, ''), s.id, s.result, s.config_sha256, s.config_counter, "
        "s.write_json, s.config_json FROM modules m "
        "JOIN sessions s ON s.id = (SELECT w.id FROM sessions w WHERE w.module_id = m.id AND w.write_json IS "
        "NOT NULL "
        "ORDER BY w.started_utc DESC, w.id DESC LIMIT 1) "
        "LEFT JOIN circuits c ON c.id = s.circuit_id LEFT JOIN panels p ON p.id = c.panel_id "
        "LEFT JOIN sites si ON si.id = p.site_id WHERE (? = '' OR si.name = ?) ORDER BY m.serial_number"_qs,
        { site, site });
    if (!read)
        return read.error();
    QList<CommissionedModule> modules;
    while (query.next()) {
        CommissionedModule module;
        module.serialNumber = query.value(0).toString();
        module.hardwareRevision = query.value(1).toString();
        module.firmwareVersion = query.value(2).toString();
        module.site = query.value(3).toString();
        module.panel = query.value(4).toString();
        module.circuit = query.value(5).toString();
        module.sessionId = query.value(6).toLongLong();
        module.result = resultFromName(query.value(7).toString()).value_or(SessionResult::Passed);
        module.configSha256 = query.value(8).toString();
        module.counter = query.value(9).toULongLong();
        const QJsonObject written = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
        module.signerFingerprint = written.value(u"signer_fingerprint"_qs).toString();
        module.committedAt
            = QDateTime::fromString(written.value(u"committed"_qs).toString(), Qt::ISODateWithMs).toUTC();
        const config::ReadResult<config::DeviceConfig> config
            = config::fromJson(query.value(11).toString().toUtf8());
        if (!config) {
            return Errors::make(ErrorKind::InvalidFile,
                tr("Session %1 of the job history holds a configuration that cannot be read (%2).")
                    .arg(module.sessionId)
                    .arg(config.problem().toString()));
        }
        module.installationPoint = config->installation.point;
        module.lorawan = config->network.lorawan;
        modules.append(module);
    }
    return modules;
}

} // namespace iotpro::storage
