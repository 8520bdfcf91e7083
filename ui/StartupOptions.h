#pragma once

#include "ConnectionTarget.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

namespace iotpro::ui {

/// What iotpro-commissioner's command line asks for at start-up.
struct StartupOptions
{
    std::optional<ConnectionTarget> connectTo;
    /// Passed to the virtual module whenever it is started.
    QStringList virtualModuleArguments;
};

/// Parses the app's command line. Needs only a QCoreApplication, so --help, --version and bad
/// arguments are answered without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// The options to start with, or the exit code when the command line was answered
    /// (--help, --version) or refused.
    static std::variant<StartupOptions, int> parse(const QStringList& arguments);
};

} // namespace iotpro::ui
