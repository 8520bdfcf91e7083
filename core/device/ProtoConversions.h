#pragma once

#include "DeviceInfo.h"
#include "LiveSnapshot.h"
#include "iotpro.pb.h"

namespace iotpro {

/// Wire messages to our value types. Generated protobuf types stop here: nothing above
/// core/device sees them.
DeviceInfo fromProto(const v1::DeviceInfo& message);
LiveSnapshot fromProto(const v1::LiveSnapshot& message);

/// A float from the wire as the double a person would write: 230.1f becomes 230.1, not
/// 230.10000610351562, so JSON and reports show what the meter meant.
double widen(float value);

} // namespace iotpro
