#include "JobPack.h"

#include "config/ConfigJson.h"
#include "config/ConfigValidator.h"
#include "config/ProtoEnums.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <functional>

namespace iotpro::storage::jobpack {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::JobPack)
};

const QString FormatName = u"iotpro-job-pack"_qs;

/// Fields that belong to one module: a job pack plans sites and circuits, not devices.
const QStringList& deviceFields()
{
    static const QStringList paths { u"network.lorawan.dev_eui"_qs, u"network.wifi.ipv4.address"_qs };
    return paths;
}

const QStringList& secretFields()
{
    static const QStringList paths { u"network.wifi.passphrase"_qs, u"network.lorawan.app_key"_qs,
        u"network.cellular.password"_qs };
    return paths;
}

QJsonObject defaultConfigJson()
{
    return QJsonDocument::fromJson(config::toJson(config::factoryDefaultConfig())).object();
}

/// `given` laid over `base`: objects key by key, arrays element by element, so a planned CT
/// input that names only its rating keeps the factory values of its other fields.
QJsonValue merged(const QJsonValue& base, const QJsonValue& given)
{
    if (base.isObject() && given.isObject()) {
        QJsonObject out = base.toObject();
        const QJsonObject over = given.toObject();
        for (auto it = over.begin(); it != over.end(); ++it)
            out.insert(it.key(), merged(out.value(it.key()), it.value()));
        return out;
    }
    if (base.isArray() && given.isArray()) {
        QJsonArray out = base.toArray();
        const QJsonArray over = given.toArray();
        for (qsizetype i = 0; i < over.size(); ++i) {
            if (i < out.size())
                out.replace(i, merged(out.at(i), over.at(i)));
            else
                out.append(over.at(i));
        }
        return out;
    }
    return given;
}

/// One section ("metering", "network") of a configuration in its JSON form.
QJsonObject sectionJson(const config::DeviceConfig& config, const QString& section)
{
    return QJsonDocument::fromJson(config::toJson(config)).object().value(section).toObject();
}

class Reader
{
public:
    QList<config::ValidationIssue> issues;

    void fail(const QString& path, const QString& message) { issues.append({ path, message }); }

    void rejectUnknown(const QJsonObject& object, const QString& path, const QStringList& known)
    {
        for (const QString& key : object.keys()) {
            if (!known.contains(key))
                fail(join(path, key), Texts::tr("A job pack has no such field here; check its spelling."));
        }
    }

    QString text(const QJsonObject& object, const QString& path, const QString& key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            fail(join(path, key),
                required ? Texts::tr("Enter a name (text in double quotes).")
                         : Texts::tr("This field takes text in double quotes."));
            return {};
        }
        return value.toString();
    }

    QJsonArray array(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isArray())
            fail(join(path, key), Texts::tr("This field takes a list, [ … ]."));
        return value.toArray();
    }

    /// The object at `index` of a list, or a problem.
    QJsonObject element(const QJsonArray& list, const QString& path, qsizetype index)
    {
        if (!list.at(index).isObject())
            fail(elementPath(path, index), Texts::tr("Each entry of this list is a JSON object, { … }."));
        return list.at(index).toObject();
    }

    void requireUnique(QSet<QString>& seen, const QString& name, const QString& path)
    {
        if (!name.isEmpty() && seen.contains(name))
            fail(join(path, u"name"_qs),
                Texts::tr("\"%1\" appears twice; each name is used once here.").arg(name));
        seen.insert(name);
    }

    /// `given` read as the `section` of a configuration, then checked by `ownRules` (when given)
    /// and by the configuration's rules, all reported together; problems of fields outside the
    /// section, of one device or of a secret are not the plan's.
    std::optional<config::DeviceConfig> section(const QJsonValue& given, const QString& path,
        const QString& section, const std::function<void(const config::DeviceConfig&)>& ownRules = {})
    {
        const QString sectionPath = join(path, section);
        if (!given.isObject()) {
            fail(sectionPath,
                Texts::tr("This field takes a JSON object, { … }, in the configuration's JSON form."));
            return std::nullopt;
        }
        QJsonObject document = defaultConfigJson();
        document.insert(section, merged(document.value(section), given));
        const config::ReadResult<config::DeviceConfig> read
            = config::fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact));
        if (!read) {
            fail(read.problem().fieldPath.isEmpty() ? sectionPath : join(path, read.problem().fieldPath),
                read.problem().message);
            return std::nullopt;
        }
        const qsizetype before = issues.size();
        if (ownRules)
            ownRules(read.value());
        for (const config::ValidationIssue& issue :
            config::validate(read.value(), { true, true, true, true })) {
            if (issue.fieldPath.startsWith(section + u'.') && !deviceFields().contains(issue.fieldPath)
                && !secretFields().contains(issue.fieldPath))
                fail(join(path, issue.fieldPath), issue.message);
        }
        if (issues.size() != before)
            return std::nullopt;
        return read.value();
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString elementPath(const QString& path, qsizetype index)
    {
        return u"%1[%2]"_qs.arg(path).arg(index);
    }
};

