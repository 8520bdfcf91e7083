#include "DeterministicBytes.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message_lite.h>

namespace iotpro::config {

QByteArray deterministicBytes(const google::protobuf::MessageLite& message)
{
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream stream(&bytes);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message.SerializeToCodedStream(&coded);
    } // the CodedOutputStream flushes into `bytes` when it goes
    return QByteArray::fromStdString(bytes);
}

} // namespace iotpro::config
