#pragma once

#include "MeteringSetup.h"
#include "Site.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace iotpro::sim {

/// One situation the virtual module can be put in: the site as it really is, and how the
/// module is set up to meter it (docs/simulator.md, "Scenarios").
struct Scenario
{
    QString name;
    QString description; ///< what it shows
    QString expectedDiagnosis; ///< what a correct diagnosis says about it
    Site site;
    MeteringSetup setup;
    quint64 seed = 1;

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

// Limits shared by scenario files and the command line.
inline constexpr double kMaxLoadCurrentA = 20000.0;
inline constexpr double kMaxNominalVoltage = 1000.0;
/// 0 < |pf| <= 1: positive lagging, negative leading.
constexpr bool isValidPowerFactor(double powerFactor)
{
    return powerFactor != 0.0 && powerFactor >= -1.0 && powerFactor <= 1.0;
}
constexpr bool isValidFrequency(double frequency)
{
    return frequency == 50.0 || frequency == 60.0;
}

/// Reads a scenario from its JSON form (docs/simulator.md, "Scenario files"). "extends" must
/// be resolved already (ScenarioLibrary::resolve()). Returns why it cannot, in one line
/// starting with the key at fault, e.g. "load.power_factor: must be ...".
std::variant<Scenario, QString> scenarioFromJson(const QJsonObject& object);

/// "3P4W", "3P3W", "1P".
QString wiringName(Wiring wiring);

} // namespace iotpro::sim
