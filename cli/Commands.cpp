#include "CliApplication.h"
#include "commands/DiagnoseCommand.h"
#include "commands/InfoCommand.h"
#include "commands/KeygenCommand.h"
#include "commands/LiveCommand.h"
#include "commands/PortsCommand.h"

namespace iotpro::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<PortsCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<DiagnoseCommand>());
    commands.push_back(std::make_unique<LiveCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    return commands;
}

} // namespace iotpro::cli
