#include "SimOptions.h"

#include "ScenarioChoice.h"
#include "security/PakeKeySchedule.h"
#include "security/PublicKeyCodec.h"
#include "electrical/Faults.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kNoOptions = u"none";
constexpr auto kDefaultTimeZone = u"UTC";
// iotpro.proto, TrustedKey.label.
constexpr qsizetype kMaxTrustLabelBytes = 64;

std::optional<FittedOptions> parseFittedOptions(const QString& list)
{
    FittedOptions fitted { false, false, false, false };
    if (list == kNoOptions)
        return fitted;
    const QStringList names = list.split(u',');
    for (const QString& name : names) {
        if (name == u"wifi")
            fitted.wifi = true;
        else if (name == u"lorawan")
            fitted.lorawan = true;
        else if (name == u"cellular")
            fitted.cellular = true;
        else if (name == u"gps")
            fitted.gps = true;
        else
            return std::nullopt;
    }
    return fitted;
}

std::optional<ProtocolRange> parseProtocolRange(const QString& text)
{
    const QStringList bounds = text.split(u':');
    if (bounds.size() != 2)
        return std::nullopt;
    bool minOk = false;
    bool maxOk = false;
    const ProtocolRange range { bounds.at(0).toUInt(&minOk), bounds.at(1).toUInt(&maxOk) };
    if (!minOk || !maxOk || range.min == 0 || range.min > range.max)
        return std::nullopt;
    return range;
}

std::optional<Wiring> parseWiring(const QString& text)
{
    for (const Wiring wiring :
        { Wiring::ThreePhaseFourWire, Wiring::ThreePhaseThreeWire, Wiring::SinglePhase }) {
        if (text.compare(wiringName(wiring), Qt::CaseInsensitive) == 0)
            return wiring;
    }
    return std::nullopt;
}

std::optional<PhaseSequence> parsePhaseSequence(const QString& text)
{
    if (text.compare(u"ABC", Qt::CaseInsensitive) == 0)
        return PhaseSequence::Abc;
    if (text.compare(u"ACB", Qt::CaseInsensitive) == 0)
        return PhaseSequence::Acb;
    return std::nullopt;
}

/// A number in machine format: never the locale's decimal separator.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

} // namespace

