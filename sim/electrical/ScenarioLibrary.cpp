#include "ScenarioLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kBuiltInPath = u":/iotpro/sim/scenarios/library.json";
constexpr QLatin1StringView kExtendsKey("extends");
constexpr QLatin1StringView kNameKey("name");
constexpr QLatin1StringView kFaultsKey("faults");
// Deeper than any sensible chain; reaching it means a loop.
constexpr int kMaxExtendsDepth = 8;

QByteArray builtInJson()
{
    QFile file(QString::fromUtf16(kBuiltInPath));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // reported as a library that is not JSON
    return file.readAll();
}

} // namespace

QJsonObject mergedScenarioJson(const QJsonObject& base, const QJsonObject& overlay)
{
    QJsonObject merged = base;
    for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it) {
        const QJsonValue mine = merged.value(it.key());
        if (it.key() == kFaultsKey && mine.isArray() && it.value().isArray()) {
            QJsonArray faults = mine.toArray();
            for (const QJsonValue& fault : it.value().toArray())
                faults.append(fault);
            merged.insert(it.key(), faults);
        } else if (mine.isObject() && it.value().isObject()) {
            merged.insert(it.key(), mergedScenarioJson(mine.toObject(), it.value().toObject()));
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    return merged;
}

ScenarioLibrary ScenarioLibrary::builtIn()
{
    return ScenarioLibrary(builtInJson());
}

ScenarioLibrary::ScenarioLibrary(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errorString = tr("the scenario library is not JSON: %1").arg(parseError.errorString());
        return;
    }
    const QJsonArray entries = document.object().value(u"scenarios"_s).toArray();
    if (entries.isEmpty()) {
        m_errorString = tr("the scenario library has no \"scenarios\" array");
        return;
    }
    for (const QJsonValue& entry : entries) {
        const QString name = entry.toObject().value(kNameKey).toString();
        if (name.isEmpty() || find(name)) {
            m_errorString
                = tr("every scenario of the library needs a name of its own; \"%1\" is not").arg(name);
            m_entries.clear();
            return;
        }
        m_entries.append(entry.toObject());
    }
}

QStringList ScenarioLibrary::names() const
{
    QStringList names;
    for (const QJsonObject& entry : m_entries)
        names.append(entry.value(kNameKey).toString());
    return names;
}

const QJsonObject* ScenarioLibrary::find(const QString& name) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
        [&name](const QJsonObject& entry) { return entry.value(kNameKey).toString() == name; });
    return it == m_entries.cend() ? nullptr : &*it;
}

std::variant<Scenario, QString> ScenarioLibrary::scenario(const QString& name) const
{
    const QJsonObject* entry = find(name);
    if (!entry)
        return tr("there is no scenario called \"%1\"; iotpro-sim --list-scenarios names them all").arg(name);
    const std::variant<QJsonObject, QString> resolved = resolve(*entry);
    if (const QString* error = std::get_if<QString>(&resolved))
        return tr("scenario %1: %2").arg(name, *error);
    std::variant<Scenario, QString> scenario = scenarioFromJson(std::get<QJsonObject>(resolved));
    if (const QString* error = std::get_if<QString>(&scenario))
        return tr("scenario %1: %2").arg(name, *error);
    return scenario;
}

std::variant<QJsonObject, QString> ScenarioLibrary::resolve(const QJsonObject& object) const
{
    return resolve(object, 0);
}

std::variant<QJsonObject, QString> ScenarioLibrary::resolve(const QJsonObject& object, int depth) const
{
    if (!object.contains(kExtendsKey))
        return object;
    const QString baseName = object.value(kExtendsKey).toString();
    const QJsonObject* base = find(baseName);
    if (!base)
        return tr("extends: there is no built-in scenario called \"%1\"").arg(baseName);
    if (depth >= kMaxExtendsDepth)
        return tr("extends: scenario \"%1\" extends itself, directly or not").arg(baseName);
    std::variant<QJsonObject, QString> resolvedBase = resolve(*base, depth + 1);
    if (std::holds_alternative<QString>(resolvedBase))
        return resolvedBase;
    // What a scenario is called and what it shows belong to it alone.
    QJsonObject inherited = std::get<QJsonObject>(resolvedBase);
    for (const auto key : { kNameKey, "description"_L1, "expected_diagnosis"_L1 })
        inherited.remove(key);
    QJsonObject overlay = object;
    overlay.remove(kExtendsKey);
    return mergedScenarioJson(inherited, overlay);
}

} // namespace iotpro::sim
