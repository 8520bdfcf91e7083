#include "JsonStateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <fcntl.h>
#include <unistd.h>

namespace iotpro::sim {

namespace {

/// Flushes a directory's entries to disk, so that a rename in it survives a power cut.
bool syncDirectory(const QString& directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

JsonStateFile::JsonStateFile(const QString& directory, const QString& fileName, Readers readers)
    : m_directory(directory)
    , m_filePath(QDir(directory).filePath(fileName))
    , m_readers(readers)
{ }

bool JsonStateFile::exists() const
{
    return QFile::exists(m_filePath);
}

std::optional<QJsonObject> JsonStateFile::read()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Cannot read %1: %2.").arg(m_filePath, file.errorString());
        return std::nullopt;
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool JsonStateFile::write(const QJsonObject& object)
{
    if (!QDir().mkpath(m_directory)) {
        m_errorString = tr("Cannot create the state directory %1.").arg(m_directory);
        return false;
    }
    // QSaveFile writes a temporary file, fsyncs it and renames it over the old one on commit().
    QSaveFile file(m_filePath);
    const bool written = file.open(QIODevice::WriteOnly)
        && (m_readers == Readers::AsUmaskAllows
            || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        && file.write(QJsonDocument(object).toJson()) >= 0 && file.commit();
    if (!written) {
        m_errorString = tr("Cannot write %1: %2.").arg(m_filePath, file.errorString());
        return false;
    }
    if (!syncDirectory(m_directory)) {
        m_errorString = tr("Cannot flush the state directory %1 to disk.").arg(m_directory);
        return false;
    }
    return true;
}

} // namespace iotpro::sim
