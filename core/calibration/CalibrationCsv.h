#pragma once

#include "Certificate.h"
#include "common/Result.h"

#include <QString>

namespace iotpro::calibration {

/// The CSV log of a certificate's results (docs/calibration.md, "CSV log"): one row per point
/// and run, numbers in machine format whatever the locale. The header names every column.
QString calibrationCsvHeader();
QString calibrationCsvRows(const Certificate& certificate);

/// Appends the certificate's rows to the log at `path` (a batch collects every module's rows in
/// one file), writing the header when the file is new. The file is replaced whole, never left
/// half written.
Result<void> appendCalibrationCsv(const QString& path, const Certificate& certificate);

} // namespace iotpro::calibration
