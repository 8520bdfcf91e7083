// `iotpro-cli keygen`, through the real binary.
#include "SimProcess.h"
#include "security/Keys.h"
#include "security/OwnerOnlyFile.h"
#include "security/PrivateKeyCodec.h"
#include "security/PublicKeyCodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace iotpro;
using namespace iotpro::security;

namespace {

ProgramRun cli(const QStringList& args)
{
    // Argon2id at MEMLIMIT_MODERATE takes about a second per key on a slow machine.
    return runProgram(binaryPath(u"iotpro-cli"_qs), args, 30000);
}

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & 07777) : 0;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class tst_KeygenCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesAKeyPair()
    {
        const QString key = path(u"plain.key"_qs);
        const ProgramRun run = cli({ u"keygen"_qs, u"--out"_qs, key });
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));

        QCOMPARE(modeOf(key), mode_t(0600));
        QCOMPARE(modeOf(key + u".pub"), mode_t(0600));

        const QByteArray publicLine = contentOf(key + u".pub");
        static const QRegularExpression format(QStringLiteral(
            "\\Aiotpro-ed25519 [A-Za-z0-9+/]{43}= [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\n\\z"));
        QVERIFY2(format.match(QString::fromLatin1(publicLine)).hasMatch(), publicLine.constData());
        const Result<PublicKey> publicKey = publickey::decode(publicLine, key + u".pub");
        QVERIFY(publicKey.ok());

        const Result<QByteArray> privateFile = owneronlyfile::read(key, privatekey::MaxFileSize);
        QVERIFY(privateFile.ok());
        QVERIFY(!privatekey::isEncrypted(privateFile.value()));
        const Result<SigningKey> signingKey = privatekey::decode(privateFile.value(), {}, key);
        QVERIFY(signingKey.ok());
        QCOMPARE(signingKey->publicKey(), publicKey.value());

        // The key id and fingerprint printed are those of the key written.
        QVERIFY2(
            run.out.contains(u"Key id       "_qs + QString::fromLatin1(publicKey->keyId().toBytes().toHex())),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Fingerprint  "_qs + publicKey->fingerprint()), qPrintable(run.out));
    }

    void encryptsWithThePassphraseFile()
    {
        const QString key = path(u"locked.key"_qs);
        const QString passphraseFile = path(u"passphrase.txt"_qs);
        writeFile(passphraseFile, "correct horse battery staple\nsecond line is ignored\n");
        const ProgramRun run
            = cli({ u"--json"_qs, u"keygen"_qs, u"--out"_qs, key, u"--passphrase-file"_qs, passphraseFile });
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));

        const QByteArray file = owneronlyfile::read(key, privatekey::MaxFileSize).value();
        QVERIFY(privatekey::isEncrypted(file));
        QCOMPARE(privatekey::decode(file, {}, key).error().kind, ErrorKind::KeyLocked);
        QCOMPARE(privatekey::decode(file, u"correct horse battery staple\n"_qs, key).error().kind,
            ErrorKind::KeyLocked);
        const Result<SigningKey> loaded = privatekey::decode(file, u"correct horse battery staple"_qs, key);
        QVERIFY(loaded.ok());

        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"encrypted"), QJsonValue(true));
        QCOMPARE(json.value(u"private_key").toString(), key);
        QCOMPARE(json.value(u"public_key").toString(), key + u".pub");
        QCOMPARE(json.value(u"fingerprint").toString(), loaded->publicKey().fingerprint());
        QCOMPARE(json.value(u"key_id").toString(),
            QString::fromLatin1(loaded->publicKey().keyId().toBytes().toHex()));
        QVERIFY(!run.out.contains(u"horse"));
    }

    void passphraseFileWithWindowsLineEnd()
    {
        const QString key = path(u"crlf.key"_qs);
        const QString passphraseFile = path(u"crlf.txt"_qs);
        writeFile(passphraseFile, "Grüße aus Köln\r\n");
        const ProgramRun run
            = cli({ u"keygen"_qs, u"--out"_qs, key, u"--passphrase-file"_qs, passphraseFile });
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        const QByteArray file = owneronlyfile::read(key, privatekey::MaxFileSize).value();
        QVERIFY(privatekey::decode(file, u"Grüße aus Köln"_qs, key).ok());
    }

    void refusesToOverwrite_data()
    {
        QTest::addColumn<QString>("existing"); // the file that is there already, relative to --out
        QTest::newRow("private key") << QString();
        QTest::newRow("public key") << u".pub"_qs;
    }
    void refusesToOverwrite()
    {
        QFETCH(QString, existing);
        const QString key = path(
            u"existing-%1.key"_qs.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        writeFile(key + existing, "precious\n");

        const ProgramRun run = cli({ u"keygen"_qs, u"--out"_qs, key });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already exists"), qPrintable(run.err));
        QVERIFY2(run.err.contains(key + existing), qPrintable(run.err));
        QCOMPARE(contentOf(key + existing), QByteArray("precious\n"));
        // Nothing else was written either.
        QVERIFY(!QFile::exists(existing.isEmpty() ? key + u".pub" : key));
    }

    void refusesABadPassphraseFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing") << QByteArray() << false << u"cannot read the passphrase file"_qs;
        QTest::newRow("empty") << QByteArray() << true << u"is empty"_qs;
        QTest::newRow("empty first line") << QByteArray("\nsecret on line two\n") << true << u"is empty"_qs;
        QTest::newRow("not a passphrase file")
            << QByteArray(5000, 'x') << true << u"larger than 4096 bytes"_qs;
    }
    void refusesABadPassphraseFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, exists);
        QFETCH(QString, messagePart);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString passphraseFile = path(u"bad-%1.txt"_qs.arg(tag));
        if (exists)
            writeFile(passphraseFile, content);
        const QString key = path(u"bad-%1.key"_qs.arg(tag));

        const ProgramRun run
            = cli({ u"keygen"_qs, u"--out"_qs, key, u"--passphrase-file"_qs, passphraseFile });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"secret on line two"));
        QVERIFY(!QFile::exists(key));
        QVERIFY(!QFile::exists(key + u".pub"));
    }

    void needsOut()
    {
        const ProgramRun run = cli({ u"keygen"_qs });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--out"), qPrintable(run.err));
    }

    void reportsAnUnwritableDirectory()
    {
        const QString key = path(u"no/such/directory/k.key"_qs);
        const ProgramRun run = cli({ u"keygen"_qs, u"--out"_qs, key });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"cannot create"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_KeygenCommand)
#include "tst_keygencommand.moc"