SimCommandLine::SimCommandLine()
    : m_helpOption(m_parser.addHelpOption())
    , m_versionOption(m_parser.addVersionOption())
    , m_ptyOption(u"pty"_s,
          tr("Serve on a new pseudo-terminal and print its address, serial:/dev/pts/N (the default "
             "when no --tcp is given)."))
    , m_tcpOption(u"tcp"_s,
          tr("Serve on 127.0.0.1:<port> and print its address, tcp:127.0.0.1:<port>; 0 picks a free "
             "port."),
          tr("port"))
    , m_serialOption(u"serial"_s,
          tr("Serial number of the module: 1 to 16 letters, digits or '-' (default %1).")
              .arg(QString::fromUtf16(kDefaultSerialNumber)),
          tr("serial"))
    , m_stateDirOption(u"state-dir"_s,
          tr("Directory for the module's persistent state (default: %1/<serial>).")
              .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
          tr("dir"))
    , m_optionsOption(u"options"_s,
          tr("Fitted options, comma-separated among wifi, lorawan, cellular, gps; \"none\" for "
             "none (default: all)."),
          tr("list"))
    , m_protocolVersionsOption(u"protocol-versions"_s,
          tr("Range of protocol versions the module claims (default %1:%2).")
              .arg(protocol::kMinVersion)
              .arg(protocol::kMaxVersion),
          tr("min:max"))
    , m_timeZoneOption(u"time-zone"_s,
          tr("IANA time zone the module reports, e.g. Europe/Berlin (default %1).")
              .arg(QString::fromUtf16(kDefaultTimeZone)),
          tr("name"))
    , m_exitOnStdinEofOption(u"exit-on-stdin-eof"_s,
          tr("End when standard input ends, for launchers that keep a pipe to the module."))
    , m_scenarioOption(u"scenario"_s,
          tr("The site the module measures: a built-in scenario (see --list-scenarios) or a scenario "
             "file, NAME.json (default: correct wiring)."),
          tr("name|file"))
    , m_listScenariosOption(u"list-scenarios"_s, tr("List the built-in scenarios and exit."))
    , m_faultOption(u"fault"_s,
          tr("Add a wiring fault; repeatable, applied in order after the scenario's own: %1.")
              .arg(faultSyntax()),
          tr("fault"))
    , m_wiringOption(u"wiring"_s, tr("Supply and metering: 3P4W, 3P3W or 1P (default 3P4W)."), tr("wiring"))
    , m_phaseSequenceOption(
          u"phase-sequence"_s, tr("Phase sequence of the supply: ABC or ACB."), tr("sequence"))
    , m_frequencyOption(u"frequency"_s, tr("Nominal mains frequency: 50 or 60 Hz."), tr("hz"))
    , m_loadOption(u"load-a"_s, tr("Load current of every phase, in amperes."), tr("amps"))
    , m_powerFactorOption(u"pf"_s,
          tr("Power factor of every phase's load: positive lagging (0.9), negative leading (-0.95)."),
          tr("pf"))
    , m_seedOption(u"seed"_s,
          tr("Seed of the load variation and the measurement noise: the same seed replays the same "
             "run (default: the scenario's, 1)."),
          tr("n"))
    , m_modbusTcpOption(u"modbus-tcp"_s,
          tr("Serve Modbus TCP on 127.0.0.1:<port> and print its address, modbus-tcp:127.0.0.1:<port>: the "
             "module's metering as an SDM630-class meter, or with --bench the reference meter (unit 1) and "
             "the test source (unit 2); 0 picks a free port."),
          tr("port"))
    , m_benchOption(u"bench"_s,
          tr("Put the module on a calibration bench: a steady test source drives it, and a reference meter "
             "reads the true values (needs --modbus-tcp)."))
    , m_benchSpeedOption(u"bench-speed"_s,
          tr("With --bench: the bench's metering runs this many times faster than real time, so energy "
             "registers count fast (1 to %1, default %2).")
              .arg(kMaxBenchSpeed)
              .arg(kDefaultBenchSpeed),
          tr("factor"))
    , m_meterErrorOption(u"meter-error"_s,
          tr("Give metering element N its own error before calibration, e.g. 1:+0.4%,0.2deg (gain, then "
             "phase lag); repeatable."),
          tr("error"))
    , m_labelCodeOption(u"pop"_s,
          tr("The code printed on the module's label, which pairing proves (default %1).")
              .arg(QString::fromUtf16(kDefaultLabelCode)),
          tr("code"))
    , m_trustOption(u"trust"_s,
          tr("Trust the public key in FILE.pub as a configuration signer, as production enrols it; "
             "repeatable. Kept in the state directory."),
          tr("file"))
    , m_factoryOption(u"factory"_s,
          tr("Factory mode for this run: the trust store can be changed over the link (trust add, trust "
             "remove)."))
    , m_killAtOption(u"kill-at"_s,
          tr("Test only: die by SIGKILL at this step of a configuration write: %1.")
              .arg(killPointNames().join(u", "_s)),
          tr("step"))
    , m_library(ScenarioLibrary::builtIn())
{
    m_parser.setApplicationDescription(
        tr("The virtual IoT Pro Energy Module: speaks the module's protocol on a pseudo-terminal "
           "or TCP. Ends on SIGTERM or SIGINT."));
    m_parser.addOptions({ m_ptyOption, m_tcpOption, m_serialOption, m_stateDirOption, m_optionsOption,
        m_protocolVersionsOption, m_timeZoneOption, m_exitOnStdinEofOption, m_scenarioOption,
        m_listScenariosOption, m_faultOption, m_wiringOption, m_phaseSequenceOption, m_frequencyOption,
        m_loadOption, m_powerFactorOption, m_seedOption, m_modbusTcpOption, m_benchOption, m_benchSpeedOption,
        m_meterErrorOption, m_labelCodeOption, m_trustOption, m_factoryOption, m_killAtOption });
    m_surroundings.addTo(m_parser);
}

QString SimCommandLine::scenarioListText() const
{
    QString text;
    for (const QString& name : m_library.names()) {
        const std::variant<Scenario, QString> scenario = m_library.scenario(name);
        const Scenario* found = std::get_if<Scenario>(&scenario);
        text += name + u"  "_s + (found ? found->description : std::get<QString>(scenario)) + u'\n';
    }
    return text;
}

SimCommandLine::Outcome SimCommandLine::parse(const QStringList& arguments)
{
    m_options = {};
    m_errorText.clear();
    if (!m_parser.parse(arguments)) {
        m_errorText = m_parser.errorText();
        return Outcome::Invalid;
    }
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    if (m_parser.isSet(m_listScenariosOption))
        return Outcome::ListScenarios;
    if (!resolveValues() || !resolveSite() || !resolveBench() || !resolveSecurity())
        return Outcome::Invalid;
    if (const std::optional<QString> error = m_surroundings.resolve(
            m_parser, m_options.radioSite, m_options.inputWiring, m_options.networkTimeScale)) {
        fail(*error);
        return Outcome::Invalid;
    }
    return Outcome::Run;
}

