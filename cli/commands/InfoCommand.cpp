#include "InfoCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "TextRows.h"
#include "device/DeviceInfoJson.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace iotpro::cli {

QString InfoCommand::summary() const
{
    return tr("Show the module's identity: serial, hardware, firmware, options, config counter.");
}

void InfoCommand::run(CommandContext& context)
{
    m_client = std::make_unique<DeviceClient>();
    connectToModule(context, *m_client, [&context](const DeviceInfo& info) {
        if (context.parser.isSet(GlobalOptions::json())) {
            QJsonObject json = toJson(info);
            json.insert(u"address"_qs, context.deviceAddress);
            context.console.json(QJsonDocument(json));
        } else {
            for (const QString& line : describeDeviceInfo(info))
                context.console.line(line);
        }
        context.finish(ExitOk);
    });
}

QStringList describeDeviceInfo(const DeviceInfo& info)
{
    QStringList options;
    if (info.options.wifi)
        options << InfoCommand::tr("Wi-Fi");
    if (info.options.lorawan)
        options << InfoCommand::tr("LoRaWAN");
    if (info.options.cellular)
        options << InfoCommand::tr("cellular");
    if (info.options.gps)
        options << InfoCommand::tr("GPS");
    const QList<std::pair<QString, QString>> rows {
        { InfoCommand::tr("Serial number"), info.serialNumber },
        { InfoCommand::tr("Hardware revision"), info.hardwareRevision },
        { InfoCommand::tr("Firmware"), info.firmwareVersion },
        { InfoCommand::tr("Protocol"),
            InfoCommand::tr("%1 (module speaks %2 to %3)")
                .arg(info.negotiatedProtocolVersion)
                .arg(info.minProtocolVersion)
                .arg(info.maxProtocolVersion) },
        { InfoCommand::tr("Metering engine"), info.meteringEngineModel + u' ' + info.meteringEngineFirmware },
        { InfoCommand::tr("Options"), options.isEmpty() ? InfoCommand::tr("none") : options.join(u", ") },
        { InfoCommand::tr("Config counter"), QString::number(info.configCounter) },
        { InfoCommand::tr("Module clock"),
            InfoCommand::tr("%1 UTC, zone %2, %3")
                .arg(info.clock.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_qs), info.timeZone,
                    info.clockSynchronized ? InfoCommand::tr("synchronised") : InfoCommand::tr("not synchronised")) },
        { InfoCommand::tr("USB identity"),
            QStringLiteral("%1:%2").arg(info.usbVendorId, 4, 16, QLatin1Char('0')).arg(info.usbProductId, 4, 16, QLatin1Char('0')) },
        { InfoCommand::tr("Bluetooth LE"), QStringLiteral("%1 (%2)").arg(info.bleName, info.bleAddress) },
    };
    return alignedRows(rows);
}

} // namespace iotpro::cli
