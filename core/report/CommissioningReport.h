#pragma once

#include "storage/SessionRecord.h"

#include <QDateTime>
#include <QString>

namespace iotpro::report {

/// One row of the CT table.
struct CtRow
{
    int input = 0; ///< 1-based
    config::CtInputConfig ct;
    /// The firmware remaps or inverts this input: flagged on the report, since the wiring on site
    /// differs from what the module reports.
    bool softwareCorrection = false;

    friend bool operator==(const CtRow&, const CtRow&) = default;
};

/// One row of the per-phase readings of the live check.
struct PhaseRow
{
    int element = 0; ///< 1-based
    LiveElement reading;
    /// Current as a share of the CT rating, %: the load level the check ran at.
    double loadPct = 0;

    friend bool operator==(const PhaseRow&, const PhaseRow&) = default;
};

/// The commissioning report of one recorded session: the single model the JSON form and the PDF
/// are both written from (docs/report.md). Everything is taken from the session or derived from
/// it here; a section whose part of the session is empty reads "not performed".
struct CommissioningReport
{
    QString reportId; ///< from the session's uuid: unique across computers
    QDateTime generatedAt; ///< UTC
    QString generator; ///< "iotpro-cli 0.1.0"
    storage::SessionRecord session;
    /// config::configHash() of the session's configuration: computed without secrets.
    QByteArray configSha256;
    QList<CtRow> cts;
    QList<PhaseRow> phases;
    /// The highest per-phase load level, % of CT rating; nullopt without a live check.
    std::optional<double> loadLevelPct;

    friend bool operator==(const CommissioningReport&, const CommissioningReport&) = default;
};

/// The report of `session`.
CommissioningReport buildReport(const storage::SessionRecord& session, const QDateTime& generatedAt,
    const QString& generator);

/// The CT table of a configuration (shared with the verifier, which rebuilds it from the signed
/// configuration).
QList<CtRow> ctRows(const config::DeviceConfig& config);

/// "CR-" and the session uuid.
QString reportIdOf(const QUuid& uuid);

} // namespace iotpro::report
