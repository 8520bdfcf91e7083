#include "ConfigApply.h"

#include "Command.h"
#include "ConfigFile.h"
#include "ConfigOutput.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "SessionRecording.h"
#include "SigningKeyLoading.h"
#include "commissioning/CommissioningJson.h"
#include "commissioning/ConfigWriter.h"
#include "config/ConfigJson.h"
#include "device/CheckRequests.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <variant>

namespace iotpro::cli {

namespace {

QCommandLineOption fileOption()
{
    return QCommandLineOption(u"file"_qs,
        ConfigApply::tr("config apply: the configuration to write, in its JSON form (as config get --json prints "
                        "it); an empty secret keeps the module's."),
        ConfigApply::tr("CONFIG.json"));
}

QCommandLineOption keyOption()
{
    return QCommandLineOption(u"key"_qs,
        ConfigApply::tr("config apply: the private signing key file (iotpro-cli keygen); the module must trust it."),
        ConfigApply::tr("KEYFILE"));
}

QCommandLineOption popOption()
{
    return QCommandLineOption(u"pop"_qs,
        ConfigApply::tr("config apply: the code printed on the module label, e.g. 7391-2204."), ConfigApply::tr("CODE"));
}

QCommandLineOption requireNetworkOption()
{
    return QCommandLineOption(u"require-network"_qs,
        ConfigApply::tr("config apply: fail unless every enabled network and GPS passes the check and at least one "
                        "network connects."));
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(u"passphrase-file"_qs,
        ConfigApply::tr("config apply: the passphrase of an encrypted key, on the first line of FILE."),
        ConfigApply::tr("FILE"));
}

QCommandLineOption checklistOption()
{
    return QCommandLineOption(u"checklist"_qs,
        ConfigApply::tr("config apply: the safety checklist points confirmed, comma-separated, of "
                        "ct_secondaries_never_open, voltage_taps_fused, enclosure_closed (or none); the others "
                        "are recorded as NOT confirmed. Without it the report says \"not performed\"."),
        ConfigApply::tr("POINTS"));
}

/// The points of --checklist, or the first name that is none.
std::variant<QList<storage::ChecklistItem>, QString> checklistPoints(const QString& value)
{
    QList<storage::ChecklistItem> points;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name == u"none")
            continue;
        const std::optional<storage::ChecklistItem> point = storage::checklistFromName(name);
        if (!point)
            return name;
        if (!points.contains(*point))
            points.append(*point);
    }
    return points;
}

} // namespace

ConfigApply::ConfigApply() = default;
ConfigApply::~ConfigApply() = default;

QList<QCommandLineOption> ConfigApply::options()
{
    return { fileOption(), keyOption(), popOption(), requireNetworkOption(), passphraseFileOption(),
        checklistOption() };
}

Result<security::SigningKey> ConfigApply::loadKey(const CommandContext& context) const
{
    return SigningKeyLoading::load(context.parser.value(keyOption()),
        context.parser.isSet(passphraseFileOption()) ? context.parser.value(passphraseFileOption()) : QString());
}

void ConfigApply::run(CommandContext& context)
{
    QStringList missing;
    for (const QCommandLineOption& option : { fileOption(), keyOption(), popOption() }) {
        if (context.parser.value(option).isEmpty())
            missing << u"--" + option.names().constFirst() + u' ' + option.valueName();
    }
    if (!missing.isEmpty()) {
        context.console.error(tr("config apply needs %1.").arg(missing.join(u", ")));
        return context.finish(ExitUsage);
    }
    if (context.parser.isSet(checklistOption())) {
        const auto points = checklistPoints(context.parser.value(checklistOption()));
        if (const QString* unknown = std::get_if<QString>(&points)) {
            context.console.error(tr("config apply: \"%1\" is no checklist point; --checklist takes "
                                     "ct_secondaries_never_open, voltage_taps_fused, enclosure_closed or none.")
                                      .arg(*unknown));
            return context.finish(ExitUsage);
        }
        m_checklist = std::get<QList<storage::ChecklistItem>>(points);
    }
    Result<config::DeviceConfig> config = ConfigFile::read(context.parser.value(fileOption()));
    if (!config) {
        context.console.error(config.error());
        return context.finish(ExitFailure);
    }
    Result<security::SigningKey> key = loadKey(context);
    if (!key) {
        context.console.error(key.error());
        return context.finish(ExitFailure);
    }
    m_key.emplace(std::move(key).value());
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_config = config::withoutSecrets(config.value());

    m_client = std::make_unique<DeviceClient>();
    m_writer = std::make_unique<commissioning::ConfigWriter>(*m_client);
    connectWriter(context);
    commissioning::ConfigWriteRequest request;
    request.config = config.value();
    request.labelCode = context.parser.value(popOption());
    connectToModule(
        context, *m_client,
        [this, request](const DeviceInfo&) {
            m_writer->start(request, std::move(*m_key));
            m_key.reset();
        },
        LinkLoss::HandledByCommand);
}

