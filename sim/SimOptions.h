#pragma once

#include "ModuleIdentity.h"
#include "SurroundingsOptions.h"
#include "configuration/KillSwitch.h"
#include "electrical/ChannelErrors.h"
#include "electrical/Scenario.h"
#include "electrical/ScenarioLibrary.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotpro::sim {

/// On an accelerated bench a starting-current test registers its first watt-hours in seconds.
inline constexpr double kDefaultBenchSpeed = 60.0;
inline constexpr double kMaxBenchSpeed = 1000.0;

/// The code printed on the label of a virtual module started without --pop.
inline constexpr auto kDefaultLabelCode = u"7391-2204";

/// A signer public key to trust from the start (--trust), as production enrols it.
struct EnrolledKey
{
    QByteArray publicKey; ///< 32 bytes, checked
    QString label; ///< the key file's name without .pub
    friend bool operator==(const EnrolledKey&, const EnrolledKey&) = default;
};

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
    /// The radio surroundings the network check meets (docs/simulator.md, "The radio site").
    RadioSite radioSite = demoRadioSite();
    /// Real time per simulated time of a network check.
    double networkTimeScale = 1.0;
    /// What is wired to the inputs (docs/simulator.md, "The inputs").
    InputWiring inputWiring = demoInputWiring();
    /// Modbus TCP port on 127.0.0.1 (0 = any free port): the module's own metering as an
    /// SDM630-class meter, or with `bench` the bench's reference meter and test source.
    std::optional<quint16> modbusTcpPort;
    /// A whole calibration bench around the module (docs/simulator.md, "Bench").
    bool bench = false;
    /// How many times faster than real time the bench's metering runs (energy, settling).
    double benchSpeed = kDefaultBenchSpeed;
    /// Per element (index 0 = element 1), the metering engine's own error before calibration.
    QList<ChannelError> meterErrors;
    /// The code printed on the module's label, which pairing proves.
    QString labelCode;
    /// Configuration-signer keys trusted from the start.
    QList<EnrolledKey> trustedKeys;
    /// Factory mode for this run: the trust store can be changed over a link.
    bool factoryMode = false;
    /// Test only: the step of a configuration write at which the module dies.
    std::optional<KillPoint> killAt;

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
    bool resolveBench();
    bool resolveSecurity();

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
    QCommandLineOption m_modbusTcpOption;
    QCommandLineOption m_benchOption;
    QCommandLineOption m_benchSpeedOption;
    QCommandLineOption m_meterErrorOption;
    QCommandLineOption m_labelCodeOption;
    QCommandLineOption m_trustOption;
    QCommandLineOption m_factoryOption;
    QCommandLineOption m_killAtOption;
    const SurroundingsOptions m_surroundings;
    const ScenarioLibrary m_library;
    SimOptions m_options;
    QString m_errorText;
};

} // namespace iotpro::sim
