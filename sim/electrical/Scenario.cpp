#include "Scenario.h"

#include "Faults.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::Scenario)
};

constexpr int kMaxHarmonicOrder = 50;
// JSON numbers are doubles: integers are exact up to 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

/// {"5": 2.0, "7": 1.2}: harmonic order to percent of the fundamental.
std::optional<HarmonicContent> readHarmonics(JsonReader& r, const QJsonValue& value, const QString& path)
{
    const std::optional<QJsonObject> orders = r.object(value, path);
    if (!orders)
        return std::nullopt;
    HarmonicContent content;
    for (auto it = orders->constBegin(); it != orders->constEnd(); ++it) {
        const QString key = jsonKeyPath(path, it.key());
        bool ok = false;
        const int order = it.key().toInt(&ok);
        if (!ok || order < 2 || order > kMaxHarmonicOrder) {
            r.fail(key, Texts::tr("harmonic orders are 2 to %1").arg(kMaxHarmonicOrder));
            return std::nullopt;
        }
        const std::optional<double> percent = r.number(it.value(), key, 0.0, 100.0);
        if (!percent)
            return std::nullopt;
        content.append({ order, *percent });
    }
    // JSON objects come back in key order, where "11" sorts before "5".
    std::sort(content.begin(), content.end(),
        [](const Harmonic& a, const Harmonic& b) { return a.order < b.order; });
    return content;
}

std::optional<Wiring> wiringFromName(const QString& name)
{
    for (const Wiring wiring :
        { Wiring::ThreePhaseFourWire, Wiring::ThreePhaseThreeWire, Wiring::SinglePhase }) {
        if (wiringName(wiring) == name)
            return wiring;
    }
    return std::nullopt;
}

bool readSupply(JsonReader& r, const QJsonObject& json, Supply& supply)
{
    const QString path = u"supply"_s;
    if (!r.onlyKnownKeys(json, path,
            { u"wiring"_s, u"nominal_voltage_v"_s, u"frequency_hz"_s, u"phase_sequence"_s, u"voltage_pct"_s,
                u"harmonics_pct"_s }))
        return false;
    if (json.contains(u"nominal_voltage_v")) {
        const auto value = r.number(
            json[u"nominal_voltage_v"], jsonKeyPath(path, u"nominal_voltage_v"_s), 1.0, kMaxNominalVoltage);
        if (!value)
            return false;
        supply.nominalVoltage = *value;
    }
    if (json.contains(u"frequency_hz")) {
        const QString key = jsonKeyPath(path, u"frequency_hz"_s);
        const auto value = r.number(json[u"frequency_hz"], key, 0.0, 1000.0);
        if (!value)
            return false;
        if (!isValidFrequency(*value))
            return r.fail(key, Texts::tr("must be 50 or 60"));
        supply.frequency = *value;
    }
    if (json.contains(u"phase_sequence")) {
        const QString key = jsonKeyPath(path, u"phase_sequence"_s);
        const auto value = r.string(json[u"phase_sequence"], key);
        if (!value)
            return false;
        if (*value != u"ABC" && *value != u"ACB")
            return r.fail(key, Texts::tr("must be \"ABC\" or \"ACB\""));
        supply.sequence = *value == u"ABC" ? PhaseSequence::Abc : PhaseSequence::Acb;
    }
    if (json.contains(u"voltage_pct")) {
        const auto values = r.perItemNumber(json[u"voltage_pct"], jsonKeyPath(path, u"voltage_pct"_s),
            conductorCount(supply.wiring), 0.0, 150.0);
        if (!values)
            return false;
        for (qsizetype p = 0; p < values->size(); ++p)
            supply.voltageShare[static_cast<std::size_t>(p)] = values->at(p) / 100.0;
    }
    if (json.contains(u"harmonics_pct")) {
        const auto harmonics
            = readHarmonics(r, json[u"harmonics_pct"], jsonKeyPath(path, u"harmonics_pct"_s));
        if (!harmonics)
            return false;
        supply.voltageHarmonics = *harmonics;
    }
    return true;
}

