#pragma once

#include "Command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace iotpro::cli {

class Console;

/// `iotpro-cli [global options] <command> [command options] [arguments]`: finds the command,
/// parses its options together with the global ones, runs it in an event loop and returns
/// the exit status. Usable in-process by tests.
class CliApplication
{
public:
    CliApplication(Console& console, std::vector<std::unique_ptr<Command>> commands);

    int run(const QStringList& arguments);

private:
    QString helpText() const;
    Command* find(const QString& name) const;

    Console& m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
};

/// Every command iotpro-cli has.
std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace iotpro::cli
