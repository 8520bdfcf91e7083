#include "Cpace.h"

#include "Sodium.h"

#include <sodium.h>

namespace iotpro::security::cpace {

static_assert(PointSize == crypto_core_ristretto255_BYTES);
static_assert(ScalarSize == crypto_core_ristretto255_SCALARBYTES);
static_assert(IskSize == crypto_hash_sha512_BYTES);

namespace {

/// H.s_in_bytes of SHA-512: its input block size.
constexpr qsizetype Sha512BlockSize = 128;

QByteArray sha512(QByteArrayView data)
{
    QByteArray hash(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512(uchars(hash), uchars(data), ullSize(data));
    return hash;
}

} // namespace

QByteArray prependLen(QByteArrayView data)
{
    QByteArray result;
    auto length = quint64(data.size());
    do {
        // LEB128: seven bits per byte, least significant first, bit 7 set while more follow.
        const auto low = quint8(length & 0x7f);
        length >>= 7;
        result.append(char(length != 0 ? low | 0x80 : low));
    } while (length != 0);
    result.append(data);
    return result;
}

QByteArray lvCat(std::initializer_list<QByteArrayView> parts)
{
    QByteArray result;
    for (QByteArrayView part : parts)
        result.append(prependLen(part));
    return result;
}

QByteArray generatorString(QByteArrayView prs, QByteArrayView ci, QByteArrayView sid)
{
    const qsizetype zeroPadding
        = std::max<qsizetype>(0, Sha512BlockSize - 1 - prependLen(prs).size() - prependLen(Dsi).size());
    return lvCat({ Dsi, prs, QByteArray(zeroPadding, '\0'), ci, sid });
}

QByteArray calculateGenerator(QByteArrayView prs, QByteArrayView ci, QByteArrayView sid)
{
    ensureSodiumInitialized();
    QByteArray generatorInput = generatorString(prs, ci, sid);
    QByteArray hash = sha512(generatorInput);
    QByteArray generator(PointSize, Qt::Uninitialized);
    crypto_core_ristretto255_from_hash(uchars(generator), uchars(hash));
    // Both strings carry the password: keep them out of freed memory.
    wipe(generatorInput);
    wipe(hash);
    return generator;
}

QByteArray sampleScalar()
{
    ensureSodiumInitialized();
    QByteArray scalar(ScalarSize, Qt::Uninitialized);
    crypto_core_ristretto255_scalar_random(uchars(scalar));
    return scalar;
}

std::optional<QByteArray> scalarMultVfy(QByteArrayView scalar, QByteArrayView point)
{
    ensureSodiumInitialized();
    if (scalar.size() != ScalarSize || point.size() != PointSize)
        return std::nullopt;
    QByteArray product(PointSize, Qt::Uninitialized);
    // Fails when `point` is not a canonical encoding of a group element or the product is the identity.
    if (crypto_scalarmult_ristretto255(uchars(product), uchars(scalar), uchars(point)) != 0)
        return std::nullopt;
    return product;
}

QByteArray transcriptIr(QByteArrayView ya, QByteArrayView ada, QByteArrayView yb, QByteArrayView adb)
{
    // lv_cat(Ya, ADa) || lv_cat(Yb, ADb) is the same byte string as one lv_cat of all four.
    return lvCat({ ya, ada, yb, adb });
}

QByteArray intermediateSessionKey(QByteArrayView sid, QByteArrayView k, QByteArrayView ya, QByteArrayView ada,
    QByteArrayView yb, QByteArrayView adb)
{
    ensureSodiumInitialized();
    const QByteArray iskDsi = Dsi.toByteArray().append("_ISK");
    QByteArray iskInput = lvCat({ iskDsi, sid, k }).append(transcriptIr(ya, ada, yb, adb));
    QByteArray isk = sha512(iskInput);
    wipe(iskInput);
    return isk;
}

} // namespace iotpro::security::cpace
