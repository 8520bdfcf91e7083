#include "JobTree.h"

#include "SqlResult.h"
#include "config/ProtoEnums.h"

namespace iotpro::storage::jobtree {

namespace {

/// The id of the row `insert` creates or `select` finds, both bound to `values`.
Result<qint64> upsert(QSqlDatabase& database, const QString& insert, const QString& select,
    std::initializer_list<QVariant> values)
{
    QSqlQuery query(database);
    if (Result<void> inserted = run(query, insert, values); !inserted)
        return inserted.error();
    if (Result<void> found = run(query, select, values); !found)
        return found.error();
    if (!query.next())
        return StorageTexts::failed(query);
    return query.value(0).toLongLong();
}

} // namespace

Result<qint64> siteId(QSqlDatabase& database, const QString& site)
{
    return upsert(database, u"INSERT INTO sites (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_qs,
        u"SELECT id FROM sites WHERE name = ?"_qs, { site });
}

Result<qint64> panelId(QSqlDatabase& database, qint64 site, const QString& panel)
{
    return upsert(database,
        u"INSERT INTO panels (site_id, name) VALUES (?, ?) ON CONFLICT (site_id, name) DO NOTHING"_qs,
        u"SELECT id FROM panels WHERE site_id = ? AND name = ?"_qs, { site, panel });
}

Result<qint64> circuitId(QSqlDatabase& database, qint64 panel, const QString& circuit)
{
    return upsert(database,
        u"INSERT INTO circuits (panel_id, name) VALUES (?, ?) ON CONFLICT (panel_id, name) DO NOTHING"_qs,
        u"SELECT id FROM circuits WHERE panel_id = ? AND name = ?"_qs, { panel, circuit });
}

Result<std::optional<qint64>> circuitOf(QSqlDatabase& database, const config::InstallationConfig& installation)
{
    if (installation.site.trimmed().isEmpty())
        return std::optional<qint64>();
    const Result<qint64> site = siteId(database, installation.site);
    if (!site)
        return site.error();
    const Result<qint64> panel = panelId(database, site.value(), installation.panel);
    if (!panel)
        return panel.error();
    const Result<qint64> circuit = circuitId(database, panel.value(), installation.circuit);
    if (!circuit)
        return circuit.error();
    QSqlQuery query(database);
    if (Result<void> pointed = run(query, u"UPDATE circuits SET installation_point = ? WHERE id = ?"_qs,
            { config::protoenums::protoName(installation.point), circuit.value() });
        !pointed)
        return pointed.error();
    return std::optional<qint64>(circuit.value());
}

} // namespace iotpro::storage::jobtree
