#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace iotpro {
class DeviceClient;
}

namespace iotpro::cli {

class Console;

/// Exit statuses of iotpro-cli (documented in --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< the command ran and failed: link, module, verdict
    ExitUsage = 2,   ///< the command line is wrong
};

/// What every command may use; owned by the application for the command's lifetime.
struct CommandContext
{
    Console& console;
    const QCommandLineParser& parser;
    /// Positional arguments after the command name (sub-commands, files).
    QStringList arguments;
    /// Set when the user gave --device; commands that need a module say so otherwise.
    QString deviceAddress;
    /// Ends the program with this status once the event loop is back.
    std::function<void(int)> finish;
};

/// One `iotpro-cli <name> …` command. Runs asynchronously and ends by calling finish().
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /// One line for the command list in --help.
    virtual QString summary() const = 0;
    /// Usage of the positional arguments, e.g. "list|add KEY|remove ID".
    virtual QString positionalSyntax() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }

    virtual void run(CommandContext& context) = 0;
};

} // namespace iotpro::cli
