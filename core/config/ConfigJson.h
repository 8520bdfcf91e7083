#pragma once

#include "DeviceConfig.h"
#include "ReadResult.h"

#include <QByteArray>
#include <QByteArrayView>

/// The JSON form of a configuration: protobuf's JSON mapping of iotpro.v1.DeviceConfig with every
/// field printed (defaults included) under the schema's field names, enums by name. Written and
/// read by protobuf itself, never by hand, so the tool, the virtual module and firmware agree.
namespace iotpro::config {

/// The configuration as JSON, without its secrets (withoutSecrets()): a JSON file is an export,
/// and secrets never reach a file, a report or a log. UTF-8, indented for people.
QByteArray toJson(const DeviceConfig& config);

/// The configuration in `json` (UTF-8), or what is wrong with it, naming the field: a syntax
/// error, an unknown field, a value of the wrong type, or a field a configuration cannot hold
/// (see fromProto()). Missing fields take their default. Secrets are read: a file to apply may
/// carry a new passphrase. Ranges are validate()'s job.
ReadResult<DeviceConfig> fromJson(QByteArrayView json);

} // namespace iotpro::config
