#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iotpro::storage {

/// A file the job history writes for the office (a job pack, an export), from the app or the
/// CLI: whole or not at all (QSaveFile), so an interrupted write never leaves half a file where
/// the last good one was.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::ExportFile)

public:
    static Result<void> write(const QString& path, const QByteArray& bytes);
};

} // namespace iotpro::storage
