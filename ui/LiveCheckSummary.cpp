#include "LiveCheckSummary.h"

#include "LiveCheckController.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace iotpro::ui {

using namespace electrical;

namespace {

QString windowSeconds()
{
    return QLocale().toString(
        std::chrono::duration<double>(LiveCheckController::kWindowLength).count(), 'g', 2);
}

LiveCheckSummary verdictSummary(const LiveCheckController& check)
{
    const Diagnosis& diagnosis = *check.diagnosis();
    LiveCheckSummary summary;
    // The most severe finding leads; the engine lists the installation's first, then by element.
    const auto worst = std::max_element(diagnosis.findings.cbegin(), diagnosis.findings.cend(),
        [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    const auto problems = std::count_if(diagnosis.findings.cbegin(), diagnosis.findings.cend(),
        [](const Finding& f) { return f.severity != Severity::Info; });
    switch (diagnosis.verdict) {
    case Verdict::Pass:
        summary.level = LiveCheckSummary::Level::Pass;
        summary.word = LiveCheckSummaryTexts::tr("PASS");
        summary.headline = LiveCheckSummaryTexts::tr("Every CT is on its phase and faces the right way.");
        break;
    case Verdict::Warn:
        summary.level = LiveCheckSummary::Level::Check;
        summary.word = LiveCheckSummaryTexts::tr("CHECK");
        break;
    case Verdict::Fail:
        summary.level = LiveCheckSummary::Level::Fail;
        summary.word = LiveCheckSummaryTexts::tr("FAIL");
        break;
    }
    if (diagnosis.verdict != Verdict::Pass && worst != diagnosis.findings.cend()) {
        summary.headline = problems > 1
            ? LiveCheckSummaryTexts::tr("%1 (and %n more)", "the first problem", int(problems - 1))
                  .arg(findingTitle(*worst))
            : findingTitle(*worst);
    }

    if (check.windowState() == LiveCheckController::WindowState::Unsteady) {
        summary.detail = LiveCheckSummaryTexts::tr(
            "The readings are changing: %1 Showing the result of the last steady %2 s.")
                             .arg(check.unsteadyReason(), windowSeconds());
    } else if (diagnosis.confidence > 0.0) {
        summary.detail
            = LiveCheckSummaryTexts::tr("From the last %1 s of steady readings; confidence %2 %.")
                  .arg(windowSeconds(), QLocale().toString(std::floor(diagnosis.confidence * 100.0), 'f', 0));
    } else {
        summary.detail
            = LiveCheckSummaryTexts::tr("From the last %1 s of steady readings.").arg(windowSeconds());
    }
    return summary;
}

} // namespace

LiveCheckSummary summarizeLiveCheck(LiveStreamController::State stream,
    const std::optional<Error>& streamError, const LiveCheckController& check)
{
    using State = LiveStreamController::State;
    using Level = LiveCheckSummary::Level;
    switch (stream) {
    case State::Off:
        return { Level::Idle, LiveCheckSummaryTexts::tr("NOT CONNECTED"),
            LiveCheckSummaryTexts::tr("Connect to a module to check its wiring live."), {} };
    case State::Starting:
        return { Level::Waiting, LiveCheckSummaryTexts::tr("WAITING"),
            LiveCheckSummaryTexts::tr("Starting the live readings…"), {} };
    case State::Failed:
        return { Level::Waiting, LiveCheckSummaryTexts::tr("NO LIVE READINGS"),
            streamError ? streamError->title : QString(), streamError ? streamError->detail : QString() };
    case State::Stalled:
        return { Level::Waiting, LiveCheckSummaryTexts::tr("NO READINGS"),
            LiveCheckSummaryTexts::tr("No readings for %1 s: what is shown is not current.")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(LiveStreamController::kStallTimeout)
                         .count()),
            LiveCheckSummaryTexts::tr("Check the cable to the module; the readings resume by themselves.") };
    case State::Live:
        break;
    }
    if (check.diagnosis())
        return verdictSummary(check);
    if (check.windowState() == LiveCheckController::WindowState::Unsteady)
        return { Level::Waiting, LiveCheckSummaryTexts::tr("WAITING"),
            LiveCheckSummaryTexts::tr("Waiting for steady readings."), check.unsteadyReason() };
    return { Level::Waiting, LiveCheckSummaryTexts::tr("CHECKING"),
        LiveCheckSummaryTexts::tr("Collecting steady readings…"),
        LiveCheckSummaryTexts::tr("A verdict needs %1 s of steady readings.").arg(windowSeconds()) };
}

QString findingTitle(const Finding& finding)
{
    const int input = finding.element.value_or(0);
    switch (finding.code) {
    case FindingCode::CtReversed:
        return LiveCheckSummaryTexts::tr("CT on input %1 faces the wrong way").arg(input);
    case FindingCode::CtSwapped:
        return LiveCheckSummaryTexts::tr("CT on input %1 is on the wrong phase").arg(input);
    case FindingCode::PhaseSequenceReversed:
        return LiveCheckSummaryTexts::tr("Voltage phase sequence reversed");
    case FindingCode::VoltageMissing:
        return LiveCheckSummaryTexts::tr("No voltage on input %1").arg(input);
    case FindingCode::VoltageOutOfRange:
        return LiveCheckSummaryTexts::tr("Voltage out of range on input %1").arg(input);
    case FindingCode::VoltageAngleUnexpected:
        return LiveCheckSummaryTexts::tr("Voltage lead of input %1 on the wrong conductor").arg(input);
    case FindingCode::FrequencyOutOfRange:
        return LiveCheckSummaryTexts::tr("Frequency out of range");
    case FindingCode::CurrentBelowAccuracy:
        return LiveCheckSummaryTexts::tr("Too little load on input %1 for a verdict").arg(input);
    case FindingCode::CurrentOverRating:
        return LiveCheckSummaryTexts::tr("CT on input %1 carries more than its rating").arg(input);
    case FindingCode::CtRatioMismatch:
        return LiveCheckSummaryTexts::tr("Wrong CT size on input %1").arg(input);
    case FindingCode::Ambiguous:
        return LiveCheckSummaryTexts::tr("More than one wiring fits: one test tells them apart");
    case FindingCode::WiringUnexplained:
        return LiveCheckSummaryTexts::tr("The readings fit no usual wiring");
    case FindingCode::ElementCountMismatch:
        return LiveCheckSummaryTexts::tr("The readings do not match the declared wiring");
    }
    return {};
}

} // namespace iotpro::ui
