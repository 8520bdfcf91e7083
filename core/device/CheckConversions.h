#pragma once

#include "IoState.h"
#include "NetworkCheckReport.h"
#include "iotpro.pb.h"

/// Replies of the network and inputs checks to our value types (core/device internal). Enum values
/// this tool does not know (a newer module) become Unknown / Other, never a wrong known value.
namespace iotpro {

NetworkCheckReport fromProto(const v1::NetworkCheckReport& message);
IoState fromProto(const v1::IoState& message);
Ds18b20ScanResult fromProto(const v1::Ds18b20ScanResult& message);

} // namespace iotpro
