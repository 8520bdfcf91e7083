#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>
#include <optional>

/// CPace, cipher suite CPACE-RISTR255-SHA512, exactly as draft-irtf-cfrg-cpace-21 specifies it
/// (sections 6-8.3 and appendix A; test vectors of appendix B.3 in tests/security/tst_cpace.cpp).
/// Pure functions over byte strings, built from libsodium's ristretto255 and SHA-512; the protocol
/// that uses them (roles, key confirmation, session keys) is Pake.h.
namespace iotpro::security::cpace {

inline constexpr qsizetype PointSize = 32; ///< an encoded ristretto255 element
inline constexpr qsizetype ScalarSize = 32; ///< a little-endian scalar
inline constexpr qsizetype IskSize = 64; ///< SHA-512 output
/// G_Ristretto255.DSI
inline constexpr QByteArrayView Dsi = "CPaceRistretto255";

/// prepend_len: the LEB128 length of `data`, then `data`.
QByteArray prependLen(QByteArrayView data);
/// lv_cat: prepend_len of each argument, concatenated.
QByteArray lvCat(std::initializer_list<QByteArrayView> parts);

/// generator_string(DSI, PRS, CI, sid, s_in_bytes = 128 for SHA-512): DSI and PRS zero-padded to
/// fill the first hash block, then CI and sid.
QByteArray generatorString(QByteArrayView prs, QByteArrayView ci, QByteArrayView sid);

/// calculate_generator: the encoded element derived from SHA-512(generator_string) by ristretto255's
/// element derivation (crypto_core_ristretto255_from_hash).
QByteArray calculateGenerator(QByteArrayView prs, QByteArrayView ci, QByteArrayView sid);

/// sample_scalar: a uniform scalar in [1, group order - 1] (crypto_core_ristretto255_scalar_random).
QByteArray sampleScalar();

/// scalar_mult_vfy(y, X): encode(y * decode(X)); nullopt stands for G.I, the abort case: X does not
/// decode to a group element, or the product is the identity. Also serves as scalar_mult for a
/// generator, which always decodes.
std::optional<QByteArray> scalarMultVfy(QByteArrayView scalar, QByteArrayView point);

/// transcript_ir(Ya, ADa, Yb, ADb) = lv_cat(Ya, ADa) || lv_cat(Yb, ADb), the initiator-responder order.
QByteArray transcriptIr(QByteArrayView ya, QByteArrayView ada, QByteArrayView yb, QByteArrayView adb);

/// ISK = SHA-512(lv_cat(DSI || "_ISK", sid, K) || transcript_ir(Ya, ADa, Yb, ADb)).
QByteArray intermediateSessionKey(QByteArrayView sid, QByteArrayView k, QByteArrayView ya, QByteArrayView ada,
    QByteArrayView yb, QByteArrayView adb);

} // namespace iotpro::security::cpace
