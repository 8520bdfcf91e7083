#include "PortsCommand.h"

#include "Console.h"
#include "GlobalOptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

// Modules advertise at least once a second (docs/protocol.md 1.3): a few seconds see each in range.
constexpr std::chrono::seconds kBleScanTime(4);

QCommandLineOption probeOption()
{
    return QCommandLineOption(u"probe"_qs,
        PortsCommand::tr("Also send a Hello to every port to find modules behind other USB adapters."));
}

QCommandLineOption bleOption()
{
    return QCommandLineOption(u"ble"_qs,
        PortsCommand::tr("List the IoT Pro modules in Bluetooth LE range instead (a %1 s scan).")
            .arg(std::chrono::seconds(kBleScanTime).count()));
}

QString hex4(quint16 id)
{
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

} // namespace

QString PortsCommand::summary() const
{
    return tr("List serial ports; IoT Pro modules are marked by their USB identity.");
}

QList<QCommandLineOption> PortsCommand::options() const
{
    return { probeOption(), bleOption() };
}

void PortsCommand::run(CommandContext& context)
{
    if (context.parser.isSet(bleOption()))
        return scanBle(context);
    for (const SerialPortEntry& port : listSerialPorts())
        m_rows.push_back({ port, false, std::nullopt });
    if (context.parser.isSet(probeOption()) && !m_rows.empty())
        return probeAll(context);
    print(context);
    context.finish(ExitOk);
}

void PortsCommand::probeAll(CommandContext& context)
{
    // All ports at once: each gives up within 3 s, so the whole probe takes no longer.
    m_outstanding = int(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        auto& client = m_probes.emplace_back(std::make_unique<DeviceClient>());
        const auto done = [this, i, &context](std::optional<DeviceInfo> answer) {
            m_rows[i].probed = true;
            m_rows[i].answer = std::move(answer);
            m_probes[i]->disconnectFromDevice();
            if (--m_outstanding == 0) {
                print(context);
                context.finish(ExitOk);
            }
        };
        QObject::connect(client.get(), &DeviceClient::connected, client.get(),
            [done](const DeviceInfo& info) { done(info); });
        QObject::connect(client.get(), &DeviceClient::connectionFailed, client.get(),
            [done] { done(std::nullopt); });
        client->connectToDevice(m_rows[i].port.address);
    }
}

void PortsCommand::print(CommandContext& context) const
{
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonArray ports;
        for (const Row& row : m_rows) {
            QJsonObject port {
                { u"address"_qs, row.port.address.toString() },
                { u"description"_qs, row.port.description },
                { u"manufacturer"_qs, row.port.manufacturer },
                { u"iotpro_module"_qs, row.port.isModule || row.answer.has_value() },
                { u"usb"_qs,
                    row.port.hasUsbIdentity ? QJsonValue(QJsonObject {
                        { u"vendor_id"_qs, hex4(row.port.vendorId) },
                        { u"product_id"_qs, hex4(row.port.productId) },
                        { u"serial_number"_qs, row.port.usbSerialNumber },
                    })
                                            : QJsonValue() },
            };
            if (row.probed) {
                port.insert(u"probe"_qs,
                    QJsonObject { { u"answered"_qs, row.answer.has_value() },
                        { u"serial_number"_qs, row.answer ? QJsonValue(row.answer->serialNumber) : QJsonValue() } });
            }
            ports.append(port);
        }
        context.console.json(QJsonDocument(ports));
        return;
    }
    if (m_rows.empty()) {
        context.console.line(tr("No serial ports found. Is the module's USB cable plugged in?"));
        return;
    }
    for (const Row& row : m_rows) {
        QString what = row.port.isModule ? tr("IoT Pro module") : tr("other device");
        if (row.answer)
            what = tr("IoT Pro module %1").arg(row.answer->serialNumber);
        else if (row.probed)
            what += tr(", no answer to a probe");
        QString identity = row.port.description;
        if (row.port.hasUsbIdentity)
            identity += QStringLiteral(" [%1:%2]").arg(hex4(row.port.vendorId), hex4(row.port.productId));
        context.console.line(QStringLiteral("%1  %2  %3").arg(row.port.address.toString(), -24).arg(what, -28).arg(identity));
    }
}

void PortsCommand::scanBle(CommandContext& context)
{
    m_bleScanner = std::make_unique<BleScanner>();
    QObject::connect(m_bleScanner.get(), &BleScanner::finished, m_bleScanner.get(), [this, &context] {
        printBle(context);
        context.finish(ExitOk);
    });
    QObject::connect(m_bleScanner.get(), &BleScanner::failed, m_bleScanner.get(), [&context](const Error& error) {
        context.console.error(error);
        context.finish(ExitFailure);
    });
    m_bleScanner->start(kBleScanTime);
}

void PortsCommand::printBle(CommandContext& context) const
{
    const QList<BleModuleAdvert> modules = m_bleScanner->modules();
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonArray list;
        for (const BleModuleAdvert& module : modules) {
            list.append(QJsonObject {
                { u"address"_qs, DeviceAddress::ble(module.address).toString() },
                { u"name"_qs, module.name },
                { u"serial_number"_qs, module.serial },
                { u"rssi_dbm"_qs, module.rssi },
                { u"busy"_qs, module.busy },
            });
        }
        context.console.json(QJsonDocument(list));
        return;
    }
    if (modules.isEmpty()) {
        context.console.line(tr("No IoT Pro module in Bluetooth range. Move closer, and check that the "
                                "module is powered."));
        return;
    }
    for (const BleModuleAdvert& module : modules) {
        const QString state = module.busy ? tr("busy: another tool is connected") : QString();
        context.console.line(QStringLiteral("%1  %2  %3  %4  %5")
                                 .arg(DeviceAddress::ble(module.address).toString(), -21)
                                 .arg(module.serial, -16)
                                 .arg(module.name, -10)
                                 .arg(tr("%1 dBm").arg(module.rssi), 8)
                                 .arg(state)
                                 .trimmed());
    }
}

} // namespace iotpro::cli