std::optional<config::NetworkConfig> readNetwork(
    Reader& reader, const QJsonValue& given, const QString& sitePath)
{
    const auto noSecretsNorDeviceFields = [&reader, &sitePath](const config::DeviceConfig& config) {
        const config::NetworkConfig& network = config.network;
        const std::pair<QString, QString> secrets[] { { secretFields()[0], network.wifi.passphrase },
            { secretFields()[1], network.lorawan.appKey }, { secretFields()[2], network.cellular.password } };
        const std::pair<QString, QString> deviceValues[] { { deviceFields()[0], network.lorawan.devEui },
            { deviceFields()[1], network.wifi.ipv4.address } };
        for (const auto& [path, value] : secrets) {
            if (!value.isEmpty()) {
                reader.fail(Reader::join(sitePath, path),
                    Texts::tr(
                        "A job pack carries no secrets; leave it empty, the technician enters it on site."));
            }
        }
        for (const auto& [path, value] : deviceValues) {
            if (!value.isEmpty()) {
                reader.fail(Reader::join(sitePath, path),
                    Texts::tr("This belongs to one module, not to a site; leave it empty and enter it in the "
                              "field."));
            }
        }
    };
    std::optional<config::DeviceConfig> read
        = reader.section(given, sitePath, u"network"_qs, noSecretsNorDeviceFields);
    if (!read)
        return std::nullopt;
    config::NetworkConfig network = read->network;
    network.wifi.passphraseSet = false;
    network.lorawan.appKeySet = false;
    network.cellular.passwordSet = false;
    return network;
}

JobCircuit readCircuit(Reader& reader, const QJsonObject& json, const QString& path)
{
    reader.rejectUnknown(json, path, { u"name"_qs, u"installation_point"_qs, u"notes"_qs, u"metering"_qs });
    JobCircuit circuit;
    circuit.name = reader.text(json, path, u"name"_qs, true);
    circuit.notes = reader.text(json, path, u"notes"_qs, false);
    if (json.contains(u"installation_point")) {
        const QString name = json.value(u"installation_point").toString();
        const std::optional<config::InstallationPoint> point
            = config::protoenums::fromProtoName<config::InstallationPoint>(name);
        if (point) {
            circuit.installationPoint = *point;
        } else {
            reader.fail(Reader::join(path, u"installation_point"_qs),
                Texts::tr("\"%1\" is not an installation point; use one of %2.")
                    .arg(name, config::protoenums::protoNames<config::InstallationPoint>().join(u", ")));
        }
    }
    if (json.contains(u"metering")) {
        if (std::optional<config::DeviceConfig> read
            = reader.section(json.value(u"metering"), path, u"metering"_qs))
            circuit.metering = read->metering;
    }
    return circuit;
}

