#include "security/Seal.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::security;

namespace {

QByteArray flippedAt(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

const QByteArray ConfigHash
    = QByteArray::fromHex("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8");

} // namespace

class tst_Seal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("associatedData");
        QTest::newRow("Wi-Fi passphrase") << QByteArray("correct horse battery staple") << ConfigHash;
        QTest::newRow("LoRaWAN AppKey")
            << QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c") << ConfigHash;
        QTest::newRow("empty secret") << QByteArray() << ConfigHash;
        QTest::newRow("no associated data") << QByteArray("apn-password") << QByteArray();
        QTest::newRow("64 KiB") << QByteArray(65536, '\x01') << ConfigHash;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, associatedData);
        const SymmetricKey key = SymmetricKey::random();
        const QByteArray sealed = seal::seal(key, associatedData, plaintext);
        QCOMPARE(sealed.size(), plaintext.size() + seal::Overhead);
        if (plaintext.size() >= 8)
            QVERIFY(!sealed.contains(plaintext));
        const Result<QByteArray> opened = seal::open(key, associatedData, sealed);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plaintext);
    }

    // draft-irtf-cfrg-xchacha-03, appendix A.3.1: pins the layout nonce || ciphertext || tag.
    void opensThePublishedVector()
    {
        const std::optional<SymmetricKey> key = SymmetricKey::fromBytes(
            QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
        QVERIFY(key);
        const QByteArray sealed = QByteArray::fromHex(
            "404142434445464748494a4b4c4d4e4f5051525354555657"
            "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39"
            "ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
            "21f9664c97637da9768812f615c68b13b52e"
            "c0875924c1c7987947deafd8780acf49");
        const Result<QByteArray> opened
            = seal::open(*key, QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7"), sealed);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(),
            QByteArray("Ladies and Gentlemen of the class of '99: If I could offer you only "
                       "one tip for the future, sunscreen would be it."));
    }

    void nonceIsFreshEachTime()
    {
        const SymmetricKey key = SymmetricKey::random();
        const QByteArray first = seal::seal(key, ConfigHash, "secret");
        const QByteArray second = seal::seal(key, ConfigHash, "secret");
        QVERIFY(first.first(seal::NonceSize) != second.first(seal::NonceSize));
        QVERIFY(first != second);
    }

    void everyAlteredByteIsRejected()
    {
        const SymmetricKey key = SymmetricKey::random();
        const QByteArray sealed = seal::seal(key, ConfigHash, "wifi: hunter2hunter2");
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            const Result<QByteArray> opened = seal::open(key, ConfigHash, flippedAt(sealed, i));
            QVERIFY2(!opened.ok(), qPrintable(u"byte %1"_qs.arg(i)));
            QCOMPARE(opened.error().kind, ErrorKind::SecurityCheckFailed);
        }
    }

    void truncationIsRejected()
    {
        const SymmetricKey key = SymmetricKey::random();
        const QByteArray sealed = seal::seal(key, ConfigHash, "wifi: hunter2hunter2");
        for (qsizetype length = 0; length < sealed.size(); ++length)
            QVERIFY2(!seal::open(key, ConfigHash, sealed.first(length)).ok(),
                qPrintable(u"%1 bytes"_qs.arg(length)));
        QVERIFY(!seal::open(key, ConfigHash, QByteArray(sealed + '\0')).ok());
    }

    void wrongAssociatedDataIsRejected_data()
    {
        QTest::addColumn<QByteArray>("associatedData");
        QTest::newRow("another configuration") << flippedAt(ConfigHash, 31);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("longer") << QByteArray(ConfigHash + '\0');
    }
    void wrongAssociatedDataIsRejected()
    {
        QFETCH(QByteArray, associatedData);
        const SymmetricKey key = SymmetricKey::random();
        const QByteArray sealed = seal::seal(key, ConfigHash, "appkey");
        QVERIFY(!seal::open(key, associatedData, sealed).ok());
    }

    void wrongKeyIsRejected()
    {
        const QByteArray sealed = seal::seal(SymmetricKey::random(), ConfigHash, "appkey");
        QVERIFY(!seal::open(SymmetricKey::random(), ConfigHash, sealed).ok());
    }

    void keyFromBytes()
    {
        const SymmetricKey key = SymmetricKey::random();
        QVERIFY(SymmetricKey::fromBytes(key.toBytes()) == key);
        QVERIFY(!SymmetricKey::fromBytes(key.toBytes().chopped(1)));
        QVERIFY(!SymmetricKey::fromBytes(QByteArray(33, '\0')));
    }
};

QTEST_GUILESS_MAIN(tst_Seal)
#include "tst_seal.moc"
