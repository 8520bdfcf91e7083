#include "ConfigLimitsTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormatVersion = 1;

enum class Kind { Number, Numbers, Bounds, Names };

/// Every entry the module's rules read, with its shape.
struct Entry
{
    QLatin1StringView path;
    Kind kind;
};

constexpr Entry kEntries[] = {
    { "installation.text_max_bytes"_L1, Kind::Number },
    { "installation.notes_max_bytes"_L1, Kind::Number },
    { "metering.nominal_voltages_v.WIRING_3P4W"_L1, Kind::Numbers },
    { "metering.nominal_voltages_v.WIRING_3P3W"_L1, Kind::Numbers },
    { "metering.nominal_voltages_v.WIRING_1P"_L1, Kind::Numbers },
    { "metering.nominal_frequencies_hz"_L1, Kind::Numbers },
    { "metering.ct_rating_a"_L1, Kind::Bounds },
    { "metering.demand_periods_s"_L1, Kind::Numbers },
    { "inputs.name_max_bytes"_L1, Kind::Number },
    { "inputs.dry_contact_debounce_ms"_L1, Kind::Bounds },
    { "inputs.pulse_min_width_ms"_L1, Kind::Bounds },
    { "inputs.pulse_weight"_L1, Kind::Bounds },
    { "inputs.pulse_unit_bytes"_L1, Kind::Bounds },
    { "inputs.ds18b20_sensors_per_input"_L1, Kind::Bounds },
    { "inputs.analog_input_v"_L1, Kind::Bounds },
    { "inputs.analog_unit_bytes"_L1, Kind::Bounds },
    { "network.wifi_ssid_bytes"_L1, Kind::Bounds },
    { "network.wifi_passphrase_chars"_L1, Kind::Bounds },
    { "network.wifi_raw_psk_hex_digits"_L1, Kind::Number },
    { "network.lorawan_eui_hex_digits"_L1, Kind::Number },
    { "network.lorawan_app_key_hex_digits"_L1, Kind::Number },
    { "network.lorawan_sub_bands"_L1, Kind::Bounds },
    { "network.lorawan_sub_bands.regions"_L1, Kind::Names },
    { "network.cellular_apn_bytes"_L1, Kind::Bounds },
    { "network.cellular_user_bytes"_L1, Kind::Bounds },
    { "network.cellular_password_bytes"_L1, Kind::Bounds },
    { "network.uplink_interval_s"_L1, Kind::Bounds },
    { "gps.fix_interval_s"_L1, Kind::Bounds },
};

bool isNumber(const QJsonValue& value)
{
    return value.isDouble() && std::isfinite(value.toDouble());
}

bool isListOf(const QJsonValue& value, bool (*isItem)(const QJsonValue&))
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    const QJsonArray items = value.toArray();
    return std::all_of(items.begin(), items.end(), [isItem](const QJsonValue& item) { return isItem(item); });
}

bool isBounds(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const bool oneLow = object.contains("min"_L1) != object.contains("greater_than"_L1);
    const QJsonValue low
        = object.contains("min"_L1) ? object.value("min"_L1) : object.value("greater_than"_L1);
    return value.isObject() && oneLow && isNumber(low) && isNumber(object.value("max"_L1))
        && low.toDouble() <= object.value("max"_L1).toDouble();
}

/// What is wrong with `value` as an entry of `kind`, or an empty string.
QString shapeProblem(const QJsonValue& value, Kind kind)
{
    switch (kind) {
    case Kind::Number:
        return isNumber(value) ? QString() : u"must be a number"_s;
    case Kind::Numbers:
        return isListOf(value, isNumber) ? QString() : u"must list numbers"_s;
    case Kind::Bounds:
        return isBounds(value) ? QString() : u"must be {min, max} or {greater_than, max}, low <= max"_s;
    case Kind::Names:
        return isListOf(value, [](const QJsonValue& item) { return item.isString(); }) ? QString()
                                                                                       : u"must list names"_s;
    }
    return {};
}

} // namespace

ConfigLimitsTable::ConfigLimitsTable(QJsonObject root)
    : m_root(std::move(root))
{ }

std::variant<ConfigLimitsTable, QString> ConfigLimitsTable::fromJson(QByteArrayView json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (!document.isObject())
        return u"not a JSON object: "_s + error.errorString();
    ConfigLimitsTable table(document.object());
    if (table.m_root.value("format_version"_L1).toInt() != kFormatVersion)
        return u"format_version: must be %1"_s.arg(kFormatVersion);
    for (const Entry& entry : kEntries) {
        if (const QString problem = shapeProblem(table.entry(QString(entry.path)), entry.kind);
            !problem.isEmpty())
            return entry.path + u": "_s + problem;
    }
    return table;
}

ConfigLimitsTable ConfigLimitsTable::builtIn()
{
    QFile file(ResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the module's configuration limits %s are not embedded", qPrintable(file.fileName()));
    std::variant<ConfigLimitsTable, QString> table = fromJson(file.readAll());
    if (const QString* problem = std::get_if<QString>(&table))
        qFatal("the module's configuration limits are broken: %s", qPrintable(*problem));
    return std::get<ConfigLimitsTable>(std::move(table));
}

QJsonValue ConfigLimitsTable::entry(const QString& path) const
{
    QJsonValue value = m_root;
    for (const QStringView key : QStringView(path).tokenize(u'.'))
        value = value.toObject().value(key);
    return value;
}

Bounds ConfigLimitsTable::bounds(const QString& path) const
{
    const QJsonObject object = entry(path).toObject();
    const bool lowExcluded = object.contains("greater_than"_L1);
    return { object.value(lowExcluded ? "greater_than"_L1 : "min"_L1).toDouble(),
        object.value("max"_L1).toDouble(), lowExcluded };
}

double ConfigLimitsTable::number(const QString& path) const
{
    return entry(path).toDouble();
}

QList<double> ConfigLimitsTable::numbers(const QString& path) const
{
    QList<double> values;
    for (const QJsonValue& value : entry(path).toArray())
        values.append(value.toDouble());
    return values;
}

QStringList ConfigLimitsTable::names(const QString& path) const
{
    return entry(path).toVariant().toStringList();
}

} // namespace iotpro::sim
