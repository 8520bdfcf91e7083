#include "DiagnoseCommand.h"

#include "Console.h"
#include "ModuleConnection.h"
#include "electrical/DiagnosisJson.h"
#include "electrical/SnapshotWindow.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace iotpro::cli {

namespace {

QCommandLineOption inputOption()
{
    return QCommandLineOption(u"input"_qs,
        DiagnoseCommand::tr(
            "Installation and readings as JSON (see docs/diagnosis.md); - reads standard input."),
        u"FILE"_qs);
}

/// The whole input, or why it could not be read.
std::variant<QByteArray, QString> readInput(const QString& path)
{
    const bool standardInput = path == u"-";
    QFile file(standardInput ? QString() : path);
    const bool opened
        = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return DiagnoseCommand::tr("cannot read %1: %2").arg(path, file.errorString());
    return file.readAll();
}

/// The live window: 2 s of snapshots at 10 Hz, as the live view averages them.
constexpr quint32 kLiveRateHz = 10;
constexpr qsizetype kLiveWindowSize = 20;
/// How long the readings may take to settle before the command gives up.
constexpr std::chrono::seconds kSteadyTimeout(20);

} // namespace

QString DiagnoseCommand::summary() const
{
    return tr("Check the CT wiring from recorded readings: which phase each CT is on, which way it faces, "
              "and what to do.");
}

QList<QCommandLineOption> DiagnoseCommand::options() const
{
    return { inputOption() };
}

void DiagnoseCommand::run(CommandContext& context)
{
    if (context.parser.isSet(inputOption()))
        return diagnoseFile(context);
    if (!context.deviceAddress.isEmpty())
        return diagnoseLive(context);
    context.console.error(tr("diagnose needs --input FILE (or --input - for standard input), or --device ADDRESS "
                             "for the live check."));
    context.finish(ExitUsage);
}

void DiagnoseCommand::diagnoseLive(CommandContext& context)
{
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    QObject::connect(client, &DeviceClient::liveFailed, client, [&context](const Error& error) {
        context.console.error(error);
        context.finish(ExitFailure);
    });
    QObject::connect(client, &DeviceClient::liveSnapshot, client,
        [this, &context](const LiveSnapshot& snapshot) { onSnapshot(context, snapshot); });
    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, client, [this, &context] {
        context.console.error(tr("the readings did not settle within %1 s (%2): wait for a steady load and try "
                                 "again.")
                                  .arg(std::chrono::seconds(kSteadyTimeout).count())
                                  .arg(m_unsteadyReason));
        context.finish(ExitFailure);
    });
    connectToModule(context, *client, [this, client](const DeviceInfo&) {
        m_deadline.start(kSteadyTimeout);
        client->startLive(kLiveRateHz);
    });
}

void DiagnoseCommand::onSnapshot(CommandContext& context, const LiveSnapshot& snapshot)
{
    if (!m_deadline.isActive())
        return; // already decided
    m_window.append(toElectricalSnapshot(snapshot));
    if (m_window.size() > kLiveWindowSize)
        m_window.removeFirst();
    if (m_window.size() < kLiveWindowSize)
        return;
    const electrical::Installation installation = toInstallation(snapshot.setup);
    const electrical::AveragedSnapshot averaged = electrical::averageSnapshots(m_window, installation);
    if (!averaged.stable) {
        m_unsteadyReason = averaged.reason;
        return;
    }
    m_deadline.stop();
    m_client->stopLive();
    context.console.json(QJsonDocument(electrical::toJson(electrical::diagnose(installation, averaged.mean))));
    context.finish(ExitOk);
}

void DiagnoseCommand::diagnoseFile(CommandContext& context)
{
    const QString path = context.parser.value(inputOption());
    const auto input = readInput(path);
    if (const auto* reason = std::get_if<QString>(&input)) {
        context.console.error(*reason);
        return context.finish(ExitFailure);
    }
    const auto request = electrical::parseDiagnosisRequest(std::get<QByteArray>(input));
    if (const auto* reason = std::get_if<QString>(&request)) {
        context.console.error(tr("%1: %2").arg(path == u"-" ? tr("standard input") : path, *reason));
        return context.finish(ExitFailure);
    }
    const auto& [installation, snapshot, clampMeter] = std::get<electrical::DiagnosisRequest>(request);
    context.console.json(
        QJsonDocument(electrical::toJson(electrical::diagnose(installation, snapshot, clampMeter))));
    context.finish(ExitOk);
}

} // namespace iotpro::cli
