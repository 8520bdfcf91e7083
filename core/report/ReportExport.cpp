#include "ReportExport.h"

#include "CommissioningReport.h"
#include "ReportJson.h"
#include "ReportPdf.h"

#include <QSaveFile>

#include <memory>
#include <vector>

namespace iotpro::report {

namespace {

/// Writes every file whole or not at all. All are opened and filled before the first is committed,
/// so that a path that cannot be written (no such folder, no permission, disk full) leaves none.
Result<void> writeWhole(const QList<std::pair<QString, QByteArray>>& files)
{
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto& [path, bytes] : files) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size()) {
            return Errors::make(ErrorKind::WriteFailed,
                ReportExport::tr("cannot write %1: %2").arg(path, file->errorString()));
        }
        pending.push_back(std::move(file));
    }
    for (const std::unique_ptr<QSaveFile>& file : pending) {
        if (!file->commit()) {
            return Errors::make(ErrorKind::WriteFailed,
                ReportExport::tr("cannot write %1: %2").arg(file->fileName(), file->errorString()));
        }
    }
    return {};
}

} // namespace

Result<ExportedReport> ReportExport::json(
    storage::SessionStore& store, qint64 sessionId, const QString& path, const QString& generator)
{
    return write(store, sessionId, { path, QString() }, generator);
}

Result<ExportedReport> ReportExport::write(
    storage::SessionStore& store, qint64 sessionId, const ReportTargets& targets, const QString& generator)
{
    const Result<storage::SessionRecord> session = store.load(sessionId);
    if (!session)
        return session.error();
    const CommissioningReport model = buildReport(session.value(), QDateTime::currentDateTimeUtc(), generator);
    const QJsonObject content = contentJson(model);
    const QByteArray file = reportFile(content);
    QList<std::pair<QString, QByteArray>> files;
    if (!targets.jsonPath.isEmpty())
        files.append({ targets.jsonPath, file });
    if (!targets.pdfPath.isEmpty())
        files.append({ targets.pdfPath, ReportPdf::render(model) });
    if (Result<void> written = writeWhole(files); !written)
        return written.error();
    ExportedReport exported;
    exported.report = { model.reportId, model.generatedAt, QString::fromLatin1(contentSha256(content).toHex()), file };
    if (Result<void> kept = store.saveReport(sessionId, exported.report); !kept)
        exported.notKept = kept.error();
    return exported;
}

} // namespace iotpro::report
