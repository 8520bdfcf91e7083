#pragma once

#include "Command.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR info [--json]`: who the module is.
class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::InfoCommand)

public:
    QString name() const override { return u"info"_qs; }
    QString summary() const override;
    void run(CommandContext& context) override;

private:
    std::unique_ptr<DeviceClient> m_client;
};

/// The identity as aligned "label  value" lines for people.
QStringList describeDeviceInfo(const DeviceInfo& info);

} // namespace iotpro::cli
