#include "JobHistory.h"

#include "storage/CommissionedModules.h"
#include "storage/ExportFile.h"
#include "storage/HistoryDatabase.h"
#include "storage/JobPackStore.h"
#include "storage/ModuleExports.h"
#include "storage/ProfileStore.h"
#include "storage/SessionRecorder.h"

#include <QCoreApplication>

namespace iotpro::ui {

JobHistory::JobHistory(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

JobHistory::~JobHistory() = default;

Result<storage::HistoryDatabase*> JobHistory::database()
{
    if (!m_database) {
        Result<std::unique_ptr<storage::HistoryDatabase>> opened = storage::HistoryDatabase::open(m_path);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

Result<qint64> JobHistory::record(const storage::SessionRecord& record)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    const Result<storage::Profile> profile = storage::ProfileStore(*opened.value()).load();
    if (!profile)
        return profile.error();
    storage::SessionStore store(*opened.value());
    const Result<qint64> id = storage::SessionRecorder(store, profile.value()).record(record);
    if (id)
        Q_EMIT sessionRecorded(id.value());
    return id;
}

Result<void> JobHistory::updateFollowUp(const storage::SessionRecord& record)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    const Result<void> updated = storage::SessionStore(*opened.value()).updateFollowUp(record);
    if (updated)
        Q_EMIT sessionRecorded(record.id);
    return updated;
}

Result<QList<storage::SessionSummary>> JobHistory::sessions()
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    return storage::SessionStore(*opened.value()).find();
}

Result<QList<storage::SiteBranch>> JobHistory::jobTree()
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    const Result<QList<storage::SessionSummary>> sessions = storage::SessionStore(*opened.value()).find();
    if (!sessions)
        return sessions.error();
    const Result<storage::JobPack> places = storage::JobPackStore(*opened.value()).tree();
    if (!places)
        return places.error();
    return storage::jobHierarchy(sessions.value(), places.value());
}

Result<storage::SessionRecord> JobHistory::session(qint64 id)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    return storage::SessionStore(*opened.value()).load(id);
}

Result<report::ExportedReport> JobHistory::exportReport(qint64 id, const report::ReportTargets& targets)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    storage::SessionStore store(*opened.value());
    return report::ReportExport::write(store, id, targets,
        QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
}

Result<void> JobHistory::saveTemplate(
    qint64 sessionId, const QString& name, const QString& description, bool replace)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    const Result<storage::SessionRecord> recorded = storage::SessionStore(*opened.value()).load(sessionId);
    if (!recorded)
        return recorded.error();
    return storage::TemplateStore(*opened.value()).save(name, description, recorded->config, replace);
}

Result<QList<storage::ConfigTemplate>> JobHistory::templates()
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    return storage::TemplateStore(*opened.value()).list();
}

Result<config::DeviceConfig> JobHistory::fromTemplate(const QString& name, const storage::CircuitPlace& place)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    const Result<storage::ConfigTemplate> stored = storage::TemplateStore(*opened.value()).load(name);
    if (!stored)
        return stored.error();
    return storage::TemplateStore::forNextModule(stored.value(), place);
}

Result<config::DeviceConfig> JobHistory::plannedConfig(const storage::CircuitPlace& place)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    return storage::JobPackStore(*opened.value()).plannedConfig(place);
}

Result<storage::JobPack> JobHistory::importJobPack(const QString& path)
{
    const storage::jobpack::ReadOutcome read = storage::jobpack::readFile(path);
    if (!read.ok()) {
        QStringList lines;
        for (const config::ValidationIssue& issue : read.issues)
            lines.append(issue.toString());
        return Errors::make(ErrorKind::InvalidFile,
            tr("Nothing was imported from %1: %n problem(s) to fix first.", nullptr, int(read.issues.size())).arg(path)
                + u'\n' + lines.join(u'\n'));
    }
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    if (Result<void> imported = storage::JobPackStore(*opened.value()).importPack(read.pack); !imported)
        return imported.error();
    Q_EMIT jobTreeChanged();
    return read.pack;
}

Result<storage::JobPack> JobHistory::exportJobPack(const QString& path)
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    Result<storage::JobPack> tree = storage::JobPackStore(*opened.value()).tree();
    if (!tree)
        return tree.error();
    if (Result<void> written = storage::ExportFile::write(path, storage::jobpack::toJson(tree.value())); !written)
        return written.error();
    return tree;
}

Result<qsizetype> JobHistory::exportModules(const QString& path)
{
    const Result<QList<storage::CommissionedModule>> written = writeModules(path, storage::exports::modulesCsv);
    if (!written)
        return written.error();
    return written->size();
}

Result<qsizetype> JobHistory::exportThingsStack(const QString& path)
{
    const Result<QList<storage::CommissionedModule>> written = writeModules(path, storage::exports::thingsStackCsv);
    if (!written)
        return written.error();
    return storage::exports::lorawanDeviceCount(written.value());
}

Result<QList<storage::CommissionedModule>> JobHistory::writeModules(
    const QString& path, QByteArray (*form)(const QList<storage::CommissionedModule>&))
{
    const Result<storage::HistoryDatabase*> opened = database();
    if (!opened)
        return opened.error();
    Result<QList<storage::CommissionedModule>> modules = storage::CommissionedModules::find(*opened.value());
    if (!modules)
        return modules.error();
    if (Result<void> written = storage::ExportFile::write(path, form(modules.value())); !written)
        return written.error();
    return modules;
}

} // namespace iotpro::ui