bool SimCommandLine::fail(const QString& errorText)
{
    m_errorText = errorText;
    return false;
}

bool SimCommandLine::resolveValues()
{
    if (const QStringList extra = m_parser.positionalArguments(); !extra.isEmpty())
        return fail(tr("Unexpected argument \"%1\".").arg(extra.first()));

    if (m_parser.isSet(m_tcpOption)) {
        const QString text = m_parser.value(m_tcpOption);
        bool ok = false;
        const ushort port = text.toUShort(&ok);
        if (!ok)
            return fail(tr("--tcp needs a port number from 0 to 65535, not \"%1\".").arg(text));
        m_options.tcpPort = port;
    }
    // A pseudo-terminal is the module's USB port: served unless only TCP was asked for.
    m_options.pty = m_parser.isSet(m_ptyOption) || !m_options.tcpPort;

    m_options.serialNumber = m_parser.isSet(m_serialOption) ? m_parser.value(m_serialOption)
                                                            : QString::fromUtf16(kDefaultSerialNumber);
    if (!isValidSerialNumber(m_options.serialNumber))
        return fail(
            tr("--serial needs 1 to 16 letters, digits or '-', not \"%1\".").arg(m_options.serialNumber));

    if (m_parser.isSet(m_stateDirOption)) {
        m_options.stateDir = m_parser.value(m_stateDirOption);
        if (m_options.stateDir.isEmpty())
            return fail(tr("--state-dir needs a directory."));
    } else {
        m_options.stateDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'
            + m_options.serialNumber;
    }

    if (m_parser.isSet(m_optionsOption)) {
        const QString list = m_parser.value(m_optionsOption);
        const std::optional<FittedOptions> fitted = parseFittedOptions(list);
        if (!fitted)
            return fail(tr("--options takes wifi, lorawan, cellular and gps separated by commas, or "
                           "none; \"%1\" is not such a list.")
                            .arg(list));
        m_options.fittedOptions = *fitted;
    }

    if (m_parser.isSet(m_protocolVersionsOption)) {
        const QString text = m_parser.value(m_protocolVersionsOption);
        const std::optional<ProtocolRange> range = parseProtocolRange(text);
        if (!range)
            return fail(tr("--protocol-versions needs MIN:MAX with 1 <= MIN <= MAX, not \"%1\".").arg(text));
        m_options.protocolVersions = *range;
    }

    m_options.timeZone = m_parser.isSet(m_timeZoneOption) ? m_parser.value(m_timeZoneOption)
                                                          : QString::fromUtf16(kDefaultTimeZone);
    if (!QTimeZone::isTimeZoneIdAvailable(m_options.timeZone.toUtf8()))
        return fail(tr("--time-zone needs an IANA time zone such as Europe/Berlin, not \"%1\".")
                        .arg(m_options.timeZone));

    m_options.exitOnStdinEof = m_parser.isSet(m_exitOnStdinEofOption);
    return true;
}

bool SimCommandLine::resolveSite()
{
    ScenarioChoice choice;
    if (m_parser.isSet(m_scenarioOption)) {
        choice.scenario = m_parser.value(m_scenarioOption);
        if (choice.scenario.isEmpty())
            return fail(tr("--scenario needs a built-in scenario's name or a scenario file."));
    }
    if (m_parser.isSet(m_wiringOption)) {
        const QString text = m_parser.value(m_wiringOption);
        choice.wiring = parseWiring(text);
        if (!choice.wiring)
            return fail(tr("--wiring takes 3P4W, 3P3W or 1P, not \"%1\".").arg(text));
    }
    if (m_parser.isSet(m_phaseSequenceOption)) {
        const QString text = m_parser.value(m_phaseSequenceOption);
        choice.phaseSequence = parsePhaseSequence(text);
        if (!choice.phaseSequence)
            return fail(tr("--phase-sequence takes ABC or ACB, not \"%1\".").arg(text));
    }
    if (m_parser.isSet(m_frequencyOption)) {
        const QString text = m_parser.value(m_frequencyOption);
        choice.frequency = parseNumber(text);
        if (!choice.frequency || !isValidFrequency(*choice.frequency))
            return fail(tr("--frequency takes 50 or 60, not \"%1\".").arg(text));
    }
    if (m_parser.isSet(m_loadOption)) {
        const QString text = m_parser.value(m_loadOption);
        choice.loadCurrentA = parseNumber(text);
        if (!choice.loadCurrentA
            || !(*choice.loadCurrentA >= 0.0 && *choice.loadCurrentA <= kMaxLoadCurrentA))
            return fail(
                tr("--load-a takes a current from 0 to %1 A, not \"%2\".").arg(kMaxLoadCurrentA).arg(text));
    }
    if (m_parser.isSet(m_powerFactorOption)) {
        const QString text = m_parser.value(m_powerFactorOption);
        choice.powerFactor = parseNumber(text);
        if (!choice.powerFactor || !isValidPowerFactor(*choice.powerFactor))
            return fail(
                tr("--pf takes a power factor from -1 to 1 other than 0 (negative: leading), not \"%1\".")
                    .arg(text));
    }
    if (m_parser.isSet(m_seedOption)) {
        const QString text = m_parser.value(m_seedOption);
        bool ok = false;
        choice.seed = text.toULongLong(&ok);
        if (!ok)
            return fail(
                tr("--seed takes a whole number from 0 to 18446744073709551615, not \"%1\".").arg(text));
    }
    choice.faults = m_parser.values(m_faultOption);

    std::variant<Scenario, QString> scenario = resolveScenario(choice, m_library);
    if (const QString* error = std::get_if<QString>(&scenario))
        return fail(*error);
    m_options.scenario = std::get<Scenario>(std::move(scenario));
    return true;
}

