#include "DeviceInfoJson.h"

namespace iotpro {

namespace {

QString hex4(quint16 id)
{
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

} // namespace

QJsonObject toJson(const DeviceInfo& info)
{
    return QJsonObject {
        { u"serial_number"_qs, info.serialNumber },
        { u"hardware_revision"_qs, info.hardwareRevision },
        { u"firmware_version"_qs, info.firmwareVersion },
        { u"protocol"_qs,
            QJsonObject {
                { u"min"_qs, qint64(info.minProtocolVersion) },
                { u"max"_qs, qint64(info.maxProtocolVersion) },
                { u"negotiated"_qs, qint64(info.negotiatedProtocolVersion) },
            } },
        { u"metering_engine"_qs,
            QJsonObject {
                { u"model"_qs, info.meteringEngineModel },
                { u"firmware_version"_qs, info.meteringEngineFirmware },
            } },
        { u"options"_qs,
            QJsonObject {
                { u"wifi"_qs, info.options.wifi },
                { u"lorawan"_qs, info.options.lorawan },
                { u"cellular"_qs, info.options.cellular },
                { u"gps"_qs, info.options.gps },
            } },
        // A JSON number holds a 53-bit integer exactly; a counter will never come near it.
        { u"config_counter"_qs, qint64(info.configCounter) },
        { u"clock"_qs,
            QJsonObject {
                { u"utc"_qs, info.clock.toUTC().toString(Qt::ISODateWithMs) },
                { u"time_zone"_qs, info.timeZone },
                { u"synchronized"_qs, info.clockSynchronized },
            } },
        { u"usb"_qs,
            QJsonObject {
                { u"vendor_id"_qs, hex4(info.usbVendorId) },
                { u"product_id"_qs, hex4(info.usbProductId) },
            } },
        { u"ble"_qs,
            QJsonObject {
                { u"address"_qs, info.bleAddress },
                { u"name"_qs, info.bleName },
            } },
        { u"max_payload_size"_qs, qint64(info.maxPayloadSize) },
        { u"uptime_ms"_qs, qint64(info.uptimeMs) },
    };
}

} // namespace iotpro
