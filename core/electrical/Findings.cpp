#include "Findings.h"

#include "DiagnosisMessages.h"

#include <algorithm>
#include <map>

namespace iotpro::electrical {

namespace {

/// When one element has several problems, the one to lead with: what blocks the others first.
constexpr FindingCode elementPriority[] {
    FindingCode::VoltageMissing,
    FindingCode::VoltageAngleUnexpected,
    FindingCode::CtSwapped,
    FindingCode::CtReversed,
    FindingCode::CtRatioMismatch,
    FindingCode::CurrentOverRating,
    FindingCode::VoltageOutOfRange,
    FindingCode::CurrentBelowAccuracy,
};

int priorityOf(FindingCode code)
{
    const auto* found = std::find(std::begin(elementPriority), std::end(elementPriority), code);
    return int(found - std::begin(elementPriority));
}

} // namespace

Severity severityOf(FindingCode code)
{
    switch (code) {
    case FindingCode::CtReversed:
    case FindingCode::CtSwapped:
    case FindingCode::VoltageMissing:
    case FindingCode::VoltageAngleUnexpected:
    case FindingCode::CurrentOverRating:
    case FindingCode::CtRatioMismatch:
    case FindingCode::ElementCountMismatch:
        return Severity::Fail;
    case FindingCode::PhaseSequenceReversed:
    case FindingCode::VoltageOutOfRange:
    case FindingCode::FrequencyOutOfRange:
    case FindingCode::CurrentBelowAccuracy:
    case FindingCode::Ambiguous:
    case FindingCode::WiringUnexplained:
        return Severity::Warn;
    }
    return Severity::Fail;
}

Finding makeFinding(FindingCode code, std::optional<int> element, const QString& message)
{
    return Finding { code, element, severityOf(code), message, {} };
}

QList<Finding> onePerElement(const QList<Finding>& findings)
{
    QList<Finding> merged;
    std::map<int, QList<Finding>> byElement;
    for (const Finding& finding : findings) {
        if (finding.element)
            byElement[*finding.element] << finding;
        else
            merged << finding;
    }
    for (auto& [element, list] : byElement) {
        std::stable_sort(list.begin(), list.end(), [](const Finding& a, const Finding& b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            return priorityOf(a.code) < priorityOf(b.code);
        });
        Finding lead = list.takeFirst();
        for (const Finding& other : std::as_const(list)) {
            lead.message += u' ' + DiagnosisMessages::also(other.message);
            lead.additionalCodes << other.code;
        }
        merged << lead;
    }
    return merged;
}

Verdict verdictOf(const QList<Finding>& findings)
{
    Verdict verdict = Verdict::Pass;
    for (const Finding& finding : findings) {
        if (finding.severity == Severity::Fail)
            return Verdict::Fail;
        if (finding.severity == Severity::Warn)
            verdict = Verdict::Warn;
    }
    return verdict;
}

} // namespace iotpro::electrical
