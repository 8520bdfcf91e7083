#include "CliApplication.h"
#include "Console.h"
#include "common/Translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    // The CLI renders PDFs with QtGui but never shows a window: it must run on a headless
    // production PC or CI box, so it picks the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // stderr carries exactly one line per failure for scripts; log chatter (ours, or Qt's on a
    // headless box without XDG_RUNTIME_DIR) would break that. QT_LOGGING_RULES turns logs back
    // on for support.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    // QGuiApplication takes some options for itself and removes them (-session, -display, …); the
    // CLI's own `report --session ID` must reach the command, so the command line is kept first.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iotpro-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOTPRO_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("IoT Pro"));
    // Help, errors and labels in the user's language; --json output uses no QLocale and stays
    // the same everywhere.
    iotpro::Translations translations;
    translations.install(QLocale());

    iotpro::cli::Console console;
    iotpro::cli::CliApplication cli(console, iotpro::cli::makeCommands());
    return cli.run(arguments);
}
