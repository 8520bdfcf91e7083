#include "TemplateStore.h"

#include "HistoryDatabase.h"
#include "RecordJson.h"
#include "SqlResult.h"
#include "config/ConfigJson.h"

namespace iotpro::storage {

namespace {

void dropSecret(QString& secret, bool& flag)
{
    secret.clear();
    flag = false;
}

Result<ConfigTemplate> fromRow(const QSqlQuery& query)
{
    ConfigTemplate stored;
    stored.name = query.value(0).toString();
    stored.description = query.value(1).toString();
    stored.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
    const config::ReadResult<config::DeviceConfig> read
        = config::fromJson(query.value(3).toString().toUtf8());
    if (!read) {
        return Errors::make(ErrorKind::InvalidFile,
            TemplateStore::tr("The template \"%1\" in the job history cannot be read (%2); save it again.")
                .arg(stored.name, read.problem().toString()));
    }
    stored.config = read.value();
    return stored;
}

} // namespace

TemplateStore::TemplateStore(HistoryDatabase& database)
    : m_database(database)
{ }

config::DeviceConfig TemplateStore::generalize(config::DeviceConfig config)
{
    config::NetworkConfig& network = config.network;
    dropSecret(network.wifi.passphrase, network.wifi.passphraseSet);
    dropSecret(network.lorawan.appKey, network.lorawan.appKeySet);
    dropSecret(network.cellular.password, network.cellular.passwordSet);
    // What names one device: two modules with the same DevEUI or IPv4 address would collide.
    network.lorawan.devEui.clear();
    network.wifi.ipv4.address.clear();
    for (config::DigitalInputConfig& input : config.inputs.digitalInputs) {
        for (config::Ds18b20Sensor& sensor : input.ds18b20.sensors)
            sensor.romCode.clear();
    }
    // What names one circuit; the kind of circuit (installation point) is what the template is for.
    config::InstallationConfig& installation = config.installation;
    installation.site.clear();
    installation.panel.clear();
    installation.circuit.clear();
    installation.notes.clear();
    return config;
}

config::DeviceConfig TemplateStore::forNextModule(const ConfigTemplate& stored, const CircuitPlace& place)
{
    config::DeviceConfig config = generalize(stored.config);
    config.installation.site = place.site;
    config.installation.panel = place.panel;
    config.installation.circuit = place.circuit;
    return config;
}

Result<void> TemplateStore::save(
    const QString& name, const QString& description, const config::DeviceConfig& config, bool replace)
{
    if (name.isEmpty() || name.size() > MaxNameLength || name.trimmed() != name) {
        return Errors::make(ErrorKind::InvalidOption,
            tr("A template name has 1 to %1 characters and no leading or trailing spaces; \"%2\" does not.")
                .arg(MaxNameLength)
                .arg(name));
    }
    QSqlDatabase& database = m_database.connection();
    return inTransaction(database, [&]() -> Result<void> {
        QSqlQuery query(database);
        if (Result<void> found = run(query, u"SELECT 1 FROM templates WHERE name = ?"_qs, { name }); !found)
            return found;
        if (query.next() && !replace) {
            return Errors::make(ErrorKind::InvalidOption,
                tr("There is already a template \"%1\"; choose another name or replace it.").arg(name));
        }
        // The secrets are dropped here, whatever the caller gave: a template is copied to every
        // module of a rollout and exported with the history.
        return run(query,
            u"INSERT INTO templates (name, description, created_utc, config_json) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET description = excluded.description, "
            "created_utc = excluded.created_utc, config_json = excluded.config_json"_qs,
            { name, description, recordjson::isoTime(QDateTime::currentDateTimeUtc()),
                QString::fromUtf8(config::toJson(generalize(config))) });
    });
}

Result<QList<ConfigTemplate>> TemplateStore::list()
{
    QSqlQuery query(m_database.connection());
    if (Result<void> read
        = run(query, u"SELECT name, description, created_utc, config_json FROM templates ORDER BY name"_qs);
        !read)
        return read.error();
    QList<ConfigTemplate> templates;
    while (query.next()) {
        Result<ConfigTemplate> stored = fromRow(query);
        if (!stored)
            return stored.error();
        templates.append(stored.value());
    }
    return templates;
}

Result<ConfigTemplate> TemplateStore::load(const QString& name)
{
    QSqlQuery query(m_database.connection());
    if (Result<void> read = run(query,
            u"SELECT name, description, created_utc, config_json FROM templates WHERE name = ?"_qs, { name });
        !read)
        return read.error();
    if (!query.next())
        return unknown(name);
    return fromRow(query);
}

Result<void> TemplateStore::remove(const QString& name)
{
    QSqlDatabase& database = m_database.connection();
    return inTransaction(database, [&]() -> Result<void> {
        QSqlQuery query(database);
        if (Result<void> deleted = run(query, u"DELETE FROM templates WHERE name = ?"_qs, { name }); !deleted)
            return deleted;
        if (query.numRowsAffected() < 1)
            return unknown(name);
        return {};
    });
}

Error TemplateStore::unknown(const QString& name) const
{
    return Errors::make(ErrorKind::InvalidOption,
        tr("There is no template \"%1\" in the job history %2; \"iotpro-cli history template list\" shows "
           "them.")
            .arg(name, m_database.path()));
}

} // namespace iotpro::storage
