#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iotpro::cli {

/// A file the CLI writes (an export, a job pack): whole or not at all (QSaveFile), so an
/// interrupted run never leaves half a file where the last good one was.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::OutputFile)

public:
    static Result<void> write(const QString& path, const QByteArray& bytes);
};

} // namespace iotpro::cli
