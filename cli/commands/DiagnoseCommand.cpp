#include "DiagnoseCommand.h"

#include "Console.h"
#include "electrical/DiagnosisJson.h"

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
    if (!context.parser.isSet(inputOption())) {
        context.console.error(tr("diagnose needs --input FILE (or --input - for standard input); the live "
                                 "check from --device is not available yet."));
        return context.finish(ExitUsage);
    }
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
