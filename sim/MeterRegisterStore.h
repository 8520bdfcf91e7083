#pragma once

#include "JsonStateFile.h"
#include "electrical/MeteringEngine.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace iotpro::sim {

/// Keeps the metering engine's registers - energy, with the fractions not yet a whole Wh, and
/// maximum demand - in their own file of the state directory, as the engine keeps them in its
/// own non-volatile memory. Written atomically.
class MeterRegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(MeterRegisterStore)

public:
    explicit MeterRegisterStore(const QString& directory);

    /// The stored registers; a missing file is a new meter (all zero). nullopt when the file
    /// cannot be read or is damaged (see errorString()).
    std::optional<MeterRegisters> load();
    /// false on failure (see errorString()).
    bool save(const MeterRegisters& registers);

    const QString& filePath() const { return m_file.filePath(); }
    const QString& errorString() const { return m_errorString; }

private:
    JsonStateFile m_file;
    QString m_errorString;
};

} // namespace iotpro::sim
