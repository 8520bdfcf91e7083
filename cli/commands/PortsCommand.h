#pragma once

#include "Command.h"
#include "device/DeviceClient.h"
#include "transport/BleScanner.h"
#include "transport/SerialPortScanner.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace iotpro::cli {

/// `iotpro-cli ports [--probe] [--json]`: the serial ports, IoT Pro modules marked by their USB
/// identity. Nothing is sent to any port unless --probe asks for it: an unknown port may be an
/// RS-485 adapter or a modem that must not receive stray bytes.
/// `iotpro-cli ports --ble [--json]`: the IoT Pro modules a Bluetooth LE scan sees, by name,
/// serial and signal strength, strongest first.
class PortsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::PortsCommand)

public:
    QString name() const override { return u"ports"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    struct Row
    {
        SerialPortEntry port;
        bool probed = false;
        std::optional<DeviceInfo> answer;
    };

    void probeAll(CommandContext& context);
    void print(CommandContext& context) const;
    void scanBle(CommandContext& context);
    void printBle(CommandContext& context) const;

    std::vector<Row> m_rows;
    std::vector<std::unique_ptr<DeviceClient>> m_probes;
    int m_outstanding = 0;
    std::unique_ptr<BleScanner> m_bleScanner;
};

} // namespace iotpro::cli
