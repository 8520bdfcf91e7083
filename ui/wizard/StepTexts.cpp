#include "StepTexts.h"

namespace iotpro::ui {

using commissioning::Blocker;
using commissioning::Step;

QString StepTexts::name(Step step)
{
    switch (step) {
    case Step::Connect:
        return tr("Connect");
    case Step::Identify:
        return tr("Identify the module");
    case Step::Site:
        return tr("Site and circuit");
    case Step::Wiring:
        return tr("Wiring type");
    case Step::CurrentTransformers:
        return tr("Current transformers");
    case Step::LiveCheck:
        return tr("Live wiring check");
    case Step::Inputs:
        return tr("Inputs");
    case Step::Network:
        return tr("Network and GPS");
    case Step::Review:
        return tr("Review the changes");
    case Step::SignAndWrite:
        return tr("Sign and write");
    case Step::Verify:
        return tr("Verify");
    case Step::Done:
        return tr("Done");
    }
    return {};
}

QString StepTexts::blocker(const commissioning::CommissioningSession& session)
{
    switch (session.blocker()) {
    case Blocker::None:
    case Blocker::LastStep:
        return {};
    case Blocker::NotConnected:
        return tr("Connect to the module to go on.");
    case Blocker::ReadingModule:
        return tr("Reading the module's configuration…");
    case Blocker::ReadFailed:
        return tr("The module's configuration could not be read: %1")
            .arg(session.readError() ? session.readError()->toString() : QString());
    case Blocker::OtherModule:
        return tr("Another module is connected: see the message above.");
    case Blocker::NotIdentified:
        return tr("Confirm that this is the module in front of you to go on.");
    case Blocker::InvalidFields:
        return session.step() == Step::Review
            ? tr("Some settings are not valid: use Change to correct them.")
            : tr("Correct the fields marked \u26A0 to go on.");
    case Blocker::LiveCheckNotAccepted:
        return tr("Wait for PASS, or confirm that you go on without it.");
    case Blocker::NotWritten:
        return tr("Sign and write the configuration to go on.");
    case Blocker::NetworkCheckRunning:
        return tr("The network check is running…");
    }
    return {};
}

} // namespace iotpro::ui
