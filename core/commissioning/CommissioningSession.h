#pragma once

#include "CommissioningStep.h"
#include "common/Error.h"
#include "config/ConfigValidator.h"
#include "config/DeviceConfig.h"
#include "device/ConfigState.h"
#include "device/DeviceInfo.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace iotpro::commissioning {

/// Why the wizard cannot go on from its step; None when it can.
enum class Blocker {
    None,
    NotConnected, ///< the step talks to the module, and there is no link
    ReadingModule, ///< connected, the module's active configuration is not read yet
    ReadFailed, ///< reading the module's configuration failed: readError() says why
    OtherModule, ///< another module answered than the one being commissioned
    NotIdentified, ///< the technician has not confirmed it is the module in front of them
    InvalidFields, ///< a field of this step (at Review: of any step) is invalid
    LiveCheckNotAccepted, ///< no passing verdict, and continuing without one was not confirmed
    NotWritten, ///< the configuration is not written and verified yet
    NetworkCheckRunning, ///< the network check has not finished
    LastStep, ///< Done: nothing follows
};

/// A configuration this session wrote and read back: what the module now runs.
struct WrittenConfig
{
    quint64 counter = 0;
    QByteArray payloadSha256;

    friend bool operator==(const WrittenConfig&, const WrittenConfig&) = default;
};

/// The commissioning of one module as a state machine, without widgets or I/O: where the wizard
/// stands, the configuration being edited (the draft), what each step still lacks, and the module
/// it belongs to. Link events come in from outside (linkUp / linkDown / moduleStateRead); a lost
/// link keeps everything, and the same module coming back resumes where it stopped, while
/// another module is refused until the user starts over. Every field is checked by the one
/// ConfigValidator, with the `*_set` flags as the write will leave them.
class CommissioningSession : public QObject
{
    Q_OBJECT

public:
    explicit CommissioningSession(
        config::ConfigValidator validator = config::ConfigValidator(), QObject* parent = nullptr);

    // --- events from the link --------------------------------------------------------------
    /// A module answered on a new link.
    void linkUp(const DeviceInfo& info);
    void linkDown();
    /// The module's active configuration, as read after linkUp() or moduleStateWanted().
    void moduleStateRead(const ConfigState& state);
    void moduleStateReadFailed(const Error& error);

    // --- intents ---------------------------------------------------------------------------
    /// Goes to the next step when nothing blocks it (blocker()); false otherwise.
    bool next();
    /// Goes to the previous step; false on the first step or while a write runs.
    bool back();
    /// Goes back to an earlier step (to fix a field); forward as far as nothing blocks. False if
    /// the step was not reached.
    bool goTo(Step step);
    /// Changes the draft; the issues are checked again at once. A change after a write means the
    /// module no longer runs the draft: it must be written again.
    void editDraft(const std::function<void(config::DeviceConfig&)>& edit);
    /// The technician confirms (or withdraws) that the linked module is the one in front of them.
    void setModuleIdentified(bool identified);
    /// Whether the live check's verdict is a pass now.
    void setLiveCheckPassed(bool passed);
    /// The technician chooses to go on without a passing live check (it is recorded).
    void setLiveCheckAcknowledged(bool acknowledged);
    /// A write runs: the wizard stays on its step. The configuration it writes is remembered: if
    /// the link breaks and the module turns out to run it when it is back, it counts as written.
    void setWriteInProgress(bool running);
    /// The draft was written, committed and read back; moves on to Verify.
    void recordWrite(const WrittenConfig& written);
    void setNetworkCheckRunning(bool running);
    /// Asks to read the module's configuration again (after a failed read).
    void retryModuleState();
    /// Forgets this commissioning and starts one for the module now linked, if any.
    void startOver();
    /// Starts over (startOver()) with `prepared` as the draft: a template or a planned circuit
    /// of the job history. The module's own configuration, read when it links, does not replace
    /// it. False while a write runs (nothing changes then).
    bool startFrom(const config::DeviceConfig& prepared);
    /// Writes the problems again in the language now installed.
    void refreshTexts();

