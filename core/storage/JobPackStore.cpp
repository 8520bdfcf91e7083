#include "JobPackStore.h"

#include "HistoryDatabase.h"
#include "JobTree.h"
#include "SqlResult.h"
#include "config/ProtoEnums.h"

#include <QJsonDocument>

namespace iotpro::storage {

namespace {

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

Error damagedPlan(const QString& what, const QList<config::ValidationIssue>& issues)
{
    return Errors::make(ErrorKind::InvalidFile,
        JobPackStore::tr("The plan of %1 in the job history cannot be read (%2); import the job pack again.")
            .arg(what, issues.value(0).toString()));
}

Result<void> importSite(QSqlDatabase& database, const JobSite& site)
{
    const Result<qint64> siteId = jobtree::siteId(database, site.name);
    if (!siteId)
        return siteId.error();
    QSqlQuery query(database);
    Result<void> planned
        = run(query, u"UPDATE sites SET address = ?, notes = ?, planned_network_json = ? WHERE id = ?"_qs,
            { site.address, site.notes,
                site.network ? QVariant(compact(jobpack::toJson(*site.network)))
                             : QVariant(QMetaType(QMetaType::QString)),
                siteId.value() });
    if (!planned)
        return planned;
    for (const JobPanel& panel : site.panels) {
        const Result<qint64> panelId = jobtree::panelId(database, siteId.value(), panel.name);
        if (!panelId)
            return panelId.error();
        for (const JobCircuit& circuit : panel.circuits) {
            const Result<qint64> circuitId = jobtree::circuitId(database, panelId.value(), circuit.name);
            if (!circuitId)
                return circuitId.error();
            Result<void> plannedCircuit = run(query,
                u"UPDATE circuits SET installation_point = ?, planned_config_json = ? WHERE id = ?"_qs,
                { config::protoenums::protoName(circuit.installationPoint), compact(jobpack::toJson(circuit)),
                    circuitId.value() });
            if (!plannedCircuit)
                return plannedCircuit;
        }
    }
    return {};
}

} // namespace

JobPackStore::JobPackStore(HistoryDatabase& database)
    : m_database(database)
{ }

Result<void> JobPackStore::importPack(const JobPack& pack)
{
    QSqlDatabase& database = m_database.connection();
    return inTransaction(database, [&]() -> Result<void> {
        for (const JobSite& site : pack.sites) {
            if (Result<void> imported = importSite(database, site); !imported)
                return imported;
        }
        return {};
    });
}

Result<JobPack> JobPackStore::tree()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // One row per circuit (or per empty site or panel), in name order, with its latest session.
    Result<void> read = run(query,
        u"SELECT si.name, si.address, si.notes, si.planned_network_json, p.name, c.name, "
        u"c.installation_point, "
        "c.planned_config_json, COALESCE(m.serial_number, ''), s.result, s.started_utc, c.id IS NOT NULL "
        "FROM sites si LEFT JOIN panels p ON p.site_id = si.id LEFT JOIN circuits c ON c.panel_id = p.id "
        "LEFT JOIN modules m ON m.circuit_id = c.id "
        "LEFT JOIN sessions s ON s.id = (SELECT l.id FROM sessions l WHERE l.circuit_id = c.id "
        "ORDER BY l.started_utc DESC, l.id DESC LIMIT 1) "
        "ORDER BY si.name, p.name, c.name, m.serial_number"_qs);
    if (!read)
        return read.error();
    JobPack pack;
    while (query.next()) {
        const QString siteName = query.value(0).toString();
        if (pack.sites.isEmpty() || pack.sites.last().name != siteName) {
            JobSite site { siteName, query.value(1).toString(), query.value(2).toString(), std::nullopt, {} };
            if (!query.value(3).isNull()) {
                QList<config::ValidationIssue> issues;
                site.network = jobpack::readNetwork(object(query.value(3)), issues);
                if (!site.network)
                    return damagedPlan(siteName, issues);
            }
            pack.sites.append(site);
        }
        JobSite& site = pack.sites.last();
        if (query.value(4).isNull())
            continue;
        const QString panelName = query.value(4).toString();
        if (site.panels.isEmpty() || site.panels.last().name != panelName)
            site.panels.append(JobPanel { panelName, {} });
        JobPanel& panel = site.panels.last();
        if (!query.value(11).toBool())
            continue;
        const QString circuitName = query.value(5).toString();
        // Two modules on one circuit give two rows: the circuit is listed once, with the first.
        if (!panel.circuits.isEmpty() && panel.circuits.last().name == circuitName)
            continue;
        JobCircuit circuit;
        if (!query.value(7).isNull()) {
            QList<config::ValidationIssue> issues;
            const std::optional<JobCircuit> planned = jobpack::readCircuit(object(query.value(7)), issues);
            if (!planned)
                return damagedPlan(QStringList { siteName, panelName, circuitName }.join(u" / "), issues);
            circuit = *planned;
        }
        circuit.name = circuitName;
        circuit.installationPoint
            = config::protoenums::fromProtoName<config::InstallationPoint>(query.value(6).toString())
                  .value_or(config::InstallationPoint::Unspecified);
        circuit.moduleSerial = query.value(8).toString();
        if (!query.value(9).isNull()) {
            circuit.lastResult = resultFromName(query.value(9).toString());
            circuit.lastSessionAt
                = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs).toUTC();
        }
        panel.circuits.append(circuit);
    }
    return pack;
}

Result<config::DeviceConfig> JobPackStore::plannedConfig(const CircuitPlace& place)
{
    const Result<JobPack> jobs = tree();
    if (!jobs)
        return jobs.error();
    for (const JobSite& site : jobs->sites) {
        for (const JobPanel& panel : site.panels) {
            for (const JobCircuit& circuit : panel.circuits) {
                if (site.name == place.site && panel.name == place.panel && circuit.name == place.circuit)
                    return jobpack::plannedConfig(site, panel, circuit);
            }
        }
    }
    return Errors::make(ErrorKind::InvalidOption,
        tr("There is no circuit \"%1\" in panel \"%2\" of site \"%3\" in the job history; \"iotpro-cli "
           "history tree\" "
           "lists them.")
            .arg(place.circuit, place.panel, place.site));
}

} // namespace iotpro::storage
