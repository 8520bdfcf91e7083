#include "StartupOptions.h"

#include "transport/DeviceAddress.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QTextStream>

namespace iotpro::ui {

namespace {

/// Exit codes as every IoT Pro program uses them.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

} // namespace

std::variant<StartupOptions, int> CommandLine::parse(const QStringList& arguments)
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
        options.connectTo = ConnectionTarget::virtualModule();
    if (parser.isSet(device)) {
        const Result<DeviceAddress> address
            = DeviceAddress::parse(parser.value(device));
        if (!address) {
            err << address.error().toString() << u'\n';
            return kExitUsage;
        }
        options.connectTo = ConnectionTarget::device(address.value());
    }
    return options;
}

} // namespace iotpro::ui
