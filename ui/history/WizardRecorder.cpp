#include "WizardRecorder.h"

#include "JobHistory.h"
#include "LiveCheckController.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/ConfigWriter.h"
#include "storage/SessionRecorder.h"

#include <QLoggingCategory>

namespace iotpro::ui {

Q_LOGGING_CATEGORY(lcWizardRecorder, "iotpro.ui.history")

using commissioning::CommissioningSession;
using commissioning::ConfigWriter;
using commissioning::Step;

WizardRecorder::WizardRecorder(CommissioningSession& session, ConfigWriter& writer,
    LiveCheckController& liveCheck, JobHistory& history, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_writer(writer)
    , m_liveCheck(liveCheck)
    , m_history(history)
{
    connect(&m_session, &CommissioningSession::changed, this, &WizardRecorder::followSession);
    connect(&m_liveCheck, &LiveCheckController::diagnosisChanged, this, &WizardRecorder::collectLiveCheck);
    connect(&m_writer, &ConfigWriter::stepStarted, this, &WizardRecorder::onWriteStarted);
    connect(&m_writer, &ConfigWriter::written, this,
        [this](const commissioning::ConfigWriteResult& result) { m_written = result; });
    connect(&m_writer, &ConfigWriter::failed, this,
        [this](const commissioning::ConfigWriteFailure& failure) { m_failure = failure; });
    connect(&m_writer, &ConfigWriter::networkChecked, this,
        [this](const NetworkCheckReport& report) { m_network = report; });
    connect(&m_writer, &ConfigWriter::networkCheckFailed, this,
        [this](const Error& error) { m_networkError = error; });
    connect(&m_writer, &ConfigWriter::finished, this, &WizardRecorder::recordRun);
}

void WizardRecorder::setIoState(const IoState& state)
{
    m_io = state;
}

void WizardRecorder::setConfirmed(storage::ChecklistItem item, bool confirmed)
{
    if (m_confirmed.contains(item) == confirmed)
        return;
    if (confirmed)
        m_confirmed.append(item);
    else
        m_confirmed.removeOne(item);
    if (m_recorded)
        m_recorded->checklist = m_confirmed;
    updateRecorded();
}

void WizardRecorder::networkCheckedAgain(const Result<NetworkCheckReport>& report)
{
    if (!m_recorded)
        return;
    m_recorded->network = report ? std::optional(report.value()) : std::nullopt;
    m_recorded->networkCheckError = report ? QString() : report.error().toString();
    updateRecorded();
}

void WizardRecorder::updateRecorded()
{
    if (!m_recorded) {
        Q_EMIT changed();
        return;
    }
    m_recorded->finishedAt = QDateTime::currentDateTimeUtc();
    const Result<void> updated = m_history.updateFollowUp(*m_recorded);
    if (updated) {
        m_recordError.reset();
    } else {
        qCWarning(lcWizardRecorder).noquote()
            << "session" << m_recorded->id << "not updated in the job history:" << updated.error().toString();
        m_recordError = updated.error();
    }
    Q_EMIT changed();
}

void WizardRecorder::followSession()
{
    // Nothing beyond the first step is reached only on a fresh start (a new module, "start over").
    if (m_session.reached() == Step::Connect) {
        if (m_startedAt.isValid() || m_lastSession || m_recordError)
            reset();
        return;
    }
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
}

void WizardRecorder::collectLiveCheck()
{
    // Only what the technician saw on the live check step: readings after the write measure with
    // the new configuration and say nothing about the wiring as found.
    const std::optional<electrical::Diagnosis>& diagnosis = m_liveCheck.diagnosis();
    const std::optional<LiveSnapshot>& snapshot = m_liveCheck.latestSnapshot();
    if (m_session.step() != Step::LiveCheck || !diagnosis || !snapshot
        || m_liveCheck.windowState() != LiveCheckController::WindowState::Steady)
        return;
    m_steadyWindows.append({ *snapshot, *diagnosis });
}

void WizardRecorder::onWriteStarted()
{
    if (m_writeRunning)
        return;
    m_writeRunning = true;
    m_written.reset();
    m_failure.reset();
    m_network.reset();
    m_networkError.reset();
}

void WizardRecorder::recordRun()
{
    m_writeRunning = false;
    storage::SessionRecord record;
    record.origin = storage::SessionOrigin::Wizard;
    record.startedAt = m_startedAt;
    if (m_session.module())
        record.module = storage::ModuleIdentity::of(*m_session.module());
    // The store drops the secrets of what it is given; the draft's never reach the disk.
    record.config = m_written ? m_written->config : m_session.draftToWrite();
    if (!m_steadyWindows.isEmpty()) {
        record.liveCheck = storage::SessionRecorder::liveCheck(m_steadyWindows,
            m_session.isLiveCheckAcknowledged(), m_written ? std::optional(m_written->config) : std::nullopt);
    }
    record.io = m_io;
    record.written = m_written;
    if (m_failure)
        record.writeFailure = storage::WriteFailureRecord::of(*m_failure);
    if (m_written) {
        const commissioning::SignedConfig& signedConfig = m_writer.lastSigned();
        record.envelope = { signedConfig.payload, signedConfig.signature, m_writer.lastSignerPublicKey() };
    }
    record.network = m_network;
    if (m_networkError)
        record.networkCheckError = m_networkError->toString();
    // Asked on the Verify page, which only a write reaches; the answers so far (none at first).
    if (m_written)
        record.checklist = m_confirmed;

    const Result<qint64> id = m_history.record(record);
    m_recorded.reset();
    if (id) {
        m_lastSession = id.value();
        m_recordError.reset();
        if (m_written) {
            // Kept for the follow-ups, without the secrets typed for this write.
            record.id = id.value();
            record.config = config::withoutSecrets(record.config);
            record.written->config = record.config;
            m_recorded = record;
        }
    } else {
        qCWarning(lcWizardRecorder).noquote() << "not recorded in the job history:" << id.error().toString();
        m_lastSession.reset();
        m_recordError = id.error();
    }
    Q_EMIT changed();
}

void WizardRecorder::reset()
{
    m_startedAt = {};
    m_steadyWindows.clear();
    m_io.reset();
    m_confirmed.clear();
    m_lastSession.reset();
    m_recorded.reset();
    m_recordError.reset();
    Q_EMIT changed();
}

} // namespace iotpro::ui
