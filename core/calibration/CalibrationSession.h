#pragma once

#include "BenchLinks.h"
#include "CalibrationRun.h"
#include "Certificate.h"
#include "security/Keys.h"

#include <QObject>

#include <memory>
#include <optional>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::calibration {

/// What a bench is asked to do with one module, every value checked by the face that asks.
struct CalibrationRequest
{
    BenchAddresses bench;
    TestPlan plan;
    ReferenceStandard reference;
    AmbientConditions ambient;
    QString operatorName;
};

/// The run a point belongs to: the module as found, or as left after its adjustment.
enum class RunStage { AsFound, AsLeft };

/// One module's calibration on the production bench, as the CLI (`iotpro-cli calibrate`) and the
/// app's Bench mode both run it (docs/calibration.md, "The run" and "Adjustment"): refuses an
/// overdue reference, opens the bench's links, runs the plan as found, with a factory key adjusts
/// the module and runs the plan again as left, and completes with the certificate's content
/// (id and date of issue set). Writing the certificate, the CSV rows and the history record is
/// report::CalibrationOutputs' job. Any error ends the session once with failed() (a run that
/// aborts has switched the source off).
class CalibrationSession : public QObject
{
    Q_OBJECT

public:
    /// `module` must be connected (as `info` says) and outlive the session. `factoryKey`: adjust
    /// with it (moved in, wiped once the constants are signed); nullopt: check only.
    CalibrationSession(DeviceClient& module, const DeviceInfo& info, CalibrationRequest request,
        std::optional<security::SigningKey> factoryKey, QObject* parent = nullptr);
    ~CalibrationSession() override;

    /// Once; ends in completed() or failed().
    void start();

Q_SIGNALS:
    void pointStarted(iotpro::calibration::RunStage stage, int index, const iotpro::calibration::TestPoint& point);
    void pointFinished(iotpro::calibration::RunStage stage, const iotpro::calibration::PointResult& result);
    /// The constants were written and read back; the as-left run starts.
    void adjusted(const iotpro::calibration::AdjustmentOutcome& outcome);
    void completed(const iotpro::calibration::Certificate& certificate);
    void failed(const iotpro::Error& error);

private:
    void onBenchOpen(const ReferenceStandard& reference);
    std::unique_ptr<CalibrationRun> startRun();
    void onAsFound(const QList<PointResult>& results);
    /// Issues the certificate's id and date; the session is over.
    void complete();
    void fail(const Error& error);

    DeviceClient& m_module;
    const CalibrationRequest m_request;
    std::optional<security::SigningKey> m_factoryKey; ///< until the constants are signed
    Certificate m_certificate;
    std::unique_ptr<BenchLinks> m_bench;
    std::unique_ptr<CalibrationRun> m_asFoundRun;
    std::unique_ptr<CalibrationRun> m_asLeftRun;
    bool m_over = false;
};

} // namespace iotpro::calibration
