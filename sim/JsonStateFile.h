#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace iotpro::sim {

/// One JSON object kept in a file of the module's state directory, as the module keeps a
/// record in flash. Writes are atomic and durable: the new content goes to a temporary file,
/// which is flushed to disk (fsync) and renamed over the old one, and the directory is flushed
/// too. A sim killed at any moment while saving leaves the old file or the new one, never a mix.
class JsonStateFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonStateFile)

public:
    /// Who may read the file: `OwnerOnly` (0600) for files that hold secrets.
    enum class Readers { AsUmaskAllows, OwnerOnly };

    /// The key of the layout version every state file carries, raised when a change of the layout
    /// would make an older sim misread the file.
    static constexpr QLatin1StringView FormatKey { "format" };

    JsonStateFile(
        const QString& directory, const QString& fileName, Readers readers = Readers::AsUmaskAllows);

    bool exists() const;
    /// The stored object; an empty object when the file holds no JSON object (a damaged file:
    /// the caller's format check rejects it). nullopt when it cannot be read (see errorString()).
    std::optional<QJsonObject> read();
    /// Creates the directory if needed. false on failure (see errorString()).
    bool write(const QJsonObject& object);

    const QString& filePath() const { return m_filePath; }
    /// One line saying what failed last, with the path.
    const QString& errorString() const { return m_errorString; }

private:
    QString m_directory;
    QString m_filePath;
    Readers m_readers;
    QString m_errorString;
};

} // namespace iotpro::sim
