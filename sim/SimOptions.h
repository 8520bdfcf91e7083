#pragma once

#include "ModuleIdentity.h"
#include "electrical/Scenario.h"
#include "electrical/ScenarioLibrary.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotpro::sim {

/// Everything the command line decides about one run of the virtual module.
struct SimOptions
{
    bool pty = true;
    std::optional<quint16> tcpPort; ///< 0 = any free port
    QString serialNumber;
    QString stateDir;
    FittedOptions fittedOptions;
    ProtocolRange protocolVersions;
    QString timeZone;
    bool exitOnStdinEof = false;
    /// The site the module measures, with the command line's changes applied.
    Scenario scenario;

    friend bool operator==(const SimOptions&, const SimOptions&) = default;
};

/// Turns iotpro-sim's arguments into SimOptions, checking every value. Unlike
/// QCommandLineParser::process() it never exits the process, so that it can be tested.
class SimCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SimCommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, ListScenarios, Invalid };

    SimCommandLine();

    /// `arguments` includes the program name first, as QCoreApplication::arguments() does.
    Outcome parse(const QStringList& arguments);

    /// Valid after parse() returned Run.
    const SimOptions& options() const { return m_options; }
    /// One line saying what is wrong, valid after parse() returned Invalid.
    const QString& errorText() const { return m_errorText; }
    QString helpText() const { return m_parser.helpText(); }
    /// The built-in scenarios, one a line: name, then what it shows.
    QString scenarioListText() const;

private:
    /// Keeps `errorText` for errorText(); returns false.
    bool fail(const QString& errorText);
    bool resolveValues();
    bool resolveSite();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_ptyOption;
    QCommandLineOption m_tcpOption;
    QCommandLineOption m_serialOption;
    QCommandLineOption m_stateDirOption;
    QCommandLineOption m_optionsOption;
    QCommandLineOption m_protocolVersionsOption;
    QCommandLineOption m_timeZoneOption;
    QCommandLineOption m_exitOnStdinEofOption;
    QCommandLineOption m_scenarioOption;
    QCommandLineOption m_listScenariosOption;
    QCommandLineOption m_faultOption;
    QCommandLineOption m_wiringOption;
    QCommandLineOption m_phaseSequenceOption;
    QCommandLineOption m_frequencyOption;
    QCommandLineOption m_loadOption;
    QCommandLineOption m_powerFactorOption;
    QCommandLineOption m_seedOption;
    const ScenarioLibrary m_library;
    SimOptions m_options;
    QString m_errorText;
};

} // namespace iotpro::sim