    // --- state -----------------------------------------------------------------------------
    /// The limits every field is checked against (the choices a form offers).
    const config::ConfigLimits& limits() const { return m_validator.limits(); }
    Step step() const { return m_step; }
    /// The furthest step reached.
    Step reached() const { return m_reached; }
    bool isLinkUp() const { return m_linkUp; }
    /// The module being commissioned (its identity when first linked).
    const std::optional<DeviceInfo>& module() const { return m_module; }
    /// The module that answered last, when it is not the one being commissioned.
    const std::optional<DeviceInfo>& otherModule() const { return m_otherModule; }
    /// The module's active configuration as last read.
    const std::optional<ConfigState>& moduleState() const { return m_moduleState; }
    const std::optional<Error>& readError() const { return m_readError; }
    /// The configuration being edited. Secrets typed by the user are here, and only here.
    const config::DeviceConfig& draft() const { return m_draft; }
    /// The draft with its `*_set` flags as the write will leave them: what is validated,
    /// compared and signed.
    config::DeviceConfig draftToWrite() const;
    /// Every problem of the draft, in schema order.
    const QList<config::ValidationIssue>& issues() const { return m_issues; }
    /// The problems the page of `step` shows (Review: those no page edits).
    QList<config::ValidationIssue> issuesOf(Step step) const;
    bool isModuleIdentified() const { return m_identified; }
    bool isLiveCheckPassed() const { return m_liveCheckPassed; }
    bool isLiveCheckAcknowledged() const { return m_liveCheckAcknowledged; }
    bool isWriteInProgress() const { return m_writeInProgress; }
    const std::optional<WrittenConfig>& written() const { return m_written; }
    bool isNetworkCheckRunning() const { return m_networkCheckRunning; }

    /// What keeps the wizard on `step` (by default: the current one).
    Blocker blocker() const { return blockerAt(m_step); }
    Blocker blockerAt(Step step) const;
    bool canGoBack() const;

Q_SIGNALS:
    /// Anything the wizard shows changed: step, link, module, issues, confirmations.
    void changed();
    void stepChanged(iotpro::commissioning::Step step);
    /// The draft was replaced as a whole (a new module, a new start): forms load it again.
    /// Not emitted for editDraft(), whose changes came from the forms.
    void draftReplaced();
    /// The module's active configuration should be read (ConfigRequests::read), and the
    /// result given to moduleStateRead() or moduleStateReadFailed().
    void moduleStateWanted();

private:
    void setStep(Step step);
    void revalidate();
    void replaceDraft(const config::DeviceConfig& draft);
    void requestModuleState();
    /// Forgets what was confirmed or written for the module linked before.
    void resetProgress();
    /// The module runs the draft now: the tool forgets the secrets it sent, and goes on to Verify.
    void acceptWritten(const WrittenConfig& written);
    bool needsLink(Step step) const;

    const config::ConfigValidator m_validator;
    Step m_step = Step::Connect;
    Step m_reached = Step::Connect;
    bool m_linkUp = false;
    std::optional<DeviceInfo> m_module;
    std::optional<DeviceInfo> m_otherModule;
    std::optional<ConfigState> m_moduleState;
    std::optional<Error> m_readError;
    /// The module's state was read on the current link.
    bool m_stateFresh = false;
    /// The draft was taken from this module's state: later reads keep the user's entries.
    bool m_draftSeeded = false;
    /// The draft was prepared (startFrom()): no module's configuration replaces it.
    bool m_draftPrepared = false;
    config::DeviceConfig m_draft = config::factoryDefaultConfig();
    QList<config::ValidationIssue> m_issues;
    bool m_identified = false;
    bool m_liveCheckPassed = false;
    bool m_liveCheckAcknowledged = false;
    bool m_writeInProgress = false;
    std::optional<WrittenConfig> m_written;
    /// The counter and configuration (without secrets) of the last write started, until it is
    /// known to have landed or the draft changes.
    std::optional<quint64> m_attemptedCounter;
    config::DeviceConfig m_attemptedConfig;
    bool m_networkCheckRunning = false;
};

} // namespace iotpro::commissioning
