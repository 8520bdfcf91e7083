#include "JsonStateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace iotpro::sim {

JsonStateFile::JsonStateFile(const QString& directory, const QString& fileName)
    : m_directory(directory)
    , m_filePath(QDir(directory).filePath(fileName))
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
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0
        || !file.commit()) {
        m_errorString = tr("Cannot write %1: %2.").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace iotpro::sim
