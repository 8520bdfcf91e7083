#pragma once

#include "SessionRecord.h"
#include "common/JsonFieldReader.h"

#include <QJsonObject>

/// The JSON documents the job history stores for the parts of a session, and the readers that
/// bring them back. Where core already writes a part (LiveSnapshot, NetworkCheckReport,
/// ConfigWriteResult, Finding), the history stores exactly that form and only the reader lives
/// here; the round-trip tests (tests/storage/tst_recordjson) pin the two together. Readers record
/// the first problem in `reader` and return a default value after it.
namespace iotpro::storage::recordjson {

/// {"serial_number", "hardware_revision", "firmware_version", "metering_engine": {"model",
/// "firmware_version"}, "options": {"wifi", "lorawan", "cellular", "gps"}}: the keys of
/// `iotpro-cli info --json` for the same fields.
QJsonObject toJson(const ModuleIdentity& module);
ModuleIdentity readModule(JsonFieldReader& reader, const QJsonObject& json, const QString& path);

/// The form of iotpro::toJson(LiveSnapshot).
LiveSnapshot readSnapshot(JsonFieldReader& reader, const QJsonObject& json, const QString& path);

/// {"timestamp_us", "digital_inputs": [{"mode" (proto name or null), "contact_closed", "active",
/// "pulse_count", "pulse_total", "sensors": [{"rom_code", "temperature_c", "present"}]}],
/// "analog_input": {"enabled", "input_v", "value", "alarm_low", "alarm_high"}}
QJsonObject toJson(const IoState& io);
IoState readIo(JsonFieldReader& reader, const QJsonObject& json, const QString& path);

/// The form of commissioning::toJson(NetworkCheckReport).
NetworkCheckReport readNetwork(JsonFieldReader& reader, const QJsonObject& json, const QString& path);

/// The form of commissioning::toJson(ConfigWriteResult); the configuration itself is stored once,
/// beside it, and given back here.
commissioning::ConfigWriteResult readWritten(
    JsonFieldReader& reader, const QJsonObject& json, const QString& path, const config::DeviceConfig& config);

/// {"step", "title", "detail", "outcome", "active_counter", "issues": [{"field", "message"}]}
QJsonObject toJson(const WriteFailureRecord& failure);
WriteFailureRecord readWriteFailure(JsonFieldReader& reader, const QJsonObject& json, const QString& path);

/// The form of electrical::toJson(Finding).
electrical::Finding readFinding(JsonFieldReader& reader, const QJsonObject& json, const QString& path);

/// Lowercase hex of bytes, and back (an odd length or a non-hex digit is a problem).
QString hex(const QByteArray& bytes);
QByteArray readHex(JsonFieldReader& reader, const QJsonObject& json, const QString& path, const QString& key);

/// ISO 8601 UTC with milliseconds ("" for an invalid time), and back.
QString isoTime(const QDateTime& time);
QDateTime readTime(JsonFieldReader& reader, const QJsonObject& json, const QString& path, const QString& key);

} // namespace iotpro::storage::recordjson
