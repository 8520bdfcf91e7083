#pragma once

#include "Scenario.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <variant>

namespace iotpro::sim {

/// Named scenarios kept as data: the library built into iotpro-sim
/// (sim/scenarios/library.json, embedded as a resource), and the "extends" mechanism through
/// which a scenario - in the library or in a file - starts from another one.
class ScenarioLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLibrary)

public:
    /// The library embedded in iotpro-sim.
    static ScenarioLibrary builtIn();
    /// A library from the text of a library file: {"scenarios": [{"name": …}, …]}. Check
    /// errorString().
    explicit ScenarioLibrary(const QByteArray& json);

    /// Empty when the library was read; otherwise one line saying what is wrong with it.
    const QString& errorString() const { return m_errorString; }

    QStringList names() const;
    /// The scenario called `name`, or why there is none.
    std::variant<Scenario, QString> scenario(const QString& name) const;
    /// `object` with its "extends" resolved: the named library scenario, with `object` merged
    /// over it (mergedScenarioJson()). Objects without "extends" come back unchanged.
    std::variant<QJsonObject, QString> resolve(const QJsonObject& object) const;

private:
    std::variant<QJsonObject, QString> resolve(const QJsonObject& object, int depth) const;
    const QJsonObject* find(const QString& name) const;

    QList<QJsonObject> m_entries;
    QString m_errorString;
};

/// `overlay` over `base`: objects merge key by key, recursively; "faults" lists are appended
/// to those of the base; any other value replaces the base's.
QJsonObject mergedScenarioJson(const QJsonObject& base, const QJsonObject& overlay);

} // namespace iotpro::sim
