#pragma once

#include "JsonStateFile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace iotpro::sim {

/// What the module keeps across restarts, as a real one keeps it in flash.
struct ModuleState
{
    /// Counter of the active signed configuration; 0 on a never-configured module.
    quint64 configCounter = 0;

    friend bool operator==(const ModuleState&, const ModuleState&) = default;
};

/// Keeps ModuleState as JSON in one file of the state directory, written atomically.
class ModuleStateStore
{
    Q_DECLARE_TR_FUNCTIONS(ModuleStateStore)

public:
    explicit ModuleStateStore(const QString& directory);

    /// The stored state; a missing file is a never-configured module. nullopt when the file
    /// cannot be read or is not a state this version understands (see errorString()).
    std::optional<ModuleState> load();
    /// Creates the directory if needed. false on failure (see errorString()).
    bool save(const ModuleState& state);

    const QString& filePath() const { return m_file.filePath(); }
    /// One line saying what failed last, with the path.
    const QString& errorString() const { return m_errorString; }

private:
    JsonStateFile m_file;
    QString m_errorString;
};

} // namespace iotpro::sim
