#pragma once

#include "DeviceInfo.h"

#include <QJsonObject>

namespace iotpro {

/// The module identity as JSON, the shape `iotpro-cli info --json` prints and reports embed:
/// {"serial_number", "hardware_revision", "firmware_version", "protocol": {"min", "max",
/// "negotiated"}, "metering_engine": {"model", "firmware_version"}, "options": {"wifi",
/// "lorawan", "cellular", "gps"}, "config_counter", "clock": {"utc", "time_zone",
/// "synchronized"}, "usb": {"vendor_id", "product_id"}, "ble": {"address", "name"},
/// "max_payload_size", "uptime_ms"}. Ids are 4-digit lower-case hex strings.
QJsonObject toJson(const DeviceInfo& info);

} // namespace iotpro
