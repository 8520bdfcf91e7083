// iotpro-sim: the virtual IoT Pro Energy Module. Prints where it serves, one address a line
// (primary first), then serves until SIGTERM or SIGINT. Its logging categories (iotpro.sim.*)
// start at info level so that stderr carries only warnings and errors, as launchers expect;
// QT_LOGGING_RULES="iotpro.sim.*.debug=true" shows the traffic.

#include "SimOptions.h"
#include "StdinEofWatcher.h"
#include "UnixSignalWatcher.h"
#include "VirtualModule.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace iotpro::sim;
using namespace Qt::StringLiterals;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void printError(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": "_L1 << message << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"iotpro-sim"_s);
    QCoreApplication::setApplicationVersion(simFirmwareVersion());

    SimCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SimCommandLine::Outcome::ShowHelp:
        QTextStream(stdout) << commandLine.helpText();
        return EXIT_SUCCESS;
    case SimCommandLine::Outcome::ShowVersion:
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '_L1
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return EXIT_SUCCESS;
    case SimCommandLine::Outcome::ListScenarios:
        QTextStream(stdout) << commandLine.scenarioListText();
        return EXIT_SUCCESS;
    case SimCommandLine::Outcome::Invalid:
        printError(commandLine.errorText());
        return kExitUsage;
    case SimCommandLine::Outcome::Run:
        break;
    }
    const SimOptions& options = commandLine.options();

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, &QCoreApplication::quit);
    std::unique_ptr<StdinEofWatcher> stdinWatcher;
    if (options.exitOnStdinEof) {
        stdinWatcher = std::make_unique<StdinEofWatcher>();
        QObject::connect(stdinWatcher.get(), &StdinEofWatcher::endOfInput, &app, &QCoreApplication::quit);
    }

    VirtualModule module(options);
    if (!module.start()) {
        printError(module.errorString());
        return kExitFailure;
    }
    // Launchers read the first line to learn where to connect: flush at once.
    QTextStream out(stdout);
    for (const QString& address : module.addresses())
        out << address << Qt::endl;

    return QCoreApplication::exec();
}
