#pragma once

#include "electrical/Scenario.h"
#include "electrical/ScenarioLibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace iotpro::sim {

/// What the command line says about the site the module measures (docs/simulator.md).
struct ScenarioChoice
{
    /// A library scenario's name, or the path of a scenario file (*.json, or any path with a
    /// '/'); empty for the correct wiring of `wiring`.
    QString scenario;
    std::optional<Wiring> wiring;
    std::optional<PhaseSequence> phaseSequence;
    std::optional<double> frequency;
    std::optional<double> loadCurrentA; ///< every phase
    std::optional<double> powerFactor; ///< every phase
    std::optional<quint64> seed;
    QStringList faults; ///< applied after the scenario's own, in order

    friend bool operator==(const ScenarioChoice&, const ScenarioChoice&) = default;
};

/// The library scenario of a correctly wired `wiring`: "3p4w-correct", "3p3w-correct", "1p-correct".
QString correctScenarioName(Wiring wiring);

/// The scenario `choice` describes, with the command line's changes on top; or why there is
/// none, in one line.
std::variant<Scenario, QString> resolveScenario(const ScenarioChoice& choice, const ScenarioLibrary& library);

} // namespace iotpro::sim
