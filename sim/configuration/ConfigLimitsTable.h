#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace iotpro::sim {

/// An interval of allowed values: {min, max} inclusive, or {greater_than, max}.
struct Bounds
{
    double low = 0;
    double high = 0;
    bool lowExcluded = false;

    bool contains(double value) const { return (lowExcluded ? value > low : value >= low) && value <= high; }
};

/// The limits of a configuration as the module reads them: resources/config/limits.json, the table
/// the tool validates against too, embedded into the module at build time (IOTPRO_CONFIG_LIMITS_FILE).
/// The module reads it with its own code, as a firmware would. Entries are named by their path in
/// the table, e.g. "network.wifi_ssid_bytes"; every entry the module uses is checked when the
/// table is read, so a lookup never fails.
class ConfigLimitsTable
{
public:
    /// Where the table is embedded into the module.
    static constexpr QLatin1StringView ResourcePath { ":/iotpro/sim/limits.json" };

    /// The table in `json`, or why it cannot be used: "path: what is wrong".
    static std::variant<ConfigLimitsTable, QString> fromJson(QByteArrayView json);
    /// The embedded table. One that does not read is a defect of the build (the tests read it):
    /// this aborts with the reason.
    static ConfigLimitsTable builtIn();

    /// An entry {min, max} or {greater_than, max}.
    Bounds bounds(const QString& path) const;
    /// An entry that is one number.
    double number(const QString& path) const;
    /// An entry that lists numbers.
    QList<double> numbers(const QString& path) const;
    /// An entry that lists names (of enum values).
    QStringList names(const QString& path) const;

private:
    explicit ConfigLimitsTable(QJsonObject root);
    QJsonValue entry(const QString& path) const;

    QJsonObject m_root;
};

} // namespace iotpro::sim
