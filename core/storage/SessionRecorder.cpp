#include "SessionRecorder.h"

#include "SessionStore.h"

#include <QTimeZone>

#include <algorithm>

namespace iotpro::storage {

namespace {

bool sameFinding(const electrical::Finding& a, const electrical::Finding& b)
{
    return a.code == b.code && a.element == b.element;
}

/// The written configuration maps the finding's CT differently from what the module measured with.
bool correctedInSoftware(const electrical::Finding& finding, const MeteringSetup& measuredWith,
    const std::optional<config::DeviceConfig>& written)
{
    using electrical::FindingCode;
    if (!written || !finding.element
        || (finding.code != FindingCode::CtReversed && finding.code != FindingCode::CtSwapped))
        return false;
    const auto input = static_cast<std::size_t>(*finding.element - 1);
    if (input >= written->metering.ctInputs.size())
        return false;
    const config::CtInputConfig& ct = written->metering.ctInputs[input];
    const auto index = qsizetype(input);
    return int(ct.phase) != measuredWith.ctPhase.value(index, int(ct.phase))
        || ct.inverted != measuredWith.ctInverted.value(index, ct.inverted);
}

} // namespace

SessionRecorder::SessionRecorder(SessionStore& store, Profile profile)
    : m_store(store)
    , m_profile(std::move(profile))
{ }

Result<qint64> SessionRecorder::record(SessionRecord record)
{
    if (record.uuid.isNull())
        record.uuid = QUuid::createUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record.finishedAt.isValid())
        record.finishedAt = now;
    if (!record.startedAt.isValid())
        record.startedAt = record.finishedAt;
    if (record.timeZone.isEmpty())
        record.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (record.toolVersion.isEmpty())
        record.toolVersion = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
    if (record.technician.isEmpty())
        record.technician = m_profile.technician;
    if (record.company.isEmpty())
        record.company = m_profile.company;
    return m_store.save(record);
}

LiveCheckRecord SessionRecorder::liveCheck(const QList<std::pair<LiveSnapshot, electrical::Diagnosis>>& steadyWindows,
    bool acknowledgedWithoutPass, const std::optional<config::DeviceConfig>& written)
{
    LiveCheckRecord check;
    check.acknowledgedWithoutPass = acknowledgedWithoutPass;
    if (steadyWindows.isEmpty())
        return check;
    const auto& [lastSnapshot, lastDiagnosis] = steadyWindows.last();
    check.snapshot = lastSnapshot;
    check.verdict = lastDiagnosis.verdict;
    for (const auto& [snapshot, diagnosis] : steadyWindows) {
        for (const electrical::Finding& finding : diagnosis.findings) {
            const bool known = std::any_of(check.findings.cbegin(), check.findings.cend(),
                [&finding](const RecordedFinding& seen) { return sameFinding(seen.finding, finding); });
            if (known)
                continue;
            const bool stillThere = std::any_of(lastDiagnosis.findings.cbegin(), lastDiagnosis.findings.cend(),
                [&finding](const electrical::Finding& last) { return sameFinding(last, finding); });
            Resolution resolution = Resolution::Open;
            if (correctedInSoftware(finding, snapshot.setup, written))
                resolution = Resolution::CorrectedInSoftware;
            else if (!stillThere)
                resolution = Resolution::FixedOnSite;
            else if (acknowledgedWithoutPass)
                resolution = Resolution::Acknowledged;
            check.findings.append({ finding, resolution });
        }
    }
    return check;
}

} // namespace iotpro::storage
