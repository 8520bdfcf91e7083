#pragma once

#include "CalibrateOptions.h"
#include "Command.h"
#include "calibration/CalibrationSession.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR calibrate --reference ADDRESS --certificate FILE.pdf [--plan FILE]
/// [--csv FILE] [--adjust --factory-key KEYFILE] …`: the production bench's check of one module
/// against a reference meter (docs/calibration.md). One line per point (JSON with --json), then
/// the verdict; with --adjust the module's constants are corrected after the run and the plan
/// runs again. The certificate and the CSV rows are written once every run is over. Exit status 0
/// only when every point (of the run after the adjustment) passes; 1 when one fails or the run or
/// the adjustment aborts (the source is switched off).
class CalibrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::CalibrateCommand)

public:
    QString name() const override { return u"calibrate"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    /// With --batch: true (and the command over) when the module already passed in the batch.
    bool skipPassed(CommandContext& context, const QString& serial);
    void onPoint(CommandContext& context, calibration::RunStage stage, const calibration::PointResult& result);
    void onAdjusted(CommandContext& context, const calibration::AdjustmentOutcome& outcome);
    /// Certificate and CSV rows, then the verdict and the exit status.
    void finish(CommandContext& context, const calibration::Certificate& certificate);
    void fail(CommandContext& context, const Error& error);

    CalibrateOptions m_options;
    std::optional<security::SigningKey> m_factoryKey; ///< with --adjust, until the session takes it
    std::unique_ptr<DeviceClient> m_module;
    std::unique_ptr<calibration::CalibrationSession> m_session;
};

/// One human-readable line per adjusted element.
QString describeAdjustment(const calibration::ElementAdjustment& adjustment);

/// One human-readable line for a point's result.
QString describePointResult(const calibration::PointResult& result);

} // namespace iotpro::cli
