#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
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
    /// The job history database (core/storage); --history FILE, else the default in the
    /// user's data directory.
    static QCommandLineOption history();
    static QString historyPath(const QCommandLineParser& parser);
    static QList<QCommandLineOption> all();
};

} // namespace iotpro::cli
