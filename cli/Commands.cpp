#include "CliApplication.h"
#include "commands/CalibrateCommand.h"
#include "commands/ConfigCommand.h"
#include "commands/DiagnoseCommand.h"
#include "commands/HistoryCommand.h"
#include "commands/IdentifyCommand.h"
#include "commands/InfoCommand.h"
#include "commands/KeygenCommand.h"
#include "commands/KeysCommand.h"
#include "commands/LiveCommand.h"
#include "commands/PortsCommand.h"
#include "commands/ReportCommand.h"
#include "commands/TrustCommand.h"

namespace iotpro::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<PortsCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<DiagnoseCommand>());
    commands.push_back(std::make_unique<LiveCommand>());
    commands.push_back(std::make_unique<KeygenCommand>());
    commands.push_back(std::make_unique<KeysCommand>());
    commands.push_back(std::make_unique<CalibrateCommand>());
    commands.push_back(std::make_unique<IdentifyCommand>());
    commands.push_back(std::make_unique<ConfigCommand>());
    commands.push_back(std::make_unique<TrustCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace iotpro::cli
