#pragma once

#include "common/Result.h"
#include "report/ReportExport.h"
#include "storage/JobHierarchy.h"
#include "storage/SessionRecord.h"
#include "storage/SessionStore.h"

#include <QObject>
#include <memory>

namespace iotpro::storage {
class HistoryDatabase;
}

namespace iotpro::ui {

/// The app's job history (docs/history.md), without widgets: the one SQLite file the wizard
/// records into and the history view reads, opened on first use so that a history that cannot
/// be opened costs the app nothing but that feature (every call says why, and tries again).
class JobHistory : public QObject
{
    Q_OBJECT

public:
    /// `path`: the history file, storage::HistoryDatabase::defaultPath() in the app.
    explicit JobHistory(QString path, QObject* parent = nullptr);
    ~JobHistory() override;

    const QString& path() const { return m_path; }

    /// Saves a session (storage::SessionRecorder, with the history's profile) and returns its id.
    Result<qint64> record(const storage::SessionRecord& record);
    /// Every session, newest first.
    Result<QList<storage::SessionSummary>> sessions();
    /// Every site, panel and circuit (planned ones too) with the modules and sessions under them.
    Result<QList<storage::SiteBranch>> jobTree();
    Result<storage::SessionRecord> session(qint64 id);
    /// The commissioning report of session `id`, as JSON and/or PDF (report::ReportExport); the
    /// JSON form is kept with the session.
    Result<report::ExportedReport> exportReport(qint64 id, const report::ReportTargets& targets);

Q_SIGNALS:
    /// A session was saved: lists of the history are out of date.
    void sessionRecorded(qint64 id);

private:
    /// The open history, opened now if it is not yet.
    Result<storage::HistoryDatabase*> database();

    const QString m_path;
    std::unique_ptr<storage::HistoryDatabase> m_database;
};

} // namespace iotpro::ui
