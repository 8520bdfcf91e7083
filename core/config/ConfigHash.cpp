#include "ConfigHash.h"

#include "ConfigProto.h"
#include "security/Sodium.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <sodium.h>

namespace iotpro::config {

QByteArray configHash(const DeviceConfig& config)
{
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream stream(&bytes);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        toProto(withoutSecrets(config)).SerializeToCodedStream(&coded);
    } // the CodedOutputStream flushes into `bytes` when it goes

    security::ensureSodiumInitialized();
    QByteArray hash(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(
        security::uchars(hash), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return hash;
}

} // namespace iotpro::config
