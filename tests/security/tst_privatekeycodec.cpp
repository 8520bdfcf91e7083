#include "security/PrivateKeyCodec.h"

#include <QTest>
#include <QtEndian>

using namespace iotpro;
using namespace iotpro::security;

namespace {

const QString Passphrase = u"Zähler-Schrank 42"_qs;
const QString FileName = u"bench.key"_qs;

QByteArray flippedAt(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

QByteArray withKdfParameters(QByteArray file, quint64 ops, quint64 mem)
{
    qToLittleEndian(ops, file.data() + 10);
    qToLittleEndian(mem, file.data() + 18);
    return file;
}

} // namespace

class tst_PrivateKeyCodec : public QObject
{
    Q_OBJECT

private:
    // Argon2id at MODERATE cost takes a noticeable moment: encrypt once, reuse everywhere.
    std::optional<SigningKey> m_key;
    QByteArray m_plain;
    QByteArray m_encrypted;

private Q_SLOTS:
    void initTestCase()
    {
        m_key = SigningKey::generate();
        m_plain = privatekey::encode(*m_key, QString()).value();
        m_encrypted = privatekey::encode(*m_key, Passphrase).value();
    }

    void plainLayout()
    {
        QCOMPARE(m_plain.size(), 74);
        QCOMPARE(m_plain.first(10), QByteArray("IOTPROSK\x01\x00", 10));
        QCOMPARE(m_plain.sliced(10), m_key->exportSecretKey());
        QVERIFY(!privatekey::isEncrypted(m_plain));
    }

    void encryptedLayout()
    {
        QCOMPARE(m_encrypted.size(), 146);
        QCOMPARE(m_encrypted.first(10), QByteArray("IOTPROSK\x01\x01", 10));
        QCOMPARE(qFromLittleEndian<quint64>(m_encrypted.constData() + 10), quint64(3)); // OPSLIMIT_MODERATE
        QCOMPARE(qFromLittleEndian<quint64>(m_encrypted.constData() + 18),
            quint64(256) << 20); // MEMLIMIT_MODERATE
        QVERIFY(!m_encrypted.contains(m_key->exportSecretKey().first(32)));
        QVERIFY(privatekey::isEncrypted(m_encrypted));
        // A fresh salt and nonce every time: the same key and passphrase never give the same file.
        QVERIFY(privatekey::encode(*m_key, Passphrase).value() != m_encrypted);
    }

    void plainRoundTrip()
    {
        const Result<SigningKey> key = privatekey::decode(m_plain, QString(), FileName);
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey(), m_key->publicKey());
        // A passphrase given for a plain key does no harm.
        QVERIFY(privatekey::decode(m_plain, u"unused"_qs, FileName).ok());
    }

    void encryptedRoundTrip()
    {
        const Result<SigningKey> key = privatekey::decode(m_encrypted, Passphrase, FileName);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(key->publicKey(), m_key->publicKey());
    }

    void passphraseIsComparedAfterNormalisation()
    {
        // "ä" typed as a + combining diaeresis (NFD) is the same passphrase.
        const QString decomposed = Passphrase.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != Passphrase);
        QVERIFY(privatekey::decode(m_encrypted, decomposed, FileName).ok());
    }

    void encryptedKeyWithoutPassphrase()
    {
        const Result<SigningKey> key = privatekey::decode(m_encrypted, QString(), FileName);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyLocked);
        QCOMPARE(key.error().detail, u"key bench.key is encrypted: give its passphrase"_qs);
    }

    void wrongPassphrase()
    {
        const Result<SigningKey> key = privatekey::decode(m_encrypted, u"Zähler-Schrank 43"_qs, FileName);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyLocked);
        QCOMPARE(key.error().detail, u"wrong passphrase for key bench.key"_qs);
    }

    void alteredCiphertextLooksLikeAWrongPassphrase()
    {
        const Result<SigningKey> key = privatekey::decode(flippedAt(m_encrypted, 100), Passphrase, FileName);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyLocked);
    }

    void truncatedFilesAreRefused_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }
    void truncatedFilesAreRefused()
    {
        QFETCH(bool, encrypted);
        const QByteArray file = encrypted ? m_encrypted : m_plain;
        for (qsizetype length = 0; length < file.size(); ++length) {
            const Result<SigningKey> key = privatekey::decode(file.first(length), Passphrase, FileName);
            QVERIFY2(!key.ok(), qPrintable(u"%1 bytes"_qs.arg(length)));
            QCOMPARE(key.error().kind, ErrorKind::KeyFile);
            QVERIFY2(key.error().detail.contains(u"damaged"_qs), qPrintable(key.error().detail));
        }
        QCOMPARE(privatekey::decode(QByteArray(file + '\0'), Passphrase, FileName).error().kind,
            ErrorKind::KeyFile);
    }

    void everyAlteredByteOfAPlainKeyIsRefused()
    {
        for (qsizetype i = 0; i < m_plain.size(); ++i) {
            const Result<SigningKey> key = privatekey::decode(flippedAt(m_plain, i), QString(), FileName);
            QVERIFY2(!key.ok(), qPrintable(u"byte %1"_qs.arg(i)));
            QCOMPARE(key.error().kind, ErrorKind::KeyFile);
        }
    }

    void alteredHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expectedDetail");
        for (qsizetype i = 0; i < 8; ++i)
            QTest::addRow("magic byte %d", int(i))
                << flippedAt(m_encrypted, i) << u"not an IoT Pro private key"_qs;
        QTest::newRow("version 2") << QByteArray(m_encrypted).replace(8, 1, "\x02") << u"format version 2"_qs;
        QTest::newRow("unknown protection") << QByteArray(m_encrypted).replace(9, 1, "\x07") << u"damaged"_qs;
        QTest::newRow("opslimit 0") << withKdfParameters(m_encrypted, 0, quint64(256) << 20) << u"damaged"_qs;
        QTest::newRow("opslimit 5") << withKdfParameters(m_encrypted, 5, quint64(256) << 20) << u"damaged"_qs;
        QTest::newRow("memlimit 4 KiB") << withKdfParameters(m_encrypted, 3, 4096) << u"damaged"_qs;
        QTest::newRow("memlimit 2 GiB")
            << withKdfParameters(m_encrypted, 3, quint64(2) << 30) << u"damaged"_qs;
        QTest::newRow("memlimit 2^63")
            << withKdfParameters(m_encrypted, 3, quint64(1) << 63) << u"damaged"_qs;
    }
    void alteredHeadersAreRefused()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expectedDetail);
        const Result<SigningKey> key = privatekey::decode(file, Passphrase, FileName);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyFile);
        QVERIFY2(key.error().detail.contains(expectedDetail), qPrintable(key.error().detail));
    }

    void otherFilesAreNotKeys()
    {
        const Result<SigningKey> key = privatekey::decode(
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n", QString(), FileName);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().detail, u"bench.key is not an IoT Pro private key"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_PrivateKeyCodec)
#include "tst_privatekeycodec.moc"
