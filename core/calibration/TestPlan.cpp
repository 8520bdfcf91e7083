#include "TestPlan.h"

#include "common/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <numbers>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::TestPlan)
};

constexpr double kUnity = 1.0;
const QStringList kKinds { QStringLiteral("accuracy"), QStringLiteral("starting_current"), QStringLiteral("no_load") };

/// "1", 1, "0.5 ind", "0.8 cap": the magnitude and the side.
bool readPowerFactor(JsonFieldReader& reader, const QJsonObject& object, const QString& path, TestPoint& point)
{
    const QString key = QStringLiteral("power_factor");
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const QString where = JsonFieldReader::join(path, key);
    QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString().trimmed();
    bool inductive = true;
    if (text.endsWith(QStringLiteral(" ind"))) {
        text.chop(4);
    } else if (text.endsWith(QStringLiteral(" cap"))) {
        text.chop(4);
        inductive = false;
    }
    bool ok = false;
    const double pf = text.toDouble(&ok);
    const bool sideless = !value.toString().contains(u' ');
    if (!ok || !(pf > 0.0 && pf <= kUnity) || (sideless && pf != kUnity)) {
        reader.fail(where, Texts::tr("must be 1, or a power factor with its side such as \"0.5 ind\" or \"0.8 cap\""));
        return false;
    }
    point.powerFactor = pf;
    point.inductive = inductive;
    return true;
}

TestPoint readPoint(JsonFieldReader& reader, const QJsonObject& object, const QString& path, const TestPoint& defaults)
{
    reader.rejectUnknownKeys(object, path,
        { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("current_pct"),
            QStringLiteral("power_factor"), QStringLiteral("voltage_pct"), QStringLiteral("element"),
            QStringLiteral("settle_s"), QStringLiteral("samples"), QStringLiteral("reference_energy_wh"),
            QStringLiteral("duration_s") });
    TestPoint point = defaults;
    point.id = reader.text(object, path, QStringLiteral("id"));
    point.kind = static_cast<PointKind>(reader.choice(object, path, QStringLiteral("type"), kKinds, 0));
    point.currentPct = reader.number(object, path, QStringLiteral("current_pct"), 0.0, 200.0,
        point.kind == PointKind::NoLoad ? 0.0 : point.currentPct);
    readPowerFactor(reader, object, path, point);
    point.voltagePct = reader.number(object, path, QStringLiteral("voltage_pct"), 50.0, 130.0, point.voltagePct);
    point.element = reader.integer(object, path, QStringLiteral("element"), 0, 3, 0);
    point.settleS = reader.number(object, path, QStringLiteral("settle_s"), 0.0, 600.0, point.settleS);
    point.samples = reader.integer(object, path, QStringLiteral("samples"), 2, 10000, point.samples);
    point.referenceEnergyWh
        = reader.number(object, path, QStringLiteral("reference_energy_wh"), 1.0, 1e6, point.referenceEnergyWh);
    point.durationS = reader.number(object, path, QStringLiteral("duration_s"), 0.1, 86400.0, point.durationS);
    if (point.kind == PointKind::NoLoad && point.currentPct != 0.0)
        reader.fail(JsonFieldReader::join(path, QStringLiteral("current_pct")),
            Texts::tr("a no-load point has no current"));
    if (point.kind != PointKind::NoLoad && point.currentPct <= 0.0)
        reader.fail(JsonFieldReader::join(path, QStringLiteral("current_pct")), Texts::tr("must be above 0"));
    return point;
}

} // namespace

double TestPoint::angleDeg() const
{
    const double angle = std::acos(std::clamp(powerFactor, 0.0, 1.0)) * 180.0 / std::numbers::pi;
    return inductive ? angle : -angle;
}

QString TestPoint::powerFactorText() const
{
    if (powerFactor >= kUnity)
        return Texts::tr("PF 1");
    const QString value = QLocale().toString(powerFactor, 'g', 3);
    return inductive ? Texts::tr("PF %1 ind").arg(value) : Texts::tr("PF %1 cap").arg(value);
}

std::optional<double> TestPlan::limitPct(const TestPoint& point) const
{
    return accuracyClass.limitPct(point.currentPct, point.powerFactor, point.inductive,
        point.element == 0 ? LoadKind::Balanced : LoadKind::Single);
}

