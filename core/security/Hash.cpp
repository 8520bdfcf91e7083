#include "Hash.h"

#include "Sodium.h"

#include <sodium.h>

namespace iotpro::security {

static_assert(Sha256Size == crypto_hash_sha256_BYTES);

QByteArray sha256(QByteArrayView data)
{
    ensureSodiumInitialized();
    QByteArray hash(Sha256Size, Qt::Uninitialized);
    crypto_hash_sha256(uchars(hash), uchars(data), ullSize(data));
    return hash;
}

} // namespace iotpro::security