JobSite readSite(Reader& reader, const QJsonObject& json, const QString& path)
{
    reader.rejectUnknown(json, path, { u"name"_qs, u"address"_qs, u"notes"_qs, u"network"_qs, u"panels"_qs });
    JobSite site;
    site.name = reader.text(json, path, u"name"_qs, true);
    site.address = reader.text(json, path, u"address"_qs, false);
    site.notes = reader.text(json, path, u"notes"_qs, false);
    if (json.contains(u"network"))
        site.network = readNetwork(reader, json.value(u"network"), path);
    const QString panelsPath = Reader::join(path, u"panels"_qs);
    const QJsonArray panels = reader.array(json, path, u"panels"_qs);
    QSet<QString> panelNames;
    for (qsizetype p = 0; p < panels.size(); ++p) {
        const QString panelPath = Reader::elementPath(panelsPath, p);
        const QJsonObject panelJson = reader.element(panels, panelsPath, p);
        reader.rejectUnknown(panelJson, panelPath, { u"name"_qs, u"circuits"_qs });
        JobPanel panel;
        panel.name = reader.text(panelJson, panelPath, u"name"_qs, true);
        reader.requireUnique(panelNames, panel.name, panelPath);
        const QString circuitsPath = Reader::join(panelPath, u"circuits"_qs);
        const QJsonArray circuits = reader.array(panelJson, panelPath, u"circuits"_qs);
        QSet<QString> circuitNames;
        for (qsizetype c = 0; c < circuits.size(); ++c) {
            const QString circuitPath = Reader::elementPath(circuitsPath, c);
            JobCircuit circuit = readCircuit(reader, reader.element(circuits, circuitsPath, c), circuitPath);
            reader.requireUnique(circuitNames, circuit.name, circuitPath);
            panel.circuits.append(circuit);
        }
        site.panels.append(panel);
    }
    return site;
}

} // namespace

qsizetype circuitCount(const JobPack& pack)
{
    qsizetype circuits = 0;
    for (const JobSite& site : pack.sites) {
        for (const JobPanel& panel : site.panels)
            circuits += panel.circuits.size();
    }
    return circuits;
}

ReadOutcome readFile(const QString& path)
{
    // A job pack is a few hundred kilobytes even for a large site; anything far larger is not one.
    constexpr qint64 MaxJobPackSize = 32 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, { { QString(), Texts::tr("cannot be read: %1").arg(file.errorString()) } } };
    if (file.size() > MaxJobPackSize)
        return { {}, { { QString(), Texts::tr("This file is larger than any job pack; is it the right file?") } } };
    return read(file.readAll());
}

ReadOutcome read(const QByteArray& json)
{
    Reader reader;
    QJsonParseError syntax {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &syntax);
    if (syntax.error != QJsonParseError::NoError || !document.isObject()) {
        reader.fail({},
            Texts::tr("The job pack is not a JSON object (%1 at byte %2).")
                .arg(syntax.errorString())
                .arg(syntax.offset));
        return { {}, reader.issues };
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != FormatName) {
        reader.fail(
            u"format"_qs, Texts::tr("This is not a job pack: \"format\" must be \"%1\".").arg(FormatName));
        return { {}, reader.issues };
    }
    const QJsonValue version = root.value(u"format_version");
    if (!version.isDouble() || version.toInt() < 1 || version.toInt() > FormatVersion
        || version.toDouble() != version.toInt()) {
        reader.fail(u"format_version"_qs,
            Texts::tr("This tool reads job packs of format version %1; this one says %2. Update the tool, or "
                      "export the "
                      "pack again with this version.")
                .arg(FormatVersion)
                .arg(version.toVariant().toString()));
        return { {}, reader.issues };
    }
    reader.rejectUnknown(root, {}, { u"format"_qs, u"format_version"_qs, u"sites"_qs });
    ReadOutcome outcome;
    const QJsonArray sites = reader.array(root, {}, u"sites"_qs);
    if (sites.isEmpty())
        reader.fail(u"sites"_qs, Texts::tr("A job pack lists at least one site."));
    QSet<QString> siteNames;
    for (qsizetype s = 0; s < sites.size(); ++s) {
        const QString sitePath = Reader::elementPath(u"sites"_qs, s);
        JobSite site = readSite(reader, reader.element(sites, u"sites"_qs, s), sitePath);
        reader.requireUnique(siteNames, site.name, sitePath);
        outcome.pack.sites.append(site);
    }
    outcome.issues = reader.issues;
    return outcome;
}

