#pragma once

#include "JsonStateFile.h"
#include "electrical/ChannelErrors.h"
#include "iotpro.pb.h"

#include <QCoreApplication>
#include <QList>

namespace iotpro::sim {

/// The calibration constants a module runs with, as written (docs/protocol.md 4.12).
struct StoredCalibration
{
    /// The signed bytes exactly as received; empty on a never-calibrated module.
    QByteArray payload;
    QByteArray signature;
    qint64 writtenUnixMs = 0;
    /// Parsed from `payload`.
    v1::CalibrationPayload constants;

    /// Per element (index 0 = element 1), the elements the payload leaves out exact.
    QList<ChannelCalibration> perElement() const;
    /// What CalibrationGet answers.
    v1::CalibrationState toState() const;
};

/// The module's calibration constants in calibration.json of the state directory, saved durably
/// (JsonStateFile) so that they survive a restart, as a module keeps them in flash. Which
/// constants may be stored is the caller's decision (CalibrationRequests verifies them).
class CalibrationStore
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationStore)

public:
    explicit CalibrationStore(const QString& directory);

    /// A missing file is a never-calibrated module. false when the file is damaged (see errorString()).
    bool load();
    const StoredCalibration& current() const { return m_current; }
    /// Stores `calibration` durably; false when saving fails (the constants in use stay).
    bool save(const StoredCalibration& calibration);

    /// One line saying what failed last, with the path.
    const QString& errorString() const { return m_errorString; }

private:
    JsonStateFile m_file;
    StoredCalibration m_current;
    QString m_errorString;
};

} // namespace iotpro::sim
