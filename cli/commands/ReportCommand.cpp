#include "ReportCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "report/CommissioningReport.h"
#include "report/ReportJson.h"
#include "report/ReportVerifier.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace iotpro::cli {

namespace {

/// A report file is tens of kilobytes; anything far larger is not one.
constexpr qint64 MaxReportFileSize = 16 * 1024 * 1024;

QCommandLineOption sessionOption()
{
    return { u"session"_qs, ReportCommand::tr("The recorded session to report on (iotpro-cli history list)."),
        ReportCommand::tr("ID") };
}

Result<void> writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Errors::make(ErrorKind::WriteFailed,
            ReportCommand::tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("The commissioning report of a recorded session (JSON), or verify a report file.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return { sessionOption() };
}

void ReportCommand::run(CommandContext& context)
{
    if (context.arguments.value(0) == u"verify") {
        if (context.arguments.size() != 2) {
            context.console.error(tr("report verify needs one FILE.json."));
            return context.finish(ExitUsage);
        }
        return context.finish(verify(context, context.arguments.at(1)));
    }
    context.finish(generate(context));
}

int ReportCommand::generate(CommandContext& context) const
{
    bool ok = false;
    const qint64 id = context.parser.value(sessionOption()).toLongLong(&ok);
    // `--json FILE`: the global --json flag followed by the file, as the command line reads it.
    const QString jsonPath = context.parser.isSet(GlobalOptions::json()) ? context.arguments.value(0) : QString();
    if (!ok || id < 1 || jsonPath.isEmpty() || context.arguments.size() != 1) {
        context.console.error(tr("report needs --session ID (see iotpro-cli history list) and --json FILE."));
        return ExitUsage;
    }
    Result<std::unique_ptr<storage::HistoryDatabase>> database
        = storage::HistoryDatabase::open(GlobalOptions::historyPath(context.parser));
    if (!database) {
        context.console.error(database.error());
        return ExitFailure;
    }
    storage::SessionStore store(*database.value());
    const Result<storage::SessionRecord> session = store.load(id);
    if (!session) {
        context.console.error(session.error());
        return ExitFailure;
    }
    const report::CommissioningReport model = report::buildReport(session.value(), QDateTime::currentDateTimeUtc(),
        QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
    const QJsonObject content = report::contentJson(model);
    const QByteArray file = report::reportFile(content);
    if (Result<void> written = writeWhole(jsonPath, file); !written) {
        context.console.error(written.error());
        return ExitFailure;
    }
    const QString sha256 = QString::fromLatin1(report::contentSha256(content).toHex());
    if (Result<void> kept = store.saveReport(id, { model.reportId, model.generatedAt, sha256, file }); !kept)
        context.console.error(tr("the report was written but not kept in the job history: %1").arg(kept.error().toString()));
    context.console.line(tr("Report %1 written to %2 (content SHA-256 %3).").arg(model.reportId, jsonPath, sha256));
    return ExitOk;
}

int ReportCommand::verify(CommandContext& context, const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.console.error(tr("cannot read %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    if (file.size() > MaxReportFileSize) {
        context.console.error(tr("%1 is larger than any report; is it the right file?").arg(path));
        return ExitFailure;
    }
    const report::Verification verification = report::ReportVerifier::verify(file.readAll());
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonArray checks;
        for (const report::VerifyCheck& check : verification.checks) {
            checks.append(QJsonObject { { u"check"_qs, check.name }, { u"passed"_qs, check.passed },
                { u"detail"_qs, check.detail } });
        }
        context.console.json(QJsonDocument(QJsonObject { { u"verified"_qs, verification.passed() },
            { u"signed_configuration"_qs, verification.signedConfiguration }, { u"checks"_qs, checks } }));
    } else {
        for (const report::VerifyCheck& check : verification.checks)
            context.console.line(u"%1  %2: %3"_qs.arg(check.passed ? tr("ok  ") : tr("FAIL"), check.name, check.detail));
        if (!verification.signedConfiguration && verification.passed())
            context.console.line(tr("The session signed no configuration: only the content hash was checked."));
    }
    for (const report::VerifyCheck& check : verification.checks) {
        if (!check.passed)
            context.console.error(tr("report verify: check \"%1\" failed: %2").arg(check.name, check.detail));
    }
    return verification.passed() ? ExitOk : ExitFailure;
}

} // namespace iotpro::cli
