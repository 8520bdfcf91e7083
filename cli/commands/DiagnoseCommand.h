#pragma once

#include "Command.h"
#include "device/DeviceClient.h"
#include "electrical/Snapshot.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli diagnose --input FILE|-`: the mis-wiring diagnosis of one recorded snapshot,
/// printed as one JSON object (docs/diagnosis.md). `iotpro-cli --device ADDR diagnose` does the
/// same live, from a steady averaged window of the module's readings.
class DiagnoseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::DiagnoseCommand)

public:
    QString name() const override { return u"diagnose"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    void diagnoseFile(CommandContext& context);
    void diagnoseLive(CommandContext& context);
    void onSnapshot(CommandContext& context, const LiveSnapshot& snapshot);

    std::unique_ptr<DeviceClient> m_client;
    QList<electrical::Snapshot> m_window;
    QTimer m_deadline;
    QString m_unsteadyReason;
};

} // namespace iotpro::cli
