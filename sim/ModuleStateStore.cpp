#include "ModuleStateStore.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcState, "iotpro.sim.state", QtInfoMsg)

namespace {

constexpr auto kFileName = u"module-state.json";
// Raised when a change of the layout would make an older sim misread the file.
constexpr int kFormat = 1;
constexpr QLatin1StringView kFormatKey("format");
constexpr QLatin1StringView kConfigCounterKey("configCounter");

} // namespace

ModuleStateStore::ModuleStateStore(const QString& directory)
    : m_file(directory, QString::fromUtf16(kFileName))
{ }

std::optional<ModuleState> ModuleStateStore::load()
{
    if (!m_file.exists())
        return ModuleState {};
    const std::optional<QJsonObject> object = m_file.read();
    if (!object) {
        m_errorString = m_file.errorString();
        return std::nullopt;
    }
    const qint64 configCounter = object->value(kConfigCounterKey).toInteger(-1);
    if (object->value(kFormatKey).toInt() != kFormat || configCounter < 0) {
        m_errorString = tr("%1 is damaged or was written by a newer iotpro-sim; delete it to start "
                           "as a never-configured module.")
                            .arg(filePath());
        return std::nullopt;
    }
    return ModuleState { static_cast<quint64>(configCounter) };
}

bool ModuleStateStore::save(const ModuleState& state)
{
    const QJsonObject object {
        { kFormatKey, kFormat },
        { kConfigCounterKey, static_cast<qint64>(state.configCounter) },
    };
    if (!m_file.write(object)) {
        m_errorString = m_file.errorString();
        return false;
    }
    qCDebug(lcState) << "saved" << filePath();
    return true;
}

} // namespace iotpro::sim
