#include "JobHistory.h"

#include "storage/HistoryDatabase.h"
#include "storage/JobPackStore.h"
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

} // namespace iotpro::ui
