#pragma once

#include "BenchPointModel.h"
#include "BenchSettings.h"
#include "calibration/CalibrationSession.h"

#include <QObject>

#include <memory>

namespace iotpro {
class DeviceClient;
namespace security {
class KeyStore;
}
} // namespace iotpro

namespace iotpro::ui {

class ConnectionController;
class LiveStreamController;

/// The Bench mode without widgets (docs/calibration.md, "Bench mode"): a scanned serial number
/// starts the calibration of the connected module when it is that module's, with the same
/// service as `iotpro-cli calibrate` (calibration::CalibrationSession, report::CalibrationOutputs):
/// certificate, CSV log and job history record. It decides the big result and its sentence.
class BenchController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Ready, ///< waiting for a serial number
        Running,
        Passed, ///< every point of the deciding run passed; outputs written
        Failed, ///< a point failed; outputs written, showing which
        Aborted, ///< the run or its outputs failed: nothing written
        Refused, ///< the scan or the settings were refused: nothing run
    };

    /// `historyPath`: the job history the records go to (the app's, shared with the CLI). The
    /// run owns the module's live stream while it lasts; `liveStream` gets it back afterwards.
    BenchController(DeviceClient& client, ConnectionController& connection, LiveStreamController& liveStream,
        security::KeyStore& keys, QString historyPath, QObject* parent = nullptr);
    ~BenchController() override;

    /// A serial number from the scanner (or typed) and Enter: runs the connected module when
    /// the serial is its own and `settings` are complete; refuses with a reason otherwise.
    void scanned(const QString& serial, const BenchSettings& settings);

    State state() const { return m_state; }
    /// One sentence under the big word: what happened and what to do next.
    const QString& message() const { return m_message; }
    /// The last certificate and CSV log written; empty when none was.
    const QString& certificatePath() const { return m_certificatePath; }
    const QString& csvPath() const { return m_csvPath; }
    BenchPointModel& points() { return m_points; }

Q_SIGNALS:
    void stateChanged();
    /// A calibration was recorded in `batch` (empty: none): the batch view is out of date.
    void recorded(const QString& batch);

private:
    void refuse(const QString& message);
    void onCompleted(const calibration::Certificate& certificate);
    void onFailed(const Error& error);
    void setState(State state, const QString& message);
    /// The run is over: the session goes, the app's live view gets its stream back.
    void endSession();

    DeviceClient& m_client;
    ConnectionController& m_connection;
    LiveStreamController& m_liveStream;
    security::KeyStore& m_keys;
    const QString m_historyPath;
    BenchPointModel m_points;
    std::unique_ptr<calibration::CalibrationSession> m_session;
    BenchSettings m_settings; ///< of the run in progress
    State m_state = State::Ready;
    QString m_message;
    QString m_serial;
    QString m_certificatePath;
    QString m_csvPath;
};

} // namespace iotpro::ui
