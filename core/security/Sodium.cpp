#include "Sodium.h"

#include <QtGlobal>
#include <sodium.h>

namespace iotpro::security {

void ensureSodiumInitialized()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool initialized = sodium_init() >= 0;
    if (!initialized)
        qFatal("libsodium could not be initialised (no usable random source?)");
}

QByteArray randomBytes(qsizetype count)
{
    ensureSodiumInitialized();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), sizeOf(bytes));
    return bytes;
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), sizeOf(secret));
    secret.clear();
}

} // namespace iotpro::security
