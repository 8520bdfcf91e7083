#include "security/PublicKeyCodec.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::security;

namespace {

// RFC 8032 TEST 1 public key; base64 and fingerprint computed independently (Python).
const QByteArray KeyBytes
    = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray Line("iotpro-ed25519 11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= 7849 ac30 4968 0be1\n");

PublicKey rfcKey()
{
    return *PublicKey::fromBytes(KeyBytes);
}

} // namespace

class tst_PublicKeyCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode() { QCOMPARE(publickey::encode(rfcKey()), Line); }

    void decodesAcceptedSpellings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("as written") << Line;
        QTest::newRow("no newline") << Line.trimmed();
        QTest::newRow("CRLF") << QByteArray(Line.trimmed() + "\r\n");
        QTest::newRow("no fingerprint")
            << QByteArray("iotpro-ed25519 11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
        QTest::newRow("extra blanks")
            << QByteArray("  iotpro-ed25519\t11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=  "
                          "7849  ac30 4968 0be1 \n\n");
    }
    void decodesAcceptedSpellings()
    {
        QFETCH(QByteArray, text);
        const Result<PublicKey> key = publickey::decode(text, u"signer.pub"_qs);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(*key, rfcKey());
    }

    void roundTripsGeneratedKeys()
    {
        for (int i = 0; i < 20; ++i) {
            const PublicKey key = SigningKey::generate().publicKey();
            QCOMPARE(publickey::decode(publickey::encode(key), u"k.pub"_qs).value(), key);
        }
    }

    void rejectsInvalidText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expectedDetail");
        QTest::newRow("empty") << QByteArray() << u"not an IoT Pro public key"_qs;
        QTest::newRow("ssh key") << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG user@host")
                                 << u"not an IoT Pro public key"_qs;
        QTest::newRow("type only") << QByteArray("iotpro-ed25519") << u"not an IoT Pro public key"_qs;
        QTest::newRow("two lines") << QByteArray(Line + Line) << u"not an IoT Pro public key"_qs;
        QTest::newRow("bad base64") << QByteArray(
            "iotpro-ed25519 11qYAYKx!rfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
                                    << u"not a valid Ed25519 public key"_qs;
        QTest::newRow("31 bytes") << QByteArray("iotpro-ed25519 " + KeyBytes.first(31).toBase64())
                                  << u"not a valid Ed25519 public key"_qs;
        QTest::newRow("small-order point")
            << QByteArray("iotpro-ed25519 " + QByteArray::fromHex("01").leftJustified(32, '\0').toBase64())
            << u"not a valid Ed25519 public key"_qs;
        QTest::newRow("fingerprint mismatch")
            << QByteArray("iotpro-ed25519 11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= 7849 ac30 4968 0be2")
            << u"does not match its key"_qs;
        QTest::newRow("trailing words") << QByteArray(
            "iotpro-ed25519 11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= 7849 ac30 4968 0be1 me")
                                        << u"does not match its key"_qs;
    }
    void rejectsInvalidText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expectedDetail);
        const Result<PublicKey> key = publickey::decode(text, u"signer.pub"_qs);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyFile);
        QVERIFY2(key.error().detail.contains(expectedDetail), qPrintable(key.error().detail));
        QVERIFY(key.error().detail.contains(u"signer.pub"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_PublicKeyCodec)
#include "tst_publickeycodec.moc"
