#pragma once

#include "DeviceConfig.h"
#include "ReadResult.h"
#include "config.pb.h"

/// DeviceConfig to and from the schema's message, iotpro.v1.DeviceConfig
/// (core/protocol/proto/config.proto). Lossless both ways for every configuration a DeviceConfig can
/// hold: fromProto(toProto(c)) == c, secrets included.
namespace iotpro::config {

/// The message for `config`, with every sub-message present and the fixed-length lists full.
v1::DeviceConfig toProto(const DeviceConfig& config);

/// The configuration in `message`, or the first field a configuration cannot hold: an enum that
/// is not set or unknown to this tool, or a list of CT or digital inputs of the wrong length.
/// Values out of range are not refused here; that is validate()'s job.
ReadResult<DeviceConfig> fromProto(const v1::DeviceConfig& message);

} // namespace iotpro::config
