#pragma once

#include "commissioning/ConfigWrite.h"
#include "common/Error.h"
#include "common/Result.h"
#include "device/IoState.h"
#include "device/LiveSnapshot.h"
#include "device/NetworkCheckReport.h"
#include "electrical/Diagnosis.h"
#include "storage/SessionRecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>
#include <utility>

namespace iotpro::commissioning {
class CommissioningSession;
class ConfigWriter;
} // namespace iotpro::commissioning

namespace iotpro::ui {

class JobHistory;
class LiveCheckController;

/// Records every write the wizard runs in the job history, as `config apply` does for the CLI:
/// when the writer finishes, written or failed, one session with origin "wizard" holds the
/// module, the configuration, the live check (each steady reading diagnosed while the wizard was
/// on its live check step, findings resolved by storage::SessionRecorder::liveCheck), the last
/// I/O reading of the inputs step, the write or its failure, the signed envelope and the network
/// check. What the technician does afterwards on the Verify page updates that session at once:
/// a network check run again (the latest result is the one kept) and the safety checklist (asked
/// for every written session; a point left unticked is recorded as NOT confirmed). Without
/// widgets; main() builds it beside the wizard.
class WizardRecorder : public QObject
{
    Q_OBJECT

public:
    WizardRecorder(commissioning::CommissioningSession& session, commissioning::ConfigWriter& writer,
        LiveCheckController& liveCheck, JobHistory& history, QObject* parent = nullptr);

    /// The inputs as the wizard's I/O check read them last.
    void setIoState(const IoState& state);
    /// The technician ticks (or unticks) a point of the safety checklist.
    void setConfirmed(storage::ChecklistItem item, bool confirmed);
    /// The points of the safety checklist ticked in this commissioning.
    const QList<storage::ChecklistItem>& confirmed() const { return m_confirmed; }
    /// A network check run again after the write (the Verify page): its result, or why it failed.
    void networkCheckedAgain(const Result<NetworkCheckReport>& report);

    /// The session the last write of this commissioning was recorded as; none before it, or
    /// after the wizard started over.
    std::optional<qint64> lastSession() const { return m_lastSession; }
    /// Why the last write could not be recorded, or (with lastSession()) why what followed it could
    /// not be added; none when everything was.
    const std::optional<Error>& recordError() const { return m_recordError; }

Q_SIGNALS:
    /// lastSession() or recordError() changed.
    void changed();

private:
    void followSession();
    void collectLiveCheck();
    void onWriteStarted();
    void recordRun();
    /// Saves the network check and the checklist into the session of the last write, if it wrote.
    void updateRecorded();
    /// Forgets what was collected: a new commissioning begins.
    void reset();

    commissioning::CommissioningSession& m_session;
    commissioning::ConfigWriter& m_writer;
    LiveCheckController& m_liveCheck;
    JobHistory& m_history;

    QDateTime m_startedAt; ///< when the wizard left its first step with this module
    QList<std::pair<LiveSnapshot, electrical::Diagnosis>> m_steadyWindows;
    std::optional<IoState> m_io;
    bool m_writeRunning = false;
    std::optional<commissioning::ConfigWriteResult> m_written;
    std::optional<commissioning::ConfigWriteFailure> m_failure;
    std::optional<NetworkCheckReport> m_network;
    std::optional<Error> m_networkError;
    QList<storage::ChecklistItem> m_confirmed;
    std::optional<qint64> m_lastSession;
    /// The session of the last write as recorded, while it can still change (it wrote).
    std::optional<storage::SessionRecord> m_recorded;
    std::optional<Error> m_recordError;
};

} // namespace iotpro::ui