Result<TestPlan> TestPlan::fromJson(const QByteArray& json, const QString& source)
{
    JsonFieldReader reader(source);
    const std::optional<QJsonObject> root = reader.parseObject(json);
    if (!root)
        return *reader.error();
    reader.rejectUnknownKeys(*root, {},
        { QStringLiteral("name"), QStringLiteral("accuracy_class"), QStringLiteral("nominal_voltage_v"),
            QStringLiteral("nominal_frequency_hz"), QStringLiteral("rated_current_a"),
            QStringLiteral("max_current_a"), QStringLiteral("sample_rate_hz"), QStringLiteral("defaults"),
            QStringLiteral("points") });
    TestPlan plan;
    plan.name = reader.text(*root, {}, QStringLiteral("name"));
    const QString classId = reader.text(*root, {}, QStringLiteral("accuracy_class"));
    if (reader.ok()) {
        Result<AccuracyClass> found = findAccuracyClass(classId);
        if (found)
            plan.accuracyClass = std::move(found).value();
        else
            reader.fail(QStringLiteral("accuracy_class"), found.error().detail);
    }
    plan.nominalVoltageV = reader.number(*root, {}, QStringLiteral("nominal_voltage_v"), 50.0, 400.0);
    plan.nominalFrequencyHz = reader.number(*root, {}, QStringLiteral("nominal_frequency_hz"), 45.0, 65.0);
    plan.ratedCurrentA = reader.number(*root, {}, QStringLiteral("rated_current_a"), 0.1, 10000.0);
    plan.maxCurrentA = reader.number(*root, {}, QStringLiteral("max_current_a"), plan.ratedCurrentA, 20000.0);
    plan.sampleRateHz = reader.integer(*root, {}, QStringLiteral("sample_rate_hz"), 1, 20, 20);

    const QJsonObject defaultsObject = reader.object(*root, {}, QStringLiteral("defaults"));
    reader.rejectUnknownKeys(defaultsObject, QStringLiteral("defaults"),
        { QStringLiteral("settle_s"), QStringLiteral("samples") });
    TestPoint defaults;
    defaults.settleS = reader.number(defaultsObject, QStringLiteral("defaults"), QStringLiteral("settle_s"), 0.0,
        600.0, defaults.settleS);
    defaults.samples = reader.integer(defaultsObject, QStringLiteral("defaults"), QStringLiteral("samples"), 2,
        10000, defaults.samples);

    const QJsonArray points = reader.array(*root, {}, QStringLiteral("points"));
    if (points.isEmpty())
        reader.fail(QStringLiteral("points"), Texts::tr("needs at least one point"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("points"), i);
        const TestPoint point = readPoint(reader, points.at(i).toObject(), path, defaults);
        if (!reader.ok())
            break;
        if (ids.contains(point.id))
            reader.fail(JsonFieldReader::join(path, QStringLiteral("id")), Texts::tr("\"%1\" is used twice").arg(point.id));
        if (point.currentPct / 100.0 * plan.ratedCurrentA > plan.maxCurrentA * (1.0 + 1e-9))
            reader.fail(JsonFieldReader::join(path, QStringLiteral("current_pct")),
                Texts::tr("is above Imax (%1 A)").arg(plan.maxCurrentA));
        if (point.kind == PointKind::Accuracy && !plan.limitPct(point))
            reader.fail(path,
                Texts::tr("%1 sets no limit at %2 % of In and %3: choose a point the class covers")
                    .arg(plan.accuracyClass.title)
                    .arg(point.currentPct)
                    .arg(point.powerFactorText()));
        ids.insert(point.id);
        plan.points.append(point);
    }
    if (!reader.ok())
        return *reader.error();
    return plan;
}

Result<TestPlan> TestPlan::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errors::make(
            ErrorKind::InvalidFile, Texts::tr("cannot read the test plan %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

TestPlan TestPlan::builtIn()
{
    Result<TestPlan> plan = load(QStringLiteral(":/iotpro/calibration/default-0.5S.json"));
    // Part of the program; tst_testplan reads it.
    Q_ASSERT_X(plan.ok(), "TestPlan::builtIn", qPrintable(plan.ok() ? QString() : plan.error().toString()));
    return plan.ok() ? std::move(plan).value() : TestPlan {};
}

} // namespace iotpro::calibration
