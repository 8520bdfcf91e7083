#pragma once

#include "common/Result.h"
#include "config/DeviceConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotpro::storage {

class HistoryDatabase;

/// A circuit's configuration kept for the next modules of a phased rollout. It never holds a
/// secret nor anything that belongs to one circuit or one device (see TemplateStore::generalize).
struct ConfigTemplate
{
    QString name;
    QString description;
    QDateTime createdAt; ///< UTC
    config::DeviceConfig config;

    friend bool operator==(const ConfigTemplate&, const ConfigTemplate&) = default;
};

/// Where the next module goes: the installation fields a template leaves for the user.
struct CircuitPlace
{
    QString site;
    QString panel;
    QString circuit;

    friend bool operator==(const CircuitPlace&, const CircuitPlace&) = default;
};

/// The templates of the job history (docs/history.md, "Templates").
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::TemplateStore)

public:
    /// A template name: 1 to MaxNameLength characters, no leading or trailing space.
    static constexpr qsizetype MaxNameLength = 64;

    explicit TemplateStore(HistoryDatabase& database);

    /// `config` as a template keeps it: every secret empty with its "set" flag down, and the
    /// fields of one circuit or one device emptied (site, panel, circuit, notes, LoRaWAN DevEUI,
    /// static IPv4 address, DS18B20 ROM codes). The installation point and everything else stay.
    static config::DeviceConfig generalize(config::DeviceConfig config);

    /// The configuration for the next module: the template's, placed at `place`. Secrets and
    /// the per-device fields stay empty for the user (config apply asks for what it needs).
    static config::DeviceConfig forNextModule(const ConfigTemplate& stored, const CircuitPlace& place);

    /// Saves `config` generalized under `name`; an existing template of that name is refused
    /// unless `replace`.
    Result<void> save(const QString& name, const QString& description, const config::DeviceConfig& config,
        bool replace = false);
    /// Every template, by name.
    Result<QList<ConfigTemplate>> list();
    Result<ConfigTemplate> load(const QString& name);
    /// Deletes the template `name`; refused when there is none.
    Result<void> remove(const QString& name);

private:
    Error unknown(const QString& name) const;

    HistoryDatabase& m_database;
};

} // namespace iotpro::storage
