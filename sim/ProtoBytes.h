#pragma once

#include <QByteArray>
#include <string>

namespace iotpro::sim {

/// A protobuf `bytes` field's value as a QByteArray (zero bytes included).
inline QByteArray bytesOf(const std::string& bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

/// Sets a protobuf `bytes` field (through its mutable_ accessor) to `bytes`.
inline void setBytes(std::string* field, const QByteArray& bytes)
{
    field->assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace iotpro::sim
