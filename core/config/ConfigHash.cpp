#include "ConfigHash.h"

#include "ConfigProto.h"
#include "DeterministicBytes.h"
#include "security/Hash.h"

namespace iotpro::config {

QByteArray configHash(const DeviceConfig& config)
{
    return security::sha256(deterministicBytes(toProto(withoutSecrets(config))));
}

} // namespace iotpro::config
