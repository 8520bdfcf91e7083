#pragma once

#include <QByteArray>

namespace google::protobuf {
class MessageLite;
}

namespace iotpro::config {

/// protobuf's deterministic serialization of `message` (SetSerializationDeterministic(true)):
/// fields in number order, default scalars left out. What the configuration hash and a signed
/// configuration payload are computed over, so the same content always gives the same bytes.
QByteArray deterministicBytes(const google::protobuf::MessageLite& message);

} // namespace iotpro::config
