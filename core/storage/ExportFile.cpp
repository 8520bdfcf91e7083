#include "ExportFile.h"

#include <QSaveFile>

namespace iotpro::storage {

Result<void> ExportFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Errors::make(ErrorKind::WriteFailed, tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace iotpro::storage
