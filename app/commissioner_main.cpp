// iotpro-commissioner: answers --help/--version without a display, then builds the object
// graph of the desktop app and runs it.

#include "ApplicationIdentity.h"
#include "ConnectionController.h"
#include "ConnectionListModel.h"
#include "LanguageSwitcher.h"
#include "LiveCheckController.h"
#include "LiveStreamController.h"
#include "MainWindow.h"
#include "RecentDevices.h"
#include "device/DeviceClient.h"
#include "device/VirtualModuleLauncher.h"
#include "transport/SerialPortScanner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <variant>

namespace {

/// What the command line asks for at start-up.
struct StartupOptions
{
    std::optional<iotpro::ui::ConnectionTarget> connectTo;
    /// Passed to the virtual module whenever it is started.
    QStringList virtualModuleArguments;
};

/// Exit codes as every IoT Pro program uses them.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// The options to start with, or the exit code when the command line was answered
    /// (--help, --version) or refused.
    static std::variant<StartupOptions, int> parse(const QStringList& arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Commissioning tool for the IoT Pro Energy Module."));
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        const QCommandLineOption virtualModule(
            QStringLiteral("virtual"), tr("Start the built-in virtual module and connect to it."));
        const QCommandLineOption device(QStringLiteral("device"),
            tr("Connect to the module at <address> (serial:/dev/ttyACM0, tcp:192.168.1.20:5020)."),
            tr("address"));
        const QCommandLineOption virtualArguments(QStringLiteral("virtual-args"),
            tr("Extra arguments for the built-in virtual module, quoted as one, e.g. "
               "\"--scenario NAME --fault ct_reversed:2\" (see iotpro-sim --help)."),
            tr("arguments"));
        parser.addOption(virtualModule);
        parser.addOption(device);
        parser.addOption(virtualArguments);

        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parser.parse(arguments)) {
            err << parser.errorText() << u'\n';
            return kExitUsage;
        }
        if (parser.isSet(help)) {
            out << parser.helpText();
            return kExitOk;
        }
        if (parser.isSet(version)) {
            out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                << u'\n';
            return kExitOk;
        }
        if (!parser.positionalArguments().isEmpty()) {
            err << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) << u'\n';
            return kExitUsage;
        }
        if (parser.isSet(virtualModule) && parser.isSet(device)) {
            err << tr("Use either --virtual or --device, not both.") << u'\n';
            return kExitUsage;
        }
        StartupOptions options;
        options.virtualModuleArguments = QProcess::splitCommand(parser.value(virtualArguments));
        if (parser.isSet(virtualModule))
            options.connectTo = iotpro::ui::ConnectionTarget::virtualModule();
        if (parser.isSet(device)) {
            const iotpro::Result<iotpro::DeviceAddress> address
                = iotpro::DeviceAddress::parse(parser.value(device));
            if (!address) {
                err << address.error().toString() << u'\n';
                return kExitUsage;
            }
            options.connectTo = iotpro::ui::ConnectionTarget::device(address.value());
        }
        return options;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    using namespace iotpro;
    // Debug output only on request (QT_LOGGING_RULES="iotpro.*.debug=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("iotpro.*.debug=false"));

    // A QCoreApplication first: --help, --version and bad arguments are answered without a
    // display (QApplication would abort without one).
    StartupOptions options;
    {
        QCoreApplication commandLineApp(argc, argv);
        ui::setApplicationIdentity();
        QSettings settings;
        const ui::LanguageSwitcher languages(settings); // --help in the user's language
        std::variant<StartupOptions, int> parsed = CommandLine::parse(QCoreApplication::arguments());
        if (const int* exitCode = std::get_if<int>(&parsed))
            return *exitCode;
        options = std::get<StartupOptions>(std::move(parsed));
    }

    QApplication app(argc, argv);
    ui::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/iotpro-commissioner.svg")));

    QSettings settings;
    ui::LanguageSwitcher languages(settings);
    DeviceClient client;
    VirtualModuleLauncher virtualModule(
        VirtualModuleLauncher::bundledProgram(), VirtualModuleLauncher::defaultStateDirectory());
    virtualModule.setExtraArguments(options.virtualModuleArguments);
    SerialPortWatcher serialPorts;
    ui::RecentDevices recentDevices(settings);
    ui::ConnectionListModel connections;
    ui::ConnectionController controller(client, virtualModule, recentDevices);
    ui::LiveStreamController liveStream(client);
    ui::LiveCheckController liveCheck;
    ui::connectLiveCheck(liveStream, liveCheck);

    QObject::connect(&serialPorts, &SerialPortWatcher::portsChanged, &connections,
        &ui::ConnectionListModel::setSerialPorts);
    QObject::connect(&recentDevices, &ui::RecentDevices::changed, &connections,
        &ui::ConnectionListModel::setRecentDevices);
    connections.setRecentDevices(recentDevices.devices());
    serialPorts.start();

    ui::MainWindow window(controller, connections, languages, liveStream, liveCheck);
    window.show();
    if (options.connectTo)
        controller.connectTo(*options.connectTo);
    return QApplication::exec();
}
