#include "security/Keys.h"
#include "security/Signing.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::security;

namespace {

QByteArray flippedAt(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

} // namespace

class tst_Signing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 8032 section 7.1, Ed25519 TEST 1 to 3: the raw primitive under our key types.
    void rfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TEST 1")
            << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                   "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2")
            << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("72")
            << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                   "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3")
            << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
            << QByteArray::fromHex("af82")
            << QByteArray::fromHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                                   "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }
    void rfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const std::optional<SigningKey> key = SigningKey::fromSeed(seed);
        QVERIFY(key);
        QCOMPARE(key->publicKey().toBytes().toHex(), publicKey.toHex());
        QCOMPARE(key->signRaw(message).toHex(), signature.toHex());
        const std::optional<PublicKey> verifier = PublicKey::fromBytes(publicKey);
        QVERIFY(verifier);
        QVERIFY(verifier->verifyRaw(message, signature));
        QVERIFY(!verifier->verifyRaw(QByteArray(message + 'x'), signature));
    }

    void keyIdAndFingerprint_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("keyId");
        QTest::addColumn<QString>("fingerprint");
        // Expected values: the first 8 bytes of BLAKE2b-256(public key), computed with Python's hashlib.
        QTest::newRow("RFC 8032 TEST 1")
            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray::fromHex("7849ac3049680be1") << u"7849 ac30 4968 0be1"_qs;
        QTest::newRow("RFC 8032 TEST 2")
            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("6ec9e955a19ba3c9") << u"6ec9 e955 a19b a3c9"_qs;
    }
    void keyIdAndFingerprint()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, keyId);
        QFETCH(QString, fingerprint);
        const std::optional<PublicKey> key = PublicKey::fromBytes(publicKey);
        QVERIFY(key);
        QCOMPARE(key->keyId().toBytes().toHex(), keyId.toHex());
        QCOMPARE(key->fingerprint(), fingerprint);
        QCOMPARE(KeyId::fromBytes(keyId), key->keyId());
    }

    void publicKeyRejectsInvalidEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("31 bytes") << QByteArray(31, '\x11');
        QTest::newRow("33 bytes") << QByteArray::fromHex(
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00");
        QTest::newRow("identity (small order)")
            << QByteArray::fromHex("0100000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("order-2 point")
            << QByteArray::fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("non-canonical y >= p")
            << QByteArray::fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    }
    void publicKeyRejectsInvalidEncodings()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!PublicKey::fromBytes(bytes));
    }

    void secretKeyMustBeConsistent()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray secret = key.exportSecretKey();
        QVERIFY(SigningKey::fromSecretKey(secret));
        QCOMPARE(SigningKey::fromSecretKey(secret)->publicKey(), key.publicKey());
        // Another key's public half, a flipped bit in either half, or a short buffer: not a key.
        QVERIFY(!SigningKey::fromSecretKey(
            QByteArray(secret.first(32) + SigningKey::generate().publicKey().toBytes())));
        QVERIFY(!SigningKey::fromSecretKey(flippedAt(secret, 0)));
        QVERIFY(!SigningKey::fromSecretKey(flippedAt(secret, 40)));
        QVERIFY(!SigningKey::fromSecretKey(secret.first(63)));
    }

    void movingAKeyLeavesNoCopyBehind()
    {
        SigningKey key = SigningKey::generate();
        const PublicKey publicKey = key.publicKey();
        const SigningKey moved = std::move(key);
        QCOMPARE(moved.publicKey(), publicKey);
        QCOMPARE(key.exportSecretKey(),
            QByteArray(SigningKey::SecretKeySize, '\0')); // NOLINT(bugprone-use-after-move)
    }

    void domainPrefixes_data()
    {
        QTest::addColumn<SignatureDomain>("domain");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("configuration")
            << SignatureDomain::Configuration << QByteArray::fromHex("496f5450726f20636f6e66696720763100");
        QTest::newRow("calibration") << SignatureDomain::CalibrationConstants
                                     << QByteArray::fromHex("496f5450726f2063616c6962726174696f6e20763100");
    }
    void domainPrefixes()
    {
        QFETCH(SignatureDomain, domain);
        QFETCH(QByteArray, prefix);
        QCOMPARE(domainPrefix(domain).toHex(), prefix.toHex());
        const QByteArray message = QByteArray::fromHex("00ff0a0d").append("config");
        QCOMPARE(signedBytes(domain, message).toHex(), QByteArray(prefix + message).toHex());
    }

    void signAndVerify_data()
    {
        QTest::addColumn<SignatureDomain>("domain");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("config, empty") << SignatureDomain::Configuration << QByteArray();
        QTest::newRow("config, text")
            << SignatureDomain::Configuration << QByteArray("{\"ct\":[100,100,50]}");
        QTest::newRow("config, binary with NULs")
            << SignatureDomain::Configuration << QByteArray::fromHex("000102ff00fe00");
        QTest::newRow("config, 64 KiB") << SignatureDomain::Configuration << QByteArray(65536, '\xa5');
        QTest::newRow("calibration") << SignatureDomain::CalibrationConstants << QByteArray("gain=1.0002");
    }
    void signAndVerify()
    {
        QFETCH(SignatureDomain, domain);
        QFETCH(QByteArray, message);
        const SigningKey key = SigningKey::generate();
        const QByteArray signature = sign(key, domain, message);
        QCOMPARE(signature.size(), SigningKey::SignatureSize);
        QVERIFY(verify(key.publicKey(), domain, message, signature).ok());
        // The signature covers exactly prefix || message: a firmware verifier needs nothing else.
        QVERIFY(key.publicKey().verifyRaw(QByteArray(domainPrefix(domain) + message), signature));
        QVERIFY(!key.publicKey().verifyRaw(message, signature));
    }

    void domainsAreSeparated()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray message("slot A");
        const QByteArray configSignature = sign(key, SignatureDomain::Configuration, message);
        const QByteArray calibrationSignature = sign(key, SignatureDomain::CalibrationConstants, message);
        QVERIFY(
            !verify(key.publicKey(), SignatureDomain::CalibrationConstants, message, configSignature).ok());
        QVERIFY(!verify(key.publicKey(), SignatureDomain::Configuration, message, calibrationSignature).ok());
    }

    void everyTamperedMessageByteIsRejected()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray message = QByteArray::fromHex("0a0b0c0d0e0f") + QByteArray("wiring: 3P4W, CT 100 A");
        const QByteArray signature = sign(key, SignatureDomain::Configuration, message);
        for (qsizetype i = 0; i < message.size(); ++i) {
            const Result<void> result
                = verify(key.publicKey(), SignatureDomain::Configuration, flippedAt(message, i), signature);
            QVERIFY2(!result.ok(), qPrintable(u"byte %1"_qs.arg(i)));
            QCOMPARE(result.error().kind, ErrorKind::SecurityCheckFailed);
        }
        QVERIFY(!verify(key.publicKey(), SignatureDomain::Configuration, message.chopped(1), signature).ok());
        QVERIFY(
            !verify(key.publicKey(), SignatureDomain::Configuration, QByteArray(message + '\0'), signature)
                 .ok());
    }

    void everyTamperedSignatureByteIsRejected()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray message("config v7");
        const QByteArray signature = sign(key, SignatureDomain::Configuration, message);
        for (qsizetype i = 0; i < signature.size(); ++i) {
            QVERIFY2(
                !verify(key.publicKey(), SignatureDomain::Configuration, message, flippedAt(signature, i))
                     .ok(),
                qPrintable(u"byte %1"_qs.arg(i)));
        }
        QVERIFY(!verify(key.publicKey(), SignatureDomain::Configuration, message, signature.chopped(1)).ok());
        QVERIFY(!verify(key.publicKey(), SignatureDomain::Configuration, message, QByteArray()).ok());
    }

    void wrongKeyIsRejected()
    {
        const SigningKey signer = SigningKey::generate();
        const SigningKey other = SigningKey::generate();
        const QByteArray message("config v8");
        const Result<void> result = verify(other.publicKey(), SignatureDomain::Configuration, message,
            sign(signer, SignatureDomain::Configuration, message));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::SecurityCheckFailed);
        QVERIFY(result.error().detail.contains(other.publicKey().fingerprint()));
    }
};

QTEST_GUILESS_MAIN(tst_Signing)
#include "tst_signing.moc"
