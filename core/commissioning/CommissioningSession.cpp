#include "CommissioningSession.h"

#include "SignedConfigBuilder.h"

#include <QLoggingCategory>

namespace iotpro::commissioning {

Q_LOGGING_CATEGORY(lcSession, "iotpro.commissioning.session")

namespace {

Step following(Step step)
{
    return static_cast<Step>(static_cast<int>(step) + 1);
}

Step preceding(Step step)
{
    return static_cast<Step>(static_cast<int>(step) - 1);
}

} // namespace

CommissioningSession::CommissioningSession(config::ConfigValidator validator, QObject* parent)
    : QObject(parent)
    , m_validator(std::move(validator))
{
    revalidate();
}

// --- link events ----------------------------------------------------------------------------

void CommissioningSession::linkUp(const DeviceInfo& info)
{
    m_linkUp = true;
    m_otherModule.reset();
    const bool sameModule = m_module && m_module->serialNumber == info.serialNumber;
    if (m_module && !sameModule && m_reached != Step::Connect) {
        // Never carry one module's settings over to another by accident: the user decides.
        qCInfo(lcSession).noquote() << "module" << info.serialNumber << "answered; commissioning"
                                    << m_module->serialNumber;
        m_otherModule = info;
        Q_EMIT changed();
        return;
    }
    if (!sameModule) {
        resetProgress();
        m_moduleState.reset();
        m_draftSeeded = m_draftPrepared;
    }
    m_module = info; // the same module's identity is fresh now (its counter, its clock)
    revalidate(); // the fitted options may differ
    requestModuleState();
    Q_EMIT changed();
}

void CommissioningSession::linkDown()
{
    if (!m_linkUp)
        return;
    m_linkUp = false;
    m_otherModule.reset();
    m_stateFresh = false;
    Q_EMIT changed();
}

void CommissioningSession::moduleStateRead(const ConfigState& state)
{
    if (!m_linkUp || m_otherModule)
        return; // an answer about a link that has ended since
    m_moduleState = state;
    m_stateFresh = true;
    m_readError.reset();
    if (!m_written && m_attemptedCounter && state.counter == *m_attemptedCounter && state.config == m_attemptedConfig) {
        // The link broke during a write that did land: the module runs exactly what was written.
        qCInfo(lcSession) << "the interrupted write is active on the module, counter" << state.counter;
        acceptWritten({ state.counter, state.payloadSha256 });
    }
    if (m_written && state.payloadSha256 != m_written->payloadSha256) {
        // The module runs something else now (written by another tool meanwhile): write again.
        qCInfo(lcSession) << "the module no longer runs the configuration written";
        m_written.reset();
    }
    if (!m_draftSeeded) {
        m_draftSeeded = true;
        replaceDraft(state.config);
    } else {
        revalidate(); // the module's stored secrets decide which secrets must be entered
    }
    Q_EMIT changed();
}

void CommissioningSession::moduleStateReadFailed(const Error& error)
{
    if (!m_linkUp)
        return; // the link lost is the problem shown
    m_readError = error;
    Q_EMIT changed();
}

// --- intents --------------------------------------------------------------------------------

bool CommissioningSession::next()
{
    if (blocker() != Blocker::None)
        return false;
    setStep(following(m_step));
    return true;
}

bool CommissioningSession::back()
{
    if (!canGoBack())
        return false;
    setStep(preceding(m_step));
    return true;
}

bool CommissioningSession::goTo(Step step)
{
    if (m_writeInProgress || step > m_reached)
        return false;
    if (step < m_step)
        setStep(step);
    while (m_step < step && next()) { }
    return m_step == step;
}

void CommissioningSession::editDraft(const std::function<void(config::DeviceConfig&)>& edit)
{
    config::DeviceConfig edited = m_draft;
    edit(edited);
    if (edited == m_draft)
        return;
    m_draft = std::move(edited);
    m_attemptedCounter.reset();
    if (m_written) {
        qCDebug(lcSession) << "draft changed after the write: it must be written again";
        m_written.reset();
    }
    revalidate();
    Q_EMIT changed();
}

void CommissioningSession::setModuleIdentified(bool identified)
{
    if (identified == m_identified)
        return;
    m_identified = identified;
    Q_EMIT changed();
}

void CommissioningSession::setLiveCheckPassed(bool passed)
{
    if (passed == m_liveCheckPassed)
        return;
    m_liveCheckPassed = passed;
    Q_EMIT changed();
}

void CommissioningSession::setLiveCheckAcknowledged(bool acknowledged)
{
    if (acknowledged == m_liveCheckAcknowledged)
        return;
    m_liveCheckAcknowledged = acknowledged;
    Q_EMIT changed();
}

void CommissioningSession::setWriteInProgress(bool running)
{
    if (running == m_writeInProgress)
        return;
    m_writeInProgress = running;
    if (running && m_moduleState) {
        m_attemptedCounter = m_moduleState->counter + 1;
        m_attemptedConfig = config::withoutSecrets(draftToWrite());
    }
    Q_EMIT changed();
}

void CommissioningSession::recordWrite(const WrittenConfig& written)
{
    acceptWritten(written);
    requestModuleState(); // what Review compares with from now on
    Q_EMIT changed();
}

void CommissioningSession::acceptWritten(const WrittenConfig& written)
{
    m_written = written;
    m_writeInProgress = false;
    m_attemptedCounter.reset();
    // The module holds the new secrets now; the tool forgets them. An empty secret means "keep
    // the stored one" in a later write.
    m_draft = config::withoutSecrets(draftToWrite());
    Q_EMIT draftReplaced();
    revalidate();
    if (m_step == Step::SignAndWrite)
        setStep(Step::Verify);
}

void CommissioningSession::setNetworkCheckRunning(bool running)
{
    if (running == m_networkCheckRunning)
        return;
    m_networkCheckRunning = running;
    Q_EMIT changed();
}

void CommissioningSession::retryModuleState()
{
    if (m_linkUp && !m_otherModule)
        requestModuleState();
}

void CommissioningSession::startOver()
{
    if (m_writeInProgress)
        return;
    std::optional<DeviceInfo> linked;
    if (m_otherModule)
        linked = m_otherModule;
    else if (m_linkUp)
        linked = m_module;
    resetProgress();
    m_module = linked;
    m_otherModule.reset();
    m_moduleState.reset();
    m_draftPrepared = false;
    m_draftSeeded = false;
    m_reached = Step::Connect;
    replaceDraft(config::factoryDefaultConfig());
    setStep(Step::Connect);
    if (m_linkUp)
        requestModuleState();
    Q_EMIT changed();
}

bool CommissioningSession::startFrom(const config::DeviceConfig& prepared)
{
    if (m_writeInProgress)
        return false;
    startOver();
    m_draftPrepared = true;
    m_draftSeeded = true;
    replaceDraft(prepared);
    Q_EMIT changed();
    return true;
}

void CommissioningSession::refreshTexts()
{
    revalidate();
    Q_EMIT changed();
}

// --- state ----------------------------------------------------------------------------------

config::DeviceConfig CommissioningSession::draftToWrite() const
{
    return m_moduleState ? withModuleSecretFlags(m_draft, m_moduleState->config) : m_draft;
}

QList<config::ValidationIssue> CommissioningSession::issuesOf(Step step) const
{
    QList<config::ValidationIssue> found;
    for (const config::ValidationIssue& issue : m_issues) {
        if (stepOfField(issue.fieldPath) == step)
            found.append(issue);
    }
    return found;
}

Blocker CommissioningSession::blockerAt(Step step) const
{
    if (step == Step::Done)
        return Blocker::LastStep;
    if (m_otherModule)
        return Blocker::OtherModule;
    if (needsLink(step)) {
        if (!m_linkUp)
            return Blocker::NotConnected;
        if (m_readError)
            return Blocker::ReadFailed;
        if (!m_stateFresh)
            return Blocker::ReadingModule;
    }
    switch (step) {
    case Step::Connect:
        break;
    case Step::Identify:
        if (!m_identified)
            return Blocker::NotIdentified;
        break;
    case Step::Site:
    case Step::Wiring:
    case Step::CurrentTransformers:
    case Step::Inputs:
    case Step::Network:
        if (!issuesOf(step).isEmpty())
            return Blocker::InvalidFields;
        break;
    case Step::LiveCheck:
        if (!m_liveCheckPassed && !m_liveCheckAcknowledged)
            return Blocker::LiveCheckNotAccepted;
        break;
    case Step::Review:
        if (!m_issues.isEmpty())
            return Blocker::InvalidFields;
        break;
    case Step::SignAndWrite:
        if (!m_written)
            return Blocker::NotWritten;
        break;
    case Step::Verify:
        if (m_networkCheckRunning)
            return Blocker::NetworkCheckRunning;
        break;
    case Step::Done:
        break;
    }
    return Blocker::None;
}

bool CommissioningSession::canGoBack() const
{
    return m_step != Step::Connect && !m_writeInProgress;
}

// --- internals ------------------------------------------------------------------------------

bool CommissioningSession::needsLink(Step step) const
{
    switch (step) {
    case Step::Connect:
    case Step::Identify:
    case Step::LiveCheck:
        return true;
    case Step::SignAndWrite:
        return !m_written; // writing needs the module; a finished write stands without it
    default:
        return false;
    }
}

void CommissioningSession::setStep(Step step)
{
    if (step > m_reached)
        m_reached = step;
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
    Q_EMIT changed();
}

void CommissioningSession::revalidate()
{
    const config::FittedOptions fitted = m_module ? m_module->options : config::FittedOptions {};
    m_issues = m_validator.validate(draftToWrite(), fitted);
}

void CommissioningSession::replaceDraft(const config::DeviceConfig& draft)
{
    m_draft = draft;
    revalidate();
    Q_EMIT draftReplaced();
}

void CommissioningSession::requestModuleState()
{
    m_stateFresh = false;
    m_readError.reset();
    Q_EMIT moduleStateWanted();
}

void CommissioningSession::resetProgress()
{
    m_identified = false;
    m_liveCheckPassed = false;
    m_liveCheckAcknowledged = false;
    m_writeInProgress = false;
    m_written.reset();
    m_attemptedCounter.reset();
    m_networkCheckRunning = false;
    m_readError.reset();
}

} // namespace iotpro::commissioning
