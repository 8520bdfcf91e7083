#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// Glue between Qt byte containers and libsodium for this library's sources and tests.
/// (No header of iotpro_security includes <sodium.h>; libsodium is a private dependency.)

namespace iotpro::security {

/// Initialises libsodium once per process; thread-safe and cheap after the first call.
/// Every entry point of this library calls it, so callers never have to.
/// Aborts the process if libsodium cannot start: without its random generator nothing here is safe.
void ensureSodiumInitialized();

/// `count` bytes from libsodium's CSPRNG.
QByteArray randomBytes(qsizetype count);

/// Overwrites a buffer that held a secret and empties it. Only this buffer is wiped: implicitly
/// shared copies keep their bytes, so secrets are never copied around in the first place.
void wipe(QByteArray& secret);

/// libsodium speaks unsigned char and unsigned long long, Qt speaks char and qsizetype.
inline const unsigned char* uchars(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.data());
}
inline unsigned char* uchars(QByteArray& bytes)
{
    return reinterpret_cast<unsigned char*>(bytes.data());
}
inline unsigned long long ullSize(QByteArrayView bytes)
{
    return static_cast<unsigned long long>(bytes.size());
}
inline size_t sizeOf(QByteArrayView bytes)
{
    return static_cast<size_t>(bytes.size());
}

} // namespace iotpro::security
