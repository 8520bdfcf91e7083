#include "SessionRecord.h"

#include <algorithm>

namespace iotpro::storage {

namespace {

/// The machine names of an enum, in declaration order.
template <typename Enum, std::size_t N>
QString nameIn(Enum value, const char* const (&names)[N])
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const QString& name, const char* const (&names)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

constexpr const char* kResults[] = { "passed", "warnings", "failed", "incomplete" };
constexpr const char* kOrigins[] = { "wizard", "cli_apply" };
constexpr const char* kResolutions[] = { "open", "fixed_on_site", "corrected_in_software", "acknowledged" };
constexpr const char* kChecklist[] = { "ct_secondaries_never_open", "voltage_taps_fused", "enclosure_closed" };

/// A finding still there at the end that is more than information.
bool leftStanding(const RecordedFinding& recorded)
{
    return recorded.finding.severity != electrical::Severity::Info
        && (recorded.resolution == Resolution::Open || recorded.resolution == Resolution::Acknowledged);
}

} // namespace

ModuleIdentity ModuleIdentity::of(const DeviceInfo& info)
{
    return { info.serialNumber, info.hardwareRevision, info.firmwareVersion, info.meteringEngineModel,
        info.meteringEngineFirmware, info.options };
}

WriteFailureRecord WriteFailureRecord::of(const commissioning::ConfigWriteFailure& failure)
{
    return { failure.step, failure.error.title, failure.error.detail, failure.outcome, failure.activeCounter,
        failure.issues };
}

SessionResult SessionRecord::result() const
{
    if (!written)
        return writeFailure ? SessionResult::Failed : SessionResult::Incomplete;
    const bool networkFailed = (network && network->anyFailed()) || !networkCheckError.isEmpty();
    const bool liveCheckLeftOpen = liveCheck
        && std::any_of(liveCheck->findings.cbegin(), liveCheck->findings.cend(), leftStanding);
    const bool checklistLeftOpen = std::any_of(std::cbegin(allChecklistItems), std::cend(allChecklistItems),
        [this](ChecklistItem item) { return isUnconfirmed(item); });
    return networkFailed || liveCheckLeftOpen || checklistLeftOpen ? SessionResult::Warnings : SessionResult::Passed;
}

QString resultName(SessionResult result)
{
    return nameIn(result, kResults);
}

std::optional<SessionResult> resultFromName(const QString& name)
{
    return valueIn<SessionResult>(name, kResults);
}

QString originName(SessionOrigin origin)
{
    return nameIn(origin, kOrigins);
}

std::optional<SessionOrigin> originFromName(const QString& name)
{
    return valueIn<SessionOrigin>(name, kOrigins);
}

QString resolutionName(Resolution resolution)
{
    return nameIn(resolution, kResolutions);
}

std::optional<Resolution> resolutionFromName(const QString& name)
{
    return valueIn<Resolution>(name, kResolutions);
}

QString checklistName(ChecklistItem item)
{
    return nameIn(item, kChecklist);
}

std::optional<ChecklistItem> checklistFromName(const QString& name)
{
    return valueIn<ChecklistItem>(name, kChecklist);
}

} // namespace iotpro::storage
