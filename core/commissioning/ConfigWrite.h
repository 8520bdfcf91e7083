#pragma once

#include "common/Error.h"
#include "config/ConfigDiff.h"
#include "config/DeviceConfig.h"
#include "config/ValidationIssue.h"
#include "device/LiveSnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// The values of a configuration write (ConfigWriter): what is asked, how it went, what the module
/// has afterwards. Plain values for both faces; nothing here holds a secret.
namespace iotpro::commissioning {

/// The steps of a write, in order; NetworkCheck only when asked for.
enum class WriteStep {
    ReadState, ///< ConfigGet: the active configuration, its counter and secret flags
    Validate, ///< the one validator, against the module's fitted options
    OpeningReadings, ///< the energy registers and the module clock before anything changes
    Pair, ///< pairing with the label code
    Sign, ///< build, sign and seal
    Upload, ///< the module verifies and stages in its inactive slot
    Commit, ///< the module switches slots and applies
    Verify, ///< ConfigGet again: the payload hash and the configuration must match
    NetworkCheck, ///< the module tries its networks and GPS with the new configuration
};

/// What was read before the write, for the commissioning record.
struct OpeningReadings
{
    EnergyRegisters energy;
    /// The module clock when it was read (UTC), its time zone and whether it was synchronised.
    QDateTime moduleClock;
    QString timeZone;
    bool clockSynchronized = false;
    /// Module clock minus this computer's clock, in milliseconds.
    qint64 clockOffsetMs = 0;
    /// The tool set the module's clock (it was off by more than kClockTolerance or never set).
    bool clockSet = false;
    QDateTime clockSetTo;
    QString timeZoneSetTo; ///< empty when the module's zone was kept

    friend bool operator==(const OpeningReadings&, const OpeningReadings&) = default;
};

struct ConfigWriteRequest
{
    /// The configuration to write; an empty secret keeps the one the module holds.
    config::DeviceConfig config;
    /// The code printed on the module label, as typed or scanned.
    QString labelCode;
    /// Run the module's network and GPS check once the write is verified.
    bool runNetworkCheck = true;
    /// Its limit, 1 to 180 s; 0 = the module's default (90 s).
    quint32 networkCheckTimeoutS = 0;
};

/// A write that is committed and verified by reading it back.
struct ConfigWriteResult
{
    QString serialNumber;
    quint64 previousCounter = 0;
    quint64 counter = 0;
    quint32 slot = 0; ///< 1 slot A, 2 slot B
    QByteArray payloadSha256; ///< of the signed payload, equal to what the module reports
    QByteArray configHash; ///< config::configHash() of the configuration written
    QString signerFingerprint;
    QDateTime committedAt; ///< module clock
    /// The configuration as written: secrets empty, `*_set` flags as the module reports them.
    config::DeviceConfig config;
    /// What changed against the previous configuration (a secret only says "changed").
    QList<config::ConfigChange> changes;
    OpeningReadings opening;
    /// The link broke after the upload; the tool reconnected and found the new configuration active.
    bool recoveredAfterLinkLoss = false;

    friend bool operator==(const ConfigWriteResult&, const ConfigWriteResult&) = default;
};

/// Which configuration a module has after a write that failed.
enum class ModuleOutcome {
    PreviousKept, ///< nothing changed: the previous configuration is active
    NewActive, ///< the new configuration is active, but it could not be verified as written
    Unknown, ///< the module could not be asked (or reports a third configuration)
};

struct ConfigWriteFailure
{
    WriteStep step = WriteStep::ReadState;
    Error error;
    /// Validation problems with the field each concerns (the tool's validator, or the module's
    /// INVALID_CONFIG / OPTION_NOT_FITTED as one issue).
    QList<config::ValidationIssue> issues;
    ModuleOutcome outcome = ModuleOutcome::Unknown;
    /// The counter of the configuration the module has (when outcome is not Unknown), and the
    /// counters of the previous and the new one, for the message.
    quint64 activeCounter = 0;
    quint64 previousCounter = 0;
    quint64 newCounter = 0;
    /// The tool reconnected after a lost link to find out the outcome.
    bool reconnected = false;

    friend bool operator==(const ConfigWriteFailure&, const ConfigWriteFailure&) = default;
};

/// What a step does, for progress lines: "Pairing with the label code".
QString stepText(WriteStep step);

/// Which configuration the module has, in one sentence: "The module kept the previous
/// configuration (counter 4).", "The new configuration (counter 5) is active.", or what to do
/// when it is unknown.
QString outcomeText(const ConfigWriteFailure& failure);

/// The link is gone or the module fell silent: what it has now can only be found by asking again.
bool isLinkProblem(const Error& error);

/// The link broke before anything was sent for the module to store (any step before Upload): the
/// module certainly kept its previous configuration.
bool linkBrokeBeforeUpload(const ConfigWriteFailure& failure);

/// The whole account of a failed write, a line each: what went wrong, its detail, every refused
/// field, and which configuration the module has now.
QStringList failureLines(const ConfigWriteFailure& failure);

} // namespace iotpro::commissioning
