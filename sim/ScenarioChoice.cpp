#include "ScenarioChoice.h"

#include "electrical/Faults.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::ScenarioChoice)
};

bool namesAFile(const QString& scenario)
{
    return scenario.endsWith(u".json"_s) || scenario.contains(u'/');
}

std::variant<Scenario, QString> readScenarioFile(const QString& path, const ScenarioLibrary& library)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Texts::tr("cannot read the scenario file %1: %2").arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Texts::tr("%1 is not JSON: %2 at byte %3")
            .arg(path, parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return Texts::tr("%1 must hold one JSON object (docs/simulator.md, \"Scenario files\")").arg(path);
    const std::variant<QJsonObject, QString> resolved = library.resolve(document.object());
    if (const QString* error = std::get_if<QString>(&resolved))
        return Texts::tr("%1: %2").arg(path, *error);
    std::variant<Scenario, QString> scenario = scenarioFromJson(std::get<QJsonObject>(resolved));
    if (const QString* error = std::get_if<QString>(&scenario))
        return Texts::tr("%1: %2").arg(path, *error);
    Scenario& read = std::get<Scenario>(scenario);
    if (read.name.isEmpty())
        read.name = QFileInfo(path).completeBaseName();
    return scenario;
}

} // namespace

QString correctScenarioName(Wiring wiring)
{
    return wiringName(wiring).toLower() + u"-correct"_s;
}

std::variant<Scenario, QString> resolveScenario(const ScenarioChoice& choice, const ScenarioLibrary& library)
{
    if (!library.errorString().isEmpty())
        return library.errorString();
    const QString source = choice.scenario.isEmpty()
        ? correctScenarioName(choice.wiring.value_or(Wiring::ThreePhaseFourWire))
        : choice.scenario;
    std::variant<Scenario, QString> resolved
        = namesAFile(source) ? readScenarioFile(source, library) : library.scenario(source);
    if (std::holds_alternative<QString>(resolved))
        return resolved;

    Scenario& scenario = std::get<Scenario>(resolved);
    Site& site = scenario.site;
    if (choice.wiring && *choice.wiring != site.supply.wiring)
        return Texts::tr("--wiring %1 contradicts scenario %2, which is %3")
            .arg(wiringName(*choice.wiring), scenario.name, wiringName(site.supply.wiring));
    if (choice.phaseSequence)
        site.supply.sequence = *choice.phaseSequence;
    if (choice.frequency) {
        site.supply.frequency = *choice.frequency;
        scenario.setup.nominalFrequency = *choice.frequency;
    }
    for (PhaseLoad& load : site.loads) {
        load.currentA = choice.loadCurrentA.value_or(load.currentA);
        load.powerFactor = choice.powerFactor.value_or(load.powerFactor);
    }
    scenario.seed = choice.seed.value_or(scenario.seed);
    for (const QString& fault : choice.faults) {
        if (const std::optional<QString> error = applyFault(site.wiring, site.supply.wiring, fault))
            return Texts::tr("--fault: %1").arg(*error);
    }
    return resolved;
}

} // namespace iotpro::sim
