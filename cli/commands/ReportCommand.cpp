#include "ReportCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "report/ReportExport.h"
#include "report/ReportVerifier.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

/// A report file is tens of kilobytes; anything far larger is not one.
constexpr qint64 MaxReportFileSize = 16 * 1024 * 1024;

QCommandLineOption sessionOption()
{
    return { u"session"_qs, ReportCommand::tr("The recorded session to report on (iotpro-cli history list)."),
        ReportCommand::tr("ID") };
}

QCommandLineOption pdfOption()
{
    return { u"pdf"_qs, ReportCommand::tr("Write the report as a PDF to FILE (A4, or Letter in US locales)."),
        ReportCommand::tr("FILE") };
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("The commissioning report of a recorded session (PDF and/or JSON), or verify a report file.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return { sessionOption(), pdfOption() };
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
    const QString pdfPath = context.parser.value(pdfOption());
    if (!ok || id < 1 || (jsonPath.isEmpty() && pdfPath.isEmpty())
        || context.arguments.size() != (jsonPath.isEmpty() ? 0 : 1)) {
        context.console.error(
            tr("report needs --session ID (see iotpro-cli history list) and --pdf FILE, --json FILE or both."));
        return ExitUsage;
    }
    Result<std::unique_ptr<storage::HistoryDatabase>> database
        = storage::HistoryDatabase::open(GlobalOptions::historyPath(context.parser));
    if (!database) {
        context.console.error(database.error());
        return ExitFailure;
    }
    storage::SessionStore store(*database.value());
    const Result<report::ExportedReport> exported = report::ReportExport::write(store, id, { jsonPath, pdfPath },
        QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
    if (!exported) {
        context.console.error(exported.error());
        return ExitFailure;
    }
    const storage::StoredReport& written = exported->report;
    if (exported->notKept)
        context.console.error(tr("the report was written but not kept in the job history: %1").arg(exported->notKept->toString()));
    QStringList paths { pdfPath, jsonPath };
    paths.removeAll(QString());
    context.console.line(tr("Report %1 written to %2 (content SHA-256 %3).")
            .arg(written.reportId, paths.join(u", "_qs), written.contentSha256));
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
