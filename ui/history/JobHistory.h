#pragma once

#include "common/Result.h"
#include "report/ReportExport.h"
#include "storage/CommissionedModules.h"
#include "storage/JobHierarchy.h"
#include "storage/JobPack.h"
#include "storage/SessionRecord.h"
#include "storage/SessionStore.h"
#include "storage/TemplateStore.h"

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
    /// Saves what followed session `record.id` (storage::SessionStore::updateFollowUp).
    Result<void> updateFollowUp(const storage::SessionRecord& record);
    /// Every session, newest first.
    Result<QList<storage::SessionSummary>> sessions();
    /// Every site, panel and circuit (planned ones too) with the modules and sessions under them.
    Result<QList<storage::SiteBranch>> jobTree();
    Result<storage::SessionRecord> session(qint64 id);
    /// The commissioning report of session `id`, as JSON and/or PDF (report::ReportExport); the
    /// JSON form is kept with the session.
    Result<report::ExportedReport> exportReport(qint64 id, const report::ReportTargets& targets);

    // --- templates, job packs and exports (docs/history.md), what `iotpro-cli history` does ------
    /// Saves session `sessionId`'s configuration as template `name` (storage::TemplateStore: never
    /// a secret, nothing of one circuit or device); an existing name is refused unless `replace`.
    Result<void> saveTemplate(qint64 sessionId, const QString& name, const QString& description, bool replace);
    /// Every template, by name.
    Result<QList<storage::ConfigTemplate>> templates();
    /// The configuration the next module starts from: template `name` placed at `place`.
    Result<config::DeviceConfig> fromTemplate(const QString& name, const storage::CircuitPlace& place);
    /// The configuration a module for the circuit at `place` starts from: its plan (job pack),
    /// its site's network and its installation fields.
    Result<config::DeviceConfig> plannedConfig(const storage::CircuitPlace& place);
    /// Imports the job pack file `path`, all or nothing: the pack imported, or every problem of
    /// the file, each with its place in it (nothing is imported then).
    Result<storage::JobPack> importJobPack(const QString& path);
    /// Writes the whole job tree as a job pack file; returns what it wrote.
    Result<storage::JobPack> exportJobPack(const QString& path);
    /// The commissioned modules (storage::CommissionedModules) as CSV, or in The Things Stack's
    /// import format; returns how many rows were written.
    Result<qsizetype> exportModules(const QString& path);
    Result<qsizetype> exportThingsStack(const QString& path);

Q_SIGNALS:
    /// A session was saved or updated: lists of the history are out of date.
    void sessionRecorded(qint64 id);
    /// Sites, panels or circuits were added (a job pack): the job tree is out of date.
    void jobTreeChanged();

private:
    /// The open history, opened now if it is not yet.
    Result<storage::HistoryDatabase*> database();
    /// Writes the commissioned modules to `path` in `form`; returns them.
    Result<QList<storage::CommissionedModule>> writeModules(
        const QString& path, QByteArray (*form)(const QList<storage::CommissionedModule>&));

    const QString m_path;
    std::unique_ptr<storage::HistoryDatabase> m_database;
};

} // namespace iotpro::ui
