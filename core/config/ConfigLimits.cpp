#include "ConfigLimits.h"

#include "ProtoEnums.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>
#include <optional>

namespace iotpro::config {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::config::ConfigLimits)
};

/// Reads the table entry by entry and keeps the first problem. A failed read returns a neutral
/// value, so the table reads straight through and reports once at the end.
class TableReader
{
public:
    /// The object at `key` of `parent` (whose path is `parentPath`).
    QJsonObject object(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        const QJsonValue value = entry(parent, parentPath, key);
        if (!value.isObject() && !value.isUndefined())
            fail(join(parentPath, key), Texts::tr("must be an object { … }"));
        return value.toObject();
    }

    double number(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        const QJsonValue value = entry(parent, parentPath, key);
        if (!value.isDouble() && !value.isUndefined())
            fail(join(parentPath, key), Texts::tr("must be a number"));
        return value.toDouble();
    }

    /// A whole number from 0 to 2^32 - 1.
    quint32 count(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        return checkedCount(number(parent, parentPath, key), join(parentPath, key));
    }

    QList<quint32> counts(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        const QString path = join(parentPath, key);
        QList<quint32> result;
        for (const QJsonValue& value : array(parent, parentPath, key)) {
            if (!value.isDouble())
                fail(path, Texts::tr("must list numbers only"));
            result.append(checkedCount(value.toDouble(), path));
        }
        return result;
    }

    QStringList names(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        QStringList result;
        for (const QJsonValue& value : array(parent, parentPath, key)) {
            if (!value.isString())
                fail(join(parentPath, key), Texts::tr("must list names in double quotes"));
            result.append(value.toString());
        }
        return result;
    }

    /// {"min": a, "max": b} or {"greater_than": a, "max": b}, with a <= b.
    Range range(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        const QString path = join(parentPath, key);
        const QJsonObject bounds = object(parent, parentPath, key);
        Range result;
        result.minExclusive = bounds.contains(u"greater_than");
        result.min = number(bounds, path, result.minExclusive ? u"greater_than"_qs : u"min"_qs);
        result.max = number(bounds, path, u"max"_qs);
        if (result.max < result.min)
            fail(path, Texts::tr("max is below the lower bound"));
        return result;
    }

    template <typename Enum> Enum enumName(const QString& name, const QString& path)
    {
        if (const std::optional<Enum> value = protoenums::fromProtoName<Enum>(name))
            return *value;
        fail(
            path, Texts::tr("\"%1\" is not one of %2").arg(name, protoenums::protoNames<Enum>().join(u", ")));
        return protoenums::Mapping<Enum>::table.front().first;
    }

    void fail(const QString& path, const QString& message)
    {
        if (!m_problem)
            m_problem = ValidationIssue { path, message };
    }

    const std::optional<ValidationIssue>& problem() const { return m_problem; }

private:
    static QString join(const QString& parentPath, const QString& key)
    {
        return parentPath.isEmpty() ? key : parentPath + u'.' + key;
    }

    QJsonValue entry(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            fail(join(parentPath, key), Texts::tr("is missing"));
        return value;
    }

    QJsonArray array(const QJsonObject& parent, const QString& parentPath, const QString& key)
    {
        const QJsonValue value = entry(parent, parentPath, key);
        if (!value.isArray() && !value.isUndefined())
            fail(join(parentPath, key), Texts::tr("must be a list [ … ]"));
        return value.toArray();
    }

    quint32 checkedCount(double value, const QString& path)
    {
        if (value < 0 || value > 4294967295.0 || std::floor(value) != value) {
            fail(path, Texts::tr("must be a whole number of 0 or more"));
            return 0;
        }
        return static_cast<quint32>(value);
    }

    std::optional<ValidationIssue> m_problem;
};

ConfigLimits::Installation readInstallation(TableReader& reader, const QJsonObject& table)
{
    const QString path = u"installation"_qs;
    const QJsonObject section = reader.object(table, {}, path);
    return {
        reader.count(section, path, u"text_max_bytes"_qs),
        reader.count(section, path, u"notes_max_bytes"_qs),
    };
}

ConfigLimits::Metering readMetering(TableReader& reader, const QJsonObject& table)
{
    const QString path = u"metering"_qs;
    const QJsonObject section = reader.object(table, {}, path);
    ConfigLimits::Metering metering;
    const QString voltagesPath = path + u".nominal_voltages_v";
    const QJsonObject voltages = reader.object(section, path, u"nominal_voltages_v"_qs);
    for (const Wiring wiring :
        { Wiring::ThreePhaseFourWire, Wiring::ThreePhaseThreeWire, Wiring::SinglePhase })
        metering.nominalVoltagesV.insert(
            wiring, reader.counts(voltages, voltagesPath, protoenums::protoName(wiring)));
    metering.nominalFrequenciesHz = reader.counts(section, path, u"nominal_frequencies_hz"_qs);
    metering.ctRatingA = reader.range(section, path, u"ct_rating_a"_qs);
    metering.standardCtRatingsA = reader.counts(section, path, u"standard_ct_ratings_a"_qs);
    metering.demandPeriodsS = reader.counts(section, path, u"demand_periods_s"_qs);
    return metering;
}

