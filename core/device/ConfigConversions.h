#pragma once

#include "ConfigState.h"
#include "ModuleClock.h"
#include "TrustStore.h"
#include "common/Result.h"
#include "iotpro.pb.h"

/// Replies about the configuration, the trust store and the clock to our value types, and the
/// upload to its message (core/device internal; nothing above core sees the generated types).
namespace iotpro {

/// BadReply when the module reports a configuration this tool cannot hold (an unknown enum value,
/// a list of the wrong length) or a signed payload that does not parse.
Result<ConfigState> fromProto(const v1::ConfigState& message);
ConfigStaged fromProto(const v1::ConfigStaged& message);
/// BadReply when a key is not a valid Ed25519 public key. Key ids are recomputed, never taken
/// from the module (docs/security.md, 5.1).
Result<TrustStore> fromProto(const v1::TrustStore& message);
ModuleClock fromProto(const v1::ModuleClock& message);

v1::ConfigUpload toProto(const ConfigUpload& upload);
v1::TrustRole toProto(TrustRole role);

} // namespace iotpro
