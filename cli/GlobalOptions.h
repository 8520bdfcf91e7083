#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace iotpro::cli {

/// Options every command accepts, before or after the command name.
class GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::GlobalOptions)

public:
    static QCommandLineOption device();
    static QCommandLineOption json();
    static QList<QCommandLineOption> all();
};

} // namespace iotpro::cli
