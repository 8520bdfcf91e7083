#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>

#include <optional>

namespace iotpro::report {

/// A report written to a file from a recorded session.
struct ExportedReport
{
    storage::StoredReport report; ///< id, time, content SHA-256 and the file's bytes
    /// The file is written, but the job history could not keep its copy: worth a warning, since
    /// the record no longer shows which report was handed out, but the file itself is good.
    std::optional<Error> notKept;
};

/// Where a report goes: either path may be empty (not that form).
struct ReportTargets
{
    QString jsonPath;
    QString pdfPath;
};

/// Makes the commissioning report of a recorded session and writes it, the one way both faces
/// (`iotpro-cli report`, the app's history and the wizard's last step) do it: the model built
/// from the stored session, the file written whole or not at all (QSaveFile), and a copy kept
/// with the session (the `reports` table) so the record shows which report was handed out.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::report::ReportExport)

public:
    /// The JSON form (docs/report.md) of session `sessionId` into `path`. `generator` names the
    /// program ("iotpro-cli 0.1.0").
    static Result<ExportedReport> json(
        storage::SessionStore& store, qint64 sessionId, const QString& path, const QString& generator);

    /// The JSON form and/or the PDF (ReportPdf, needs a QGuiApplication) of one model. Both are
    /// made in memory first and written only then, so that a report that cannot be made leaves
    /// no file; the history keeps the JSON form either way (it is what the PDF's content hash is of).
    static Result<ExportedReport> write(storage::SessionStore& store, qint64 sessionId, const ReportTargets& targets,
        const QString& generator);
};

} // namespace iotpro::report
