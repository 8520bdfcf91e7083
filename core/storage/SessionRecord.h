#pragma once

#include "commissioning/ConfigWrite.h"
#include "config/DeviceConfig.h"
#include "device/DeviceInfo.h"
#include "device/IoState.h"
#include "device/LiveSnapshot.h"
#include "device/NetworkCheckReport.h"
#include "electrical/Diagnosis.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

/// One commissioning session as the job history keeps it: who, where, which module, what was
/// checked and what was written. Plain values; nothing here may hold a secret (SessionRecorder
/// empties the configuration's secrets before anything is stored).
namespace iotpro::storage {

/// Which face ran the session.
enum class SessionOrigin {
    Wizard, ///< the commissioning wizard of the desktop app
    CliApply, ///< `iotpro-cli config apply`
};

/// How a session ended, as the history lists it.
enum class SessionResult {
    Passed, ///< the configuration is written and verified, and every check that ran passed
    Warnings, ///< written and verified, but a check failed or was skipped, or a checklist point is unconfirmed
    Failed, ///< the write failed
    Incomplete, ///< ended before anything was written
};

/// The module's identity when the session ran (firmware may change later).
struct ModuleIdentity
{
    QString serialNumber;
    QString hardwareRevision;
    QString firmwareVersion;
    QString meteringEngineModel;
    QString meteringEngineFirmware;
    DeviceInfo::Options options;

    static ModuleIdentity of(const DeviceInfo& info);

    friend bool operator==(const ModuleIdentity&, const ModuleIdentity&) = default;
};

/// How a finding of the live check was dealt with.
enum class Resolution {
    Open, ///< still there when the session ended
    FixedOnSite, ///< it disappeared from a later reading: the wiring was changed
    CorrectedInSoftware, ///< the written configuration remaps or inverts that CT as the diagnosis found
    Acknowledged, ///< still there; the technician chose to go on without a passing live check
};

struct RecordedFinding
{
    electrical::Finding finding;
    Resolution resolution = Resolution::Open;

    friend bool operator==(const RecordedFinding&, const RecordedFinding&) = default;
};

/// The live check: the reading the verdict was taken from and every finding seen on the way.
struct LiveCheckRecord
{
    LiveSnapshot snapshot;
    electrical::Verdict verdict = electrical::Verdict::Pass;
    QList<RecordedFinding> findings;
    /// The technician went on without a passing verdict.
    bool acknowledgedWithoutPass = false;

    friend bool operator==(const LiveCheckRecord&, const LiveCheckRecord&) = default;
};

/// A write that failed, as far as a record needs it.
struct WriteFailureRecord
{
    commissioning::WriteStep step = commissioning::WriteStep::ReadState;
    QString title;
    QString detail;
    commissioning::ModuleOutcome outcome = commissioning::ModuleOutcome::Unknown;
    quint64 activeCounter = 0;
    QList<config::ValidationIssue> issues;

    static WriteFailureRecord of(const commissioning::ConfigWriteFailure& failure);

    friend bool operator==(const WriteFailureRecord&, const WriteFailureRecord&) = default;
};

/// The configuration exactly as signed and committed, and the key that verifies it: what lets an
/// auditor check years later that the module was given this configuration by this signer.
struct SignedEnvelope
{
    QByteArray payload; ///< the serialized SignedConfigPayload
    QByteArray signature; ///< Ed25519, 64 bytes
    QByteArray signerPublicKey; ///< 32 bytes

    bool isEmpty() const { return payload.isEmpty(); }

    friend bool operator==(const SignedEnvelope&, const SignedEnvelope&) = default;
};

/// A safety point the technician confirms before leaving the panel.
enum class ChecklistItem {
    CtSecondariesNeverOpen, ///< no CT secondary was open-circuited under load
    VoltageTapsFused, ///< the voltage taps are fused
    EnclosureClosed, ///< the enclosure and the panel are closed
};

inline constexpr ChecklistItem allChecklistItems[]
    = { ChecklistItem::CtSecondariesNeverOpen, ChecklistItem::VoltageTapsFused, ChecklistItem::EnclosureClosed };

struct SessionRecord
{
    qint64 id = 0; ///< given by the store; 0 before it is saved
    QUuid uuid; ///< unique across computers: the report id is made from it
    SessionOrigin origin = SessionOrigin::CliApply;
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC
    QString timeZone; ///< IANA name of the tool computer's zone
    QString technician;
    QString company;
    QString toolVersion;
    ModuleIdentity module;
    /// The configuration written (or meant to be): installation, CTs, inputs, network, GPS.
    /// Secrets always empty.
    config::DeviceConfig config;
    std::optional<LiveCheckRecord> liveCheck;
    std::optional<IoState> io;
    std::optional<commissioning::ConfigWriteResult> written;
    std::optional<WriteFailureRecord> writeFailure;
    SignedEnvelope envelope;
    std::optional<NetworkCheckReport> network;
    /// The network check was asked for but could not run: why.
    QString networkCheckError;
    /// The safety checklist: none when it was not asked (`config apply` without --checklist, a
    /// write that failed); otherwise the points the technician confirmed, every other point was
    /// asked and is NOT confirmed.
    std::optional<QList<ChecklistItem>> checklist;

    SessionResult result() const;
    /// The checklist was asked and `item` was not confirmed.
    bool isUnconfirmed(ChecklistItem item) const { return checklist && !checklist->contains(item); }

    friend bool operator==(const SessionRecord&, const SessionRecord&) = default;
};

/// "passed", "warnings", "failed", "incomplete": the machine names of the JSON forms.
QString resultName(SessionResult result);
std::optional<SessionResult> resultFromName(const QString& name);
QString originName(SessionOrigin origin);
std::optional<SessionOrigin> originFromName(const QString& name);
QString resolutionName(Resolution resolution);
std::optional<Resolution> resolutionFromName(const QString& name);
QString checklistName(ChecklistItem item);
std::optional<ChecklistItem> checklistFromName(const QString& name);

} // namespace iotpro::storage
