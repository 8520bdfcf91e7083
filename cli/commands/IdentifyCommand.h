#pragma once

#include "Command.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR identify [--seconds N]`: blinks the module's status LED, so the
/// technician sees which module on a wall of panels is the one linked.
class IdentifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::IdentifyCommand)

public:
    QString name() const override { return u"identify"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    std::unique_ptr<DeviceClient> m_client;
};

} // namespace iotpro::cli