QJsonObject toJson(const JobCircuit& circuit)
{
    QJsonObject json { { u"name"_qs, circuit.name },
        { u"installation_point"_qs, config::protoenums::protoName(circuit.installationPoint) },
        { u"notes"_qs, circuit.notes } };
    if (circuit.metering) {
        config::DeviceConfig planned = config::factoryDefaultConfig();
        planned.metering = *circuit.metering;
        json.insert(u"metering"_qs, sectionJson(planned, u"metering"_qs));
    }
    return json;
}

QJsonObject toJson(const config::NetworkConfig& network)
{
    config::DeviceConfig planned = config::factoryDefaultConfig();
    planned.network = network;
    return sectionJson(planned, u"network"_qs);
}

std::optional<JobCircuit> readCircuit(const QJsonObject& json, QList<config::ValidationIssue>& issues)
{
    Reader reader;
    JobCircuit circuit = readCircuit(reader, json, {});
    issues = reader.issues;
    return reader.issues.isEmpty() ? std::optional<JobCircuit>(circuit) : std::nullopt;
}

std::optional<config::NetworkConfig> readNetwork(
    const QJsonObject& json, QList<config::ValidationIssue>& issues)
{
    Reader reader;
    std::optional<config::NetworkConfig> network = readNetwork(reader, json, {});
    issues = reader.issues;
    return network;
}

QJsonArray sitesJson(const JobPack& pack, const std::function<QJsonObject(const JobCircuit&)>& circuitJson,
    const std::function<void(const JobSite&, QJsonObject&)>& siteJson)
{
    QJsonArray sites;
    for (const JobSite& site : pack.sites) {
        QJsonArray panels;
        for (const JobPanel& panel : site.panels) {
            QJsonArray circuits;
            for (const JobCircuit& circuit : panel.circuits)
                circuits.append(circuitJson(circuit));
            panels.append(QJsonObject { { u"name"_qs, panel.name }, { u"circuits"_qs, circuits } });
        }
        QJsonObject json { { u"name"_qs, site.name }, { u"panels"_qs, panels } };
        if (siteJson)
            siteJson(site, json);
        sites.append(json);
    }
    return sites;
}

QByteArray toJson(const JobPack& pack)
{
    const QJsonArray sites = sitesJson(
        pack, [](const JobCircuit& circuit) { return toJson(circuit); },
        [](const JobSite& site, QJsonObject& json) {
            json.insert(u"address"_qs, site.address);
            json.insert(u"notes"_qs, site.notes);
            if (site.network)
                json.insert(u"network"_qs, toJson(*site.network));
        });
    return QJsonDocument(QJsonObject { { u"format"_qs, FormatName }, { u"format_version"_qs, FormatVersion },
                             { u"sites"_qs, sites } })
        .toJson(QJsonDocument::Indented);
}

config::DeviceConfig plannedConfig(const JobSite& site, const JobPanel& panel, const JobCircuit& circuit)
{
    config::DeviceConfig config = config::factoryDefaultConfig();
    if (site.network)
        config.network = *site.network;
    if (circuit.metering)
        config.metering = *circuit.metering;
    config.installation = { site.name, panel.name, circuit.name, circuit.installationPoint, circuit.notes };
    return config;
}

} // namespace iotpro::storage::jobpack