bool SimCommandLine::resolveBench()
{
    if (m_parser.isSet(m_modbusTcpOption)) {
        const QString text = m_parser.value(m_modbusTcpOption);
        bool ok = false;
        const ushort port = text.toUShort(&ok);
        if (!ok)
            return fail(tr("--modbus-tcp needs a port number from 0 to 65535, not \"%1\".").arg(text));
        m_options.modbusTcpPort = port;
    }
    m_options.bench = m_parser.isSet(m_benchOption);
    if (m_options.bench && !m_options.modbusTcpPort)
        return fail(tr("--bench needs --modbus-tcp PORT: the reference meter and the test source are reached "
                       "over Modbus TCP."));
    if (m_parser.isSet(m_benchSpeedOption)) {
        const QString text = m_parser.value(m_benchSpeedOption);
        const std::optional<double> speed = parseNumber(text);
        if (!m_options.bench)
            return fail(tr("--bench-speed only applies with --bench."));
        if (!speed || !(*speed >= 1.0 && *speed <= kMaxBenchSpeed))
            return fail(tr("--bench-speed takes a factor from 1 to %1, not \"%2\".").arg(kMaxBenchSpeed).arg(text));
        m_options.benchSpeed = *speed;
    }
    const int elements = ctInputCount(m_options.scenario.site.supply.wiring);
    for (const QString& text : m_parser.values(m_meterErrorOption)) {
        const std::variant<ElementChannelError, QString> parsed = parseChannelError(text);
        if (const QString* error = std::get_if<QString>(&parsed))
            return fail(*error);
        const ElementChannelError& error = std::get<ElementChannelError>(parsed);
        if (error.element > elements)
            return fail(tr("--meter-error \"%1\": this module meters %n element(s).", nullptr, elements).arg(text));
        if (m_options.meterErrors.size() < error.element)
            m_options.meterErrors.resize(error.element);
        m_options.meterErrors[error.element - 1] = error.error;
    }
    return true;
}

bool SimCommandLine::resolveSecurity()
{
    m_options.labelCode = m_parser.isSet(m_labelCodeOption) ? m_parser.value(m_labelCodeOption)
                                                            : QString::fromUtf16(kDefaultLabelCode);
    if (!security::pake::passwordFromLabelCode(m_options.labelCode))
        return fail(tr("--pop needs the code printed on the label, with at least one letter or digit."));

    for (const QString& path : m_parser.values(m_trustOption)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("--trust: cannot read %1: %2.").arg(path, file.errorString()));
        const Result<security::PublicKey> key
            = security::publickey::decode(file.read(security::publickey::MaxFileSize), path);
        if (!key)
            return fail(tr("--trust: %1.").arg(key.error().detail));
        QString label = QFileInfo(path).completeBaseName();
        while (label.toUtf8().size() > kMaxTrustLabelBytes)
            label.chop(1);
        m_options.trustedKeys.append({ key->toBytes(), label });
    }

    m_options.factoryMode = m_parser.isSet(m_factoryOption);
    if (m_parser.isSet(m_killAtOption)) {
        const QString step = m_parser.value(m_killAtOption);
        m_options.killAt = killPointFromName(step);
        if (!m_options.killAt)
            return fail(
                tr("--kill-at takes one of %1, not \"%2\".").arg(killPointNames().join(u", "_s), step));
    }
    return true;
}

} // namespace iotpro::sim