ConfigLimits::Inputs readInputs(TableReader& reader, const QJsonObject& table)
{
    const QString path = u"inputs"_qs;
    const QJsonObject section = reader.object(table, {}, path);
    return {
        reader.count(section, path, u"name_max_bytes"_qs),
        reader.range(section, path, u"dry_contact_debounce_ms"_qs),
        reader.range(section, path, u"pulse_min_width_ms"_qs),
        reader.range(section, path, u"pulse_weight"_qs),
        reader.range(section, path, u"pulse_unit_bytes"_qs),
        reader.range(section, path, u"ds18b20_sensors_per_input"_qs),
        reader.range(section, path, u"analog_input_v"_qs),
        reader.range(section, path, u"analog_unit_bytes"_qs),
    };
}

ConfigLimits::Network readNetwork(TableReader& reader, const QJsonObject& table)
{
    const QString path = u"network"_qs;
    const QJsonObject section = reader.object(table, {}, path);
    ConfigLimits::Network network;
    network.wifiSsidBytes = reader.range(section, path, u"wifi_ssid_bytes"_qs);
    network.wifiPassphraseChars = reader.range(section, path, u"wifi_passphrase_chars"_qs);
    network.wifiRawPskHexDigits = reader.count(section, path, u"wifi_raw_psk_hex_digits"_qs);
    network.lorawanEuiHexDigits = reader.count(section, path, u"lorawan_eui_hex_digits"_qs);
    network.lorawanAppKeyHexDigits = reader.count(section, path, u"lorawan_app_key_hex_digits"_qs);
    const QString subBandsPath = path + u".lorawan_sub_bands";
    for (const QString& name :
        reader.names(reader.object(section, path, u"lorawan_sub_bands"_qs), subBandsPath, u"regions"_qs))
        network.regionsWithSubBands.append(reader.enumName<LorawanRegion>(name, subBandsPath + u".regions"));
    network.lorawanSubBand = reader.range(section, path, u"lorawan_sub_bands"_qs);
    network.cellularApnBytes = reader.range(section, path, u"cellular_apn_bytes"_qs);
    network.cellularUserBytes = reader.range(section, path, u"cellular_user_bytes"_qs);
    network.cellularPasswordBytes = reader.range(section, path, u"cellular_password_bytes"_qs);
    network.uplinkIntervalS = reader.range(section, path, u"uplink_interval_s"_qs);
    return network;
}

ConfigLimits::Gps readGps(TableReader& reader, const QJsonObject& table)
{
    const QString path = u"gps"_qs;
    return { reader.range(reader.object(table, {}, path), path, u"fix_interval_s"_qs) };
}

} // namespace

ConfigLimits ConfigLimits::builtIn()
{
    QFile file(ResourcePath.toString());
    if (!file.open(QIODevice::ReadOnly))
        qFatal(
            "The configuration limits table is not embedded in this build (%s)", qPrintable(file.fileName()));
    const ReadResult<ConfigLimits> limits = fromJson(file.readAll());
    if (!limits)
        qFatal("The embedded configuration limits table is damaged: %s",
            qPrintable(limits.problem().toString()));
    return limits.value();
}

ReadResult<ConfigLimits> ConfigLimits::fromJson(QByteArrayView json)
{
    QJsonParseError syntax {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        return ValidationIssue { {},
            Texts::tr("The limits table is not valid JSON: %1 at byte %2")
                .arg(syntax.errorString())
                .arg(syntax.offset) };
    }
    if (!document.isObject())
        return ValidationIssue { {}, Texts::tr("The limits table must be a JSON object { … }") };
    const QJsonObject table = document.object();

    TableReader reader;
    const quint32 version = reader.count(table, {}, u"format_version"_qs);
    if (!reader.problem() && version != FormatVersion) {
        return ValidationIssue { u"format_version"_qs,
            Texts::tr("The limits table has format version %1; this tool reads version %2.")
                .arg(version)
                .arg(FormatVersion) };
    }
    ConfigLimits limits {
        readInstallation(reader, table),
        readMetering(reader, table),
        readInputs(reader, table),
        readNetwork(reader, table),
        readGps(reader, table),
    };
    if (reader.problem())
        return *reader.problem();
    return limits;
}

} // namespace iotpro::config
