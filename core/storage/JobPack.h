#pragma once

#include "SessionRecord.h"
#include "config/DeviceConfig.h"
#include "config/ValidationIssue.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

/// A job pack: sites, panels and circuits planned in the office, with each circuit's planned
/// metering (wiring, CT ratings and directions) and each site's network settings, carried to the
/// field as one JSON file (format "iotpro-job-pack", docs/history.md "Job packs"). A job pack
/// never holds a secret nor a field of one device (DevEUI, static IPv4 address): those are
/// entered in the field. The same structs describe the job tree of a history.
namespace iotpro::storage {

struct JobCircuit
{
    QString name;
    config::InstallationPoint installationPoint = config::InstallationPoint::Unspecified;
    QString notes;
    /// The planned metering; nullopt for a circuit met only in the field.
    std::optional<config::MeteringConfig> metering;

    // What the history knows of the circuit; not part of a job pack file.
    QString moduleSerial; ///< the module installed there now
    std::optional<SessionResult> lastResult; ///< of the circuit's latest session
    QDateTime lastSessionAt; ///< UTC

    friend bool operator==(const JobCircuit&, const JobCircuit&) = default;
};

struct JobPanel
{
    QString name;
    QList<JobCircuit> circuits;

    friend bool operator==(const JobPanel&, const JobPanel&) = default;
};

struct JobSite
{
    QString name;
    QString address;
    QString notes;
    /// The planned network settings, without secrets and without the per-device fields.
    std::optional<config::NetworkConfig> network;
    QList<JobPanel> panels;

    friend bool operator==(const JobSite&, const JobSite&) = default;
};

struct JobPack
{
    QList<JobSite> sites;

    friend bool operator==(const JobPack&, const JobPack&) = default;
};

namespace jobpack {

inline constexpr int FormatVersion = 1;

/// The pack in `json`, or every problem found, each naming its field as a path into the file
/// ("sites[0].panels[1].circuits[2].metering.ct_inputs[0].rating_a"). Metering and network are
/// read in the configuration's JSON form and checked by the configuration's own rules.
struct ReadOutcome
{
    JobPack pack;
    QList<config::ValidationIssue> issues;

    bool ok() const { return issues.isEmpty(); }
};
ReadOutcome read(const QByteArray& json);
/// The pack in the file at `path` (read()), or why it cannot be read as one: a problem without a
/// field path (cannot be opened, far too large for a job pack).
ReadOutcome readFile(const QString& path);

/// How many circuits the pack plans, in all its sites and panels.
qsizetype circuitCount(const JobPack& pack);

/// The file for `pack`: indented UTF-8, metering and network with every field.
QByteArray toJson(const JobPack& pack);

/// The sites of `pack` nested as a pack file nests them ({"name", "panels": [{"name",
/// "circuits": [...]}]}), each circuit written by `circuitJson`, each site's object completed by
/// `siteJson` when given: one walk for the pack file and the job tree's JSON.
QJsonArray sitesJson(const JobPack& pack, const std::function<QJsonObject(const JobCircuit&)>& circuitJson,
    const std::function<void(const JobSite&, QJsonObject&)>& siteJson = {});

/// One circuit's object, and one site's "network", as a pack file holds them (the job history
/// keeps a plan in this form), and back: nullopt with `issues` (paths inside the object) when
/// the object is not a valid plan.
QJsonObject toJson(const JobCircuit& circuit);
QJsonObject toJson(const config::NetworkConfig& network);
std::optional<JobCircuit> readCircuit(const QJsonObject& json, QList<config::ValidationIssue>& issues);
std::optional<config::NetworkConfig> readNetwork(
    const QJsonObject& json, QList<config::ValidationIssue>& issues);

/// The configuration a planned circuit starts from: the factory default with the site's
/// network, the circuit's metering and its installation fields. Secrets and DevEUI empty.
config::DeviceConfig plannedConfig(const JobSite& site, const JobPanel& panel, const JobCircuit& circuit);

} // namespace jobpack

} // namespace iotpro::storage