bool readLoads(JsonReader& r, const QJsonObject& json, int phases, std::array<PhaseLoad, 3>& loads)
{
    const QString path = u"load"_s;
    if (!r.onlyKnownKeys(
            json, path, { u"current_a"_s, u"power_factor"_s, u"exporting"_s, u"harmonics_pct"_s }))
        return false;
    const auto forEachPhase = [&loads](const auto& values, auto assign) {
        for (qsizetype p = 0; p < values.size(); ++p)
            assign(loads[static_cast<std::size_t>(p)], values.at(p));
    };
    if (json.contains(u"current_a")) {
        const auto values = r.perItemNumber(
            json[u"current_a"], jsonKeyPath(path, u"current_a"_s), phases, 0.0, kMaxLoadCurrentA);
        if (!values)
            return false;
        forEachPhase(*values, [](PhaseLoad& load, double value) { load.currentA = value; });
    }
    if (json.contains(u"power_factor")) {
        const auto values = r.perItem<double>(json[u"power_factor"], jsonKeyPath(path, u"power_factor"_s),
            phases, [&r](const QJsonValue& value, const QString& key) -> std::optional<double> {
                const auto pf = r.number(value, key, -1.0, 1.0);
                if (pf && !isValidPowerFactor(*pf)) {
                    r.fail(key, Texts::tr("must not be 0: positive is lagging, negative leading"));
                    return std::nullopt;
                }
                return pf;
            });
        if (!values)
            return false;
        forEachPhase(*values, [](PhaseLoad& load, double value) { load.powerFactor = value; });
    }
    if (json.contains(u"exporting")) {
        const auto values = r.perItemBoolean(json[u"exporting"], jsonKeyPath(path, u"exporting"_s), phases);
        if (!values)
            return false;
        forEachPhase(*values, [](PhaseLoad& load, bool value) { load.exporting = value; });
    }
    if (json.contains(u"harmonics_pct")) {
        const auto values = r.perItem<HarmonicContent>(json[u"harmonics_pct"],
            jsonKeyPath(path, u"harmonics_pct"_s), phases,
            [&r](const QJsonValue& value, const QString& key) { return readHarmonics(r, value, key); });
        if (!values)
            return false;
        forEachPhase(
            *values, [](PhaseLoad& load, const HarmonicContent& value) { load.currentHarmonics = value; });
    }
    return true;
}

/// Reads the numbers of an object whose keys all map to a double member.
struct NumberField
{
    QString key;
    double* target;
    double min;
    double max;
};

bool readNumbers(
    JsonReader& r, const QJsonObject& json, const QString& path, const QList<NumberField>& fields)
{
    QStringList known;
    for (const NumberField& field : fields)
        known.append(field.key);
    if (!r.onlyKnownKeys(json, path, known))
        return false;
    for (const NumberField& field : fields) {
        if (!json.contains(field.key))
            continue;
        const auto value = r.number(json[field.key], jsonKeyPath(path, field.key), field.min, field.max);
        if (!value)
            return false;
        *field.target = *value;
    }
    return true;
}

bool readVariation(JsonReader& r, const QJsonObject& json, Variation& v)
{
    if (!readNumbers(r, json, u"variation"_s,
            { { u"current_drift_pct"_s, &v.currentDriftPct, 0.0, 50.0 },
                { u"angle_drift_deg"_s, &v.angleDriftDeg, 0.0, 30.0 },
                { u"voltage_drift_pct"_s, &v.voltageDriftPct, 0.0, 20.0 },
                { u"frequency_drift_hz"_s, &v.frequencyDriftHz, 0.0, 1.0 },
                { u"time_constant_s"_s, &v.timeConstantS, 0.0, 86400.0 },
                { u"step_interval_s"_s, &v.stepIntervalS, 0.0, 1e9 },
                { u"step_pct"_s, &v.stepPct, 0.0, 100.0 } }))
        return false;
    if (!(v.timeConstantS > 0.0))
        return r.fail(u"variation.time_constant_s"_s, Texts::tr("must be above 0"));
    return true;
}

bool readNoise(JsonReader& r, const QJsonObject& json, MeterNoise& noise)
{
    return readNumbers(r, json, u"noise"_s,
        { { u"magnitude_pct"_s, &noise.magnitudePct, 0.0, 10.0 },
            { u"angle_deg"_s, &noise.angleDeg, 0.0, 10.0 },
            { u"frequency_hz"_s, &noise.frequencyHz, 0.0, 1.0 } });
}

