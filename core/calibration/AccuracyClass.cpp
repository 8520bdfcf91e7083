#include "AccuracyClass.h"

#include "common/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::AccuracyClass)
};

// The range of power factors the classes' reduced-PF limits cover: 0.5 inductive to 0.8 capacitive.
constexpr double kMinInductivePf = 0.5;
constexpr double kMinCapacitivePf = 0.8;
constexpr double kUnityTolerance = 1e-9;

const QStringList kPowerFactorBands { QStringLiteral("unity"), QStringLiteral("reduced"), QStringLiteral("any") };
const QStringList kLoads { QStringLiteral("balanced"), QStringLiteral("single") };

bool covers(PowerFactorBand band, double pf, bool inductive)
{
    const bool unity = pf >= 1.0 - kUnityTolerance;
    const bool inRange = unity || pf >= (inductive ? kMinInductivePf : kMinCapacitivePf) - kUnityTolerance;
    switch (band) {
    case PowerFactorBand::Unity:
        return unity;
    case PowerFactorBand::Reduced:
        return !unity && inRange;
    case PowerFactorBand::Any:
        return inRange;
    }
    return false;
}

LimitBand readBand(JsonFieldReader& reader, const QJsonObject& object, const QString& path)
{
    reader.rejectUnknownKeys(object, path,
        { QStringLiteral("power_factor"), QStringLiteral("load"), QStringLiteral("from_pct"),
            QStringLiteral("below_pct"), QStringLiteral("limit_pct") });
    LimitBand band;
    band.powerFactor = static_cast<PowerFactorBand>(
        reader.choice(object, path, QStringLiteral("power_factor"), kPowerFactorBands));
    band.load = static_cast<LoadKind>(reader.choice(object, path, QStringLiteral("load"), kLoads));
    band.fromPct = reader.number(object, path, QStringLiteral("from_pct"), 0.0, 1000.0);
    if (object.contains(QStringLiteral("below_pct")))
        band.belowPct = reader.number(object, path, QStringLiteral("below_pct"), band.fromPct, 1000.0);
    band.limitPct = reader.number(object, path, QStringLiteral("limit_pct"), 0.001, 100.0);
    return band;
}

} // namespace

std::optional<double> AccuracyClass::limitPct(double currentPct, double pf, bool inductive, LoadKind load) const
{
    for (const LimitBand& band : bands) {
        if (band.load != load || !covers(band.powerFactor, pf, inductive))
            continue;
        if (currentPct >= band.fromPct && (!band.belowPct || currentPct < *band.belowPct))
            return band.limitPct;
    }
    return std::nullopt;
}

Result<QList<AccuracyClass>> readAccuracyClasses(const QByteArray& json, const QString& source)
{
    JsonFieldReader reader(source);
    const std::optional<QJsonObject> root = reader.parseObject(json);
    if (!root)
        return *reader.error();
    reader.rejectUnknownKeys(*root, {}, { QStringLiteral("notes"), QStringLiteral("classes") });
    QList<AccuracyClass> classes;
    const QJsonArray entries = reader.array(*root, {}, QStringLiteral("classes"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("classes"), i);
        const QJsonObject object = entries.at(i).toObject();
        reader.rejectUnknownKeys(object, path,
            { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("starting_current_pct"),
                QStringLiteral("no_load_voltage_pct"), QStringLiteral("bands") });
        AccuracyClass entry;
        entry.id = reader.text(object, path, QStringLiteral("id"));
        entry.title = reader.text(object, path, QStringLiteral("title"));
        entry.startingCurrentPct = reader.number(object, path, QStringLiteral("starting_current_pct"), 0.001, 10.0);
        entry.noLoadVoltagePct = reader.number(object, path, QStringLiteral("no_load_voltage_pct"), 80.0, 130.0);
        const QJsonArray bands = reader.array(object, path, QStringLiteral("bands"));
        for (qsizetype b = 0; b < bands.size(); ++b)
            entry.bands.append(readBand(reader, bands.at(b).toObject(),
                JsonFieldReader::element(JsonFieldReader::join(path, QStringLiteral("bands")), b)));
        classes.append(entry);
    }
    if (!reader.ok())
        return *reader.error();
    return classes;
}

QList<AccuracyClass> builtInAccuracyClasses()
{
    QFile file(QStringLiteral(":/iotpro/calibration/accuracy-classes.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    Result<QList<AccuracyClass>> classes = readAccuracyClasses(file.readAll(), file.fileName());
    // Part of the program; tst_accuracyclass reads it.
    Q_ASSERT_X(classes.ok(), "builtInAccuracyClasses", qPrintable(classes.ok() ? QString() : classes.error().toString()));
    return classes.ok() ? std::move(classes).value() : QList<AccuracyClass> {};
}

Result<AccuracyClass> findAccuracyClass(const QString& id)
{
    const QList<AccuracyClass> classes = builtInAccuracyClasses();
    QStringList known;
    for (const AccuracyClass& entry : classes) {
        if (entry.id == id)
            return entry;
        known.append(QStringLiteral("\"%1\"").arg(entry.id));
    }
    return Errors::make(ErrorKind::InvalidFile,
        Texts::tr("no accuracy class \"%1\"; known classes are %2").arg(id, known.join(QStringLiteral(", "))));
}

} // namespace iotpro::calibration
