#include "CliApplication.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "device/DeviceClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace iotpro::cli {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::CliApplication)
};

/// Index of the command name: the first argument that is neither an option nor the value of
/// a global option that takes one.
qsizetype commandIndex(const QStringList& arguments)
{
    const QList<QCommandLineOption> globals = GlobalOptions::all();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (!arg.startsWith(u'-'))
            return i;
        if (arg.contains(u'='))
            continue;
        const QString name = arg.mid(arg.startsWith(u"--") ? 2 : 1);
        for (const QCommandLineOption& option : globals) {
            if (option.names().contains(name) && !option.valueName().isEmpty())
                ++i; // skip its value
        }
    }
    return -1;
}

} // namespace

CliApplication::CliApplication(Console& console, std::vector<std::unique_ptr<Command>> commands)
    : m_console(console)
    , m_commands(std::move(commands))
{
}

Command* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::helpText() const
{
    QString text = Texts::tr("Usage: iotpro-cli [--device ADDRESS] [--json] [--history FILE] COMMAND [options] [arguments]\n"
                             "Commissioning and production tool for IoT Pro Energy Modules.\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
    text += Texts::tr("\nGlobal options:\n"
                      "  -d, --device ADDRESS  serial:/dev/ttyACM0, tcp:HOST:PORT or ble:AA:BB:CC:DD:EE:FF\n"
                      "  --json                machine-readable output\n"
                      "  --history FILE        the job history database (default: in your data directory)\n"
                      "  -h, --help            this help; COMMAND --help for a command's options\n"
                      "  -v, --version         the program's version\n"
                      "\nExit status: 0 success, 1 the command failed (its reason on stderr), 2 usage error.\n");
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    const qsizetype index = commandIndex(arguments);
    const QStringList before = arguments.mid(0, index < 0 ? arguments.size() : index);
    if (before.contains(u"--version") || before.contains(u"-v")) {
        m_console.line(QStringLiteral("iotpro-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (index < 0 || before.contains(u"--help") || before.contains(u"-h")) {
        m_console.out() << helpText();
        m_console.out().flush();
        if (index < 0 && !before.contains(u"--help") && !before.contains(u"-h")) {
            m_console.error(Texts::tr("no command given; see the list above."));
            return ExitUsage;
        }
        return ExitOk;
    }

    Command* command = find(arguments[index]);
    if (!command) {
        m_console.error(Texts::tr("unknown command \"%1\"; run iotpro-cli --help for the list.").arg(arguments[index]));
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addOptions(GlobalOptions::all());
    parser.addOptions(command->options());
    if (!command->positionalSyntax().isEmpty())
        parser.addPositionalArgument(command->name(), command->positionalSyntax());
    QStringList commandLine = arguments;
    commandLine.removeAt(index);
    if (!parser.parse(commandLine)) {
        m_console.error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_qs)) {
        // Qt's first help line names the binary's path; ours names the command.
        const QString help = parser.helpText();
        m_console.out() << Texts::tr("Usage: iotpro-cli %1 [options] %2").arg(command->name(), command->positionalSyntax()).trimmed()
                        << help.mid(help.indexOf(u'\n'));
        m_console.out().flush();
        return ExitOk;
    }

    QEventLoop loop;
    int exitCode = ExitFailure;
    CommandContext context { m_console, parser, parser.positionalArguments(), parser.value(GlobalOptions::device()),
        [&loop, &exitCode](int code) {
            exitCode = code;
            loop.exit();
        } };
    QTimer::singleShot(0, &loop, [command, &context] { command->run(context); });
    loop.exec();
    return exitCode;
}

} // namespace iotpro::cli