bool readSetup(JsonReader& r, const QJsonObject& json, MeteringSetup& setup)
{
    const QString path = u"setup"_s;
    if (!r.onlyKnownKeys(json, path,
            { u"nominal_voltage_v"_s, u"nominal_frequency_hz"_s, u"ct_primary_a"_s, u"ct_phase"_s,
                u"ct_inverted"_s, u"export_possible"_s, u"demand_period_s"_s }))
        return false;
    const qsizetype inputs = ctInputCount(setup.wiring);
    if (json.contains(u"nominal_voltage_v")) {
        const auto value = r.number(
            json[u"nominal_voltage_v"], jsonKeyPath(path, u"nominal_voltage_v"_s), 1.0, kMaxNominalVoltage);
        if (!value)
            return false;
        setup.nominalVoltage = *value;
    }
    if (json.contains(u"nominal_frequency_hz")) {
        const QString key = jsonKeyPath(path, u"nominal_frequency_hz"_s);
        const auto value = r.number(json[u"nominal_frequency_hz"], key, 0.0, 1000.0);
        if (!value)
            return false;
        if (!isValidFrequency(*value))
            return r.fail(key, Texts::tr("must be 50 or 60"));
        setup.nominalFrequency = *value;
    }
    if (json.contains(u"ct_primary_a")) {
        const auto values = r.perItemNumber(
            json[u"ct_primary_a"], jsonKeyPath(path, u"ct_primary_a"_s), inputs, 1.0, kMaxCtPrimaryA);
        if (!values)
            return false;
        setup.ctPrimaryA = *values;
    }
    if (json.contains(u"ct_phase")) {
        const QString key = jsonKeyPath(path, u"ct_phase"_s);
        if (!json[u"ct_phase"].isArray())
            return r.fail(key, Texts::tr("must be an array with one phase (1-3) per CT input"));
        const auto values = r.perItemNumber(json[u"ct_phase"], key, inputs, 1.0, 3.0);
        if (!values)
            return false;
        setup.ctPhase.clear();
        for (const double phase : *values) {
            if (phase != std::floor(phase))
                return r.fail(key, Texts::tr("phases are whole numbers 1 to 3"));
            setup.ctPhase.append(static_cast<int>(phase));
        }
    }
    if (json.contains(u"ct_inverted")) {
        const auto values
            = r.perItemBoolean(json[u"ct_inverted"], jsonKeyPath(path, u"ct_inverted"_s), inputs);
        if (!values)
            return false;
        setup.ctInverted = *values;
    }
    if (json.contains(u"export_possible")) {
        const auto value = r.boolean(json[u"export_possible"], jsonKeyPath(path, u"export_possible"_s));
        if (!value)
            return false;
        setup.exportPossible = *value;
    }
    if (json.contains(u"demand_period_s")) {
        const QString key = jsonKeyPath(path, u"demand_period_s"_s);
        const auto value = r.number(json[u"demand_period_s"], key, 1.0, kMaxDemandPeriodS);
        if (!value)
            return false;
        if (*value != std::floor(*value))
            return r.fail(key, Texts::tr("must be a whole number of seconds"));
        setup.demandPeriodS = static_cast<quint32>(*value);
    }
    if (const std::optional<QString> problem = setupError(setup))
        return r.fail(path, *problem);
    return true;
}

/// Reads an optional object member with `read`, failing if it is there but no object.
template <typename Read>
bool readSection(JsonReader& r, const QJsonObject& root, const QString& key, Read read)
{
    if (!root.contains(key))
        return true;
    const std::optional<QJsonObject> section = r.object(root[key], key);
    return section && read(*section);
}

} // namespace

QString wiringName(Wiring wiring)
{
    switch (wiring) {
    case Wiring::ThreePhaseFourWire:
        return u"3P4W"_s;
    case Wiring::ThreePhaseThreeWire:
        return u"3P3W"_s;
    case Wiring::SinglePhase:
        return u"1P"_s;
    }
    return {};
}

