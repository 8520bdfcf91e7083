#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace iotpro::storage {

class HistoryDatabase;

/// One module's calibration on the production bench, as the job history keeps it
/// (docs/calibration.md, "Job history and batches"): one per certificate issued.
struct CalibrationRecord
{
    QString certificateId;
    QString moduleSerial;
    QString hardwareRevision;
    QString firmwareVersion;
    QDateTime issued; ///< UTC
    bool passed = false;
    bool adjusted = false;
    QString batch; ///< the production batch it was run in; empty: none
    QString planName;
    QString accuracyClass;
    QString referenceSerial;
    QString operatorName;
    QString certificatePath;
    /// Every point of every run, as `iotpro-cli calibrate --json` prints them (a JSON array).
    QByteArray resultsJson;

    friend bool operator==(const CalibrationRecord&, const CalibrationRecord&) = default;
};

/// The production bench's calibrations in the job history (table `calibrations`, migration 4).
class CalibrationRecords
{
public:
    /// Keeps a reference to `database`.
    explicit CalibrationRecords(HistoryDatabase& database)
        : m_database(database)
    { }

    /// Saves `record` in one transaction (the module's row is created when new); its id.
    Result<qint64> save(const CalibrationRecord& record);
    /// Every batch named in the history, the one calibrated in most recently first.
    Result<QStringList> batches();
    /// The latest record of each module calibrated in `batch`, in the order the modules were
    /// first calibrated there.
    Result<QList<CalibrationRecord>> latestInBatch(const QString& batch);
    /// The latest record of `moduleSerial` in `batch` that passed; nullopt when none did.
    Result<std::optional<CalibrationRecord>> passedInBatch(const QString& batch, const QString& moduleSerial);

private:
    HistoryDatabase& m_database;
};

/// How a batch is going: modules, how many passed their latest calibration, and the yield.
struct BatchYield
{
    int modules = 0;
    int passed = 0;
    int adjusted = 0; ///< of those that passed, adjusted first

    double yieldPct() const { return modules > 0 ? 100.0 * passed / modules : 0.0; }
};

/// The yield of a batch's latest records.
BatchYield batchYield(const QList<CalibrationRecord>& latest);

} // namespace iotpro::storage
