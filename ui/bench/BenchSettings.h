#pragma once

#include "calibration/CalibrationSession.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace iotpro::ui {

/// What the production operator sets up once per shift in the Bench mode, as typed.
struct BenchSettings
{
    QString referenceAddress; ///< modbus-tcp:HOST:PORT[:UNIT] or modbus-rtu:…, as for `iotpro-cli calibrate`
    QString referenceCertificate; ///< the number of the reference meter's own certificate
    QString referenceDue; ///< the reference meter's calibration due date, YYYY-MM-DD
    QString planPath; ///< empty: the built-in class 0.5S plan
    QString operatorName;
    QString batch; ///< empty: none
    QString outputFolder; ///< certificates and the CSV log
    /// Adjust the module after the run and check it again, with `factoryKeyName` of the key store.
    bool adjust = false;
    QString factoryKeyName;
    QString factoryKeyPassphrase;
};

/// Where one module's outputs go: `<folder>/<certificate id>.pdf`, and one CSV log per batch
/// (`<folder>/<batch>.csv`, or `calibrations.csv` without a batch) shared by its modules.
QString certificatePathIn(const QString& folder, const QString& certificateId);
QString csvPathIn(const QString& folder, const QString& batch);

/// The setup as the operator last used it, kept between runs of the app: a bench is set up once
/// per shift, not once per module. The factory key's passphrase is a secret and never stored.
void storeBenchSettings(QSettings& store, const BenchSettings& settings);
BenchSettings storedBenchSettings(const QSettings& store);

/// Checks the settings as `iotpro-cli calibrate` checks its options (the same address parser,
/// plan reader and reference description); an error naming the field to correct otherwise.
class BenchSettingsCheck
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::ui::BenchSettingsCheck)

public:
    static Result<calibration::CalibrationRequest> request(const BenchSettings& settings);
};

} // namespace iotpro::ui