std::variant<Scenario, QString> scenarioFromJson(const QJsonObject& root)
{
    JsonReader r;
    Scenario scenario;
    Site& site = scenario.site;
    const auto failed = [&r]() -> std::variant<Scenario, QString> { return *r.error(); };
    const auto fail = [&r](const QString& path, const QString& problem) -> std::variant<Scenario, QString> {
        r.fail(path, problem);
        return *r.error();
    };

    if (!r.onlyKnownKeys(root, {},
            { u"name"_s, u"description"_s, u"expected_diagnosis"_s, u"seed"_s, u"supply"_s, u"load"_s,
                u"variation"_s, u"noise"_s, u"ct_fitted_a"_s, u"setup"_s, u"faults"_s }))
        return failed();
    for (const auto& [key, target] :
        { std::pair { u"name"_s, &scenario.name }, std::pair { u"description"_s, &scenario.description },
            std::pair { u"expected_diagnosis"_s, &scenario.expectedDiagnosis } }) {
        if (!root.contains(key))
            continue;
        const std::optional<QString> text = r.string(root[key], key);
        if (!text)
            return failed();
        *target = *text;
    }
    if (root.contains(u"seed")) {
        const auto seed = r.number(root[u"seed"], u"seed"_s, 0.0, kMaxExactInteger);
        if (!seed)
            return failed();
        if (*seed != std::floor(*seed))
            return fail(u"seed"_s, Texts::tr("must be a whole number"));
        scenario.seed = static_cast<quint64>(*seed);
    }

    // The wiring decides the defaults and how many phases and CT inputs the rest describes.
    const QJsonObject supply = root[u"supply"].toObject();
    if (supply.contains(u"wiring")) {
        const auto name = r.string(supply[u"wiring"], u"supply.wiring"_s);
        if (!name)
            return failed();
        const std::optional<Wiring> wiring = wiringFromName(*name);
        if (!wiring)
            return fail(u"supply.wiring"_s, Texts::tr("must be \"3P4W\", \"3P3W\" or \"1P\""));
        site.supply.wiring = *wiring;
    }
    const Wiring wiring = site.supply.wiring;
    site.supply.nominalVoltage = defaultNominalVoltage(wiring);
    if (!readSection(
            r, root, u"supply"_s, [&](const QJsonObject& json) { return readSupply(r, json, site.supply); })
        || !readSection(r, root, u"load"_s,
            [&](const QJsonObject& json) { return readLoads(r, json, conductorCount(wiring), site.loads); })
        || !readSection(r, root, u"variation"_s,
            [&](const QJsonObject& json) { return readVariation(r, json, site.variation); })
        || !readSection(
            r, root, u"noise"_s, [&](const QJsonObject& json) { return readNoise(r, json, site.noise); }))
        return failed();

    scenario.setup = uncorrectedSetup(wiring, site.supply.nominalVoltage, site.supply.frequency, 100.0);
    if (!readSection(
            r, root, u"setup"_s, [&](const QJsonObject& json) { return readSetup(r, json, scenario.setup); }))
        return failed();

    // The CTs really fitted are those configured unless the scenario says otherwise.
    site.wiring = correctWiring(wiring, 0.0);
    QList<double> fitted = scenario.setup.ctPrimaryA;
    if (root.contains(u"ct_fitted_a")) {
        const auto values = r.perItemNumber(
            root[u"ct_fitted_a"], u"ct_fitted_a"_s, ctInputCount(wiring), 1.0, kMaxCtPrimaryA);
        if (!values)
            return failed();
        fitted = *values;
    }
    for (qsizetype input = 0; input < fitted.size(); ++input)
        site.wiring.cts[input].fittedPrimaryA = fitted.at(input);

    if (root.contains(u"faults")) {
        if (!root[u"faults"].isArray())
            return fail(u"faults"_s, Texts::tr("must be an array of faults such as \"ct_reversed:2\""));
        const QJsonArray faults = root[u"faults"].toArray();
        for (qsizetype i = 0; i < faults.size(); ++i) {
            const auto fault = r.string(faults.at(i), jsonIndexPath(u"faults"_s, i));
            if (!fault)
                return failed();
            if (const std::optional<QString> problem = applyFault(site.wiring, wiring, *fault))
                return fail(jsonIndexPath(u"faults"_s, i), *problem);
        }
    }
    return scenario;
}

} // namespace iotpro::sim