void ConfigApply::connectWriter(CommandContext& context)
{
    using commissioning::ConfigWriter;
    const bool json = context.parser.isSet(GlobalOptions::json());
    ConfigWriter* writer = m_writer.get();
    QObject::connect(writer, &ConfigWriter::openingRead, writer,
        [this, &context, json](const commissioning::OpeningReadings& readings) {
            if (json)
                return;
            const DeviceInfo info = m_client->deviceInfo().value_or(DeviceInfo {});
            for (const QString& line : ConfigOutput::opening(info, info.configCounter, readings))
                context.console.line(line);
        });
    QObject::connect(writer, &ConfigWriter::reconnecting, writer,
        [&context](commissioning::WriteStep step, const Error& cause) {
            context.console.error(tr("the link broke (%1: %2); reconnecting to find out which configuration the "
                                     "module has …")
                                      .arg(commissioning::stepText(step), cause.toString()));
        });
    QObject::connect(writer, &ConfigWriter::written, writer,
        [this, &context, json](const commissioning::ConfigWriteResult& result) {
            m_result = result;
            if (json)
                return;
            for (const QString& line : ConfigOutput::written(result))
                context.console.line(line);
        });
    QObject::connect(writer, &ConfigWriter::stepStarted, writer, [&context, json](commissioning::WriteStep step) {
        if (!json && step == commissioning::WriteStep::NetworkCheck)
            context.console.line(tr("Network check    the module tries each enabled network and GPS (up to %1 s)")
                                     .arg(CheckRequests::DefaultNetworkTimeoutS));
    });
    QObject::connect(writer, &ConfigWriter::networkChecked, writer,
        [this, &context, json](const NetworkCheckReport& report) {
            m_network = report;
            if (json)
                return;
            for (const QString& line : ConfigOutput::networkCheck(report))
                context.console.line(line);
        });
    QObject::connect(writer, &ConfigWriter::networkCheckFailed, writer, [this, &context](const Error& error) {
        m_networkError = error;
        context.console.error(tr("network check: %1").arg(error.toString()));
    });
    QObject::connect(writer, &ConfigWriter::failed, writer,
        [this](const commissioning::ConfigWriteFailure& failure) { m_failure = failure; });
    QObject::connect(writer, &ConfigWriter::finished, writer, [this, &context] { onFinished(context); });
}

void ConfigApply::onFinished(CommandContext& context)
{
    recordSession(context);
    if (m_failure) {
        printFailure(context);
        return context.finish(ExitFailure);
    }
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonObject json = commissioning::toJson(*m_result);
        json.insert(u"network_check"_qs, m_network ? QJsonValue(commissioning::toJson(*m_network)) : QJsonValue());
        if (m_networkError)
            json.insert(u"network_check_error"_qs, m_networkError->toString());
        context.console.json(QJsonDocument(json));
    }
    context.finish(exitCode(context));
}

void ConfigApply::recordSession(CommandContext& context) const
{
    storage::SessionRecord record;
    record.origin = storage::SessionOrigin::CliApply;
    record.startedAt = m_startedAt;
    record.module = storage::ModuleIdentity::of(m_client->deviceInfo().value_or(DeviceInfo {}));
    record.config = m_result ? m_result->config : m_config;
    record.written = m_result;
    if (m_failure)
        record.writeFailure = storage::WriteFailureRecord::of(*m_failure);
    const commissioning::SignedConfig& signedConfig = m_writer->lastSigned();
    if (m_result)
        record.envelope = { signedConfig.payload, signedConfig.signature, m_writer->lastSignerPublicKey() };
    record.network = m_network;
    if (m_networkError)
        record.networkCheckError = m_networkError->toString();
    record.checklist = m_checklist;
    SessionRecording::record(context, record);
}

int ConfigApply::exitCode(const CommandContext& context) const
{
    if (!context.parser.isSet(requireNetworkOption()))
        return ExitOk;
    if (!m_network) {
        context.console.error(tr("--require-network: the network check did not run to its end."));
        return ExitFailure;
    }
    if (m_network->anyFailed()) {
        context.console.error(tr("--require-network: the configuration is written, but a network or GPS check "
                                 "failed (see above)."));
        return ExitFailure;
    }
    if (!m_network->anyNetworkPassed()) {
        context.console.error(tr("--require-network: the configuration is written, but it enables no network to "
                                 "check."));
        return ExitFailure;
    }
    return ExitOk;
}

void ConfigApply::printFailure(CommandContext& context) const
{
    const commissioning::ConfigWriteFailure& failure = *m_failure;
    for (const config::ValidationIssue& issue : failure.issues)
        context.console.error(issue.toString());
    context.console.error(failure.error);
    const bool brokeEarly = commissioning::linkBrokeBeforeUpload(failure);
    if (brokeEarly)
        context.console.error(tr("Nothing was written: the link broke before the configuration was sent (%1).")
                                  .arg(commissioning::stepText(failure.step)));
    if (failure.step >= commissioning::WriteStep::Upload || failure.reconnected || brokeEarly)
        context.console.error(commissioning::outcomeText(failure));
    if (context.parser.isSet(GlobalOptions::json()))
        context.console.json(QJsonDocument(commissioning::toJson(failure)));
}

} // namespace iotpro::cli
