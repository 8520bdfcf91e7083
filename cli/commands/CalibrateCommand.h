#pragma once

#include "CalibrateOptions.h"
#include "Command.h"
#include "calibration/BenchLinks.h"
#include "calibration/CalibrationRun.h"
#include "calibration/Certificate.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR calibrate --reference ADDRESS --certificate FILE.pdf [--plan FILE]
/// [--csv FILE] …`: the production bench's check of one module against a reference meter
/// (docs/calibration.md). One line per point (JSON with --json), then the verdict; the
/// certificate and the CSV rows are written once every point was measured. Exit status 0 only
/// when every point passes; 1 when one fails or the run aborts (the source is switched off).
class CalibrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::CalibrateCommand)

public:
    QString name() const override { return u"calibrate"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    void onBenchOpen(CommandContext& context, const calibration::ReferenceStandard& reference);
    void onPoint(CommandContext& context, const calibration::PointResult& result);
    void onFinished(CommandContext& context, const QList<calibration::PointResult>& results);
    void fail(CommandContext& context, const Error& error);

    CalibrateOptions m_options;
    calibration::Certificate m_certificate;
    std::unique_ptr<DeviceClient> m_module;
    std::unique_ptr<calibration::BenchLinks> m_bench;
    std::unique_ptr<calibration::CalibrationRun> m_run;
};

/// One human-readable line for a point's result.
QString describePointResult(const calibration::PointResult& result);
/// The `--json` line for a point's result.
QJsonObject pointResultJson(const calibration::PointResult& result);

} // namespace iotpro::cli
