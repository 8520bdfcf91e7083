#include "security/KeyStore.h"
#include "security/OwnerOnlyFile.h"
#include "security/PrivateKeyCodec.h"
#include "security/PublicKeyCodec.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace iotpro;
using namespace iotpro::security;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_KeyStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<KeyStore> m_store;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_store = std::make_unique<KeyStore>(m_root->filePath(u"config/keys"_qs));
    }

    void defaultDirectory()
    {
        QCOMPARE(KeyStore::defaultDirectory(),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/IoT Pro/keys"_qs);
    }

    void generatePlain()
    {
        QVERIFY(m_store->names().isEmpty());
        const Result<PublicKey> generated = m_store->generate(u"bench"_qs);
        QVERIFY(generated.ok());

        const QString privatePath = m_store->privateKeyPath(u"bench"_qs);
        QCOMPARE(privatePath, m_store->directory() + u"/bench.key"_qs);
        QCOMPARE(modeOf(m_store->directory()), mode_t(0700));
        QCOMPARE(modeOf(privatePath), mode_t(0600));
        QCOMPARE(modeOf(privatePath + u".pub"_qs), mode_t(0600));
        QCOMPARE(contentOf(privatePath + u".pub"_qs), publickey::encode(*generated));

        QCOMPARE(m_store->names(), QStringList { u"bench"_qs });
        QCOMPARE(m_store->publicKey(u"bench"_qs).value(), *generated);
        QCOMPARE(m_store->isEncrypted(u"bench"_qs).value(), false);
        const Result<SigningKey> loaded = m_store->load(u"bench"_qs);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publicKey(), *generated);
    }

    void generateEncrypted()
    {
        const QString passphrase = u"correct horse"_qs;
        const Result<PublicKey> generated = m_store->generate(u"laptop"_qs, passphrase);
        QVERIFY(generated.ok());
        const QString path = m_store->privateKeyPath(u"laptop"_qs);
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(m_store->isEncrypted(u"laptop"_qs).value(), true);

        const Result<SigningKey> locked = m_store->load(u"laptop"_qs);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().kind, ErrorKind::KeyLocked);
        QCOMPARE(locked.error().detail, u"key %1 is encrypted: give its passphrase"_qs.arg(path));

        const Result<SigningKey> wrong = m_store->load(u"laptop"_qs, u"correct horse!"_qs);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::KeyLocked);
        QCOMPARE(wrong.error().detail, u"wrong passphrase for key %1"_qs.arg(path));

        const Result<SigningKey> loaded = m_store->load(u"laptop"_qs, passphrase);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publicKey(), *generated);
    }

    void neverReplacesAKey()
    {
        const PublicKey first = m_store->generate(u"bench"_qs).value();
        const Result<PublicKey> second = m_store->generate(u"bench"_qs);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::KeyFile);
        QVERIFY(second.error().detail.contains(u"already exists"_qs));
        QCOMPARE(m_store->publicKey(u"bench"_qs).value(), first);
    }

    void keyNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"bench"_qs << true;
        QTest::newRow("with punctuation") << u"line-2_factory.2025"_qs << true;
        QTest::newRow("64 characters") << QString(64, u'k') << true;
        QTest::newRow("65 characters") << QString(65, u'k') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("hidden") << u".bench"_qs << false;
        QTest::newRow("path") << u"../bench"_qs << false;
        QTest::newRow("slash") << u"a/b"_qs << false;
        QTest::newRow("space") << u"my key"_qs << false;
        QTest::newRow("non-ASCII") << u"schlüssel"_qs << false;
    }
    void keyNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(KeyStore::isValidName(name), valid);
        if (!valid) {
            const Result<PublicKey> generated = m_store->generate(name);
            QVERIFY(!generated.ok());
            QCOMPARE(generated.error().kind, ErrorKind::KeyFile);
        }
    }

    void importCopiesTheFileVerbatim_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("plain") << QString();
        QTest::newRow("encrypted") << u"import me"_qs;
    }
    void importCopiesTheFileVerbatim()
    {
        QFETCH(QString, passphrase);
        const SigningKey key = SigningKey::generate();
        const QByteArray file = privatekey::encode(key, passphrase).value();
        const QString source = m_root->filePath(u"from-colleague.key"_qs);
        QVERIFY(owneronlyfile::create(source, file).ok());

        const Result<PublicKey> imported = m_store->import(source, u"colleague"_qs, passphrase);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(*imported, key.publicKey());
        QCOMPARE(contentOf(m_store->privateKeyPath(u"colleague"_qs)), file);
        QCOMPARE(modeOf(m_store->privateKeyPath(u"colleague"_qs)), mode_t(0600));
        QCOMPARE(m_store->publicKey(u"colleague"_qs).value(), key.publicKey());
    }

    void importChecksTheFile()
    {
        const SigningKey key = SigningKey::generate();
        const QString source = m_root->filePath(u"locked.key"_qs);
        QVERIFY(owneronlyfile::create(source, privatekey::encode(key, u"secret"_qs).value()).ok());
        const Result<PublicKey> withoutPassphrase = m_store->import(source, u"locked"_qs);
        QVERIFY(!withoutPassphrase.ok());
        QCOMPARE(withoutPassphrase.error().kind, ErrorKind::KeyLocked);
        QVERIFY(m_store->names().isEmpty());

        const QString exposed = m_root->filePath(u"exposed.key"_qs);
        QVERIFY(owneronlyfile::create(exposed, privatekey::encode(key, QString()).value()).ok());
        QVERIFY(QFile::setPermissions(exposed, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Result<PublicKey> loose = m_store->import(exposed, u"exposed"_qs);
        QVERIFY(!loose.ok());
        QVERIFY(loose.error().detail.contains(u"chmod 600"_qs));
        QVERIFY(m_store->names().isEmpty());
    }

    void exportPublic()
    {
        const PublicKey key = m_store->generate(u"bench"_qs).value();
        const QString destination = m_root->filePath(u"bench.pub"_qs);
        QVERIFY(m_store->exportPublic(u"bench"_qs, destination).ok());
        QCOMPARE(publickey::decode(contentOf(destination), destination).value(), key);
        QVERIFY(!m_store->exportPublic(u"nobody"_qs, destination).ok());
    }

    void remove()
    {
        QVERIFY(m_store->generate(u"old"_qs).ok());
        QVERIFY(m_store->generate(u"new"_qs).ok());
        QCOMPARE(m_store->names(), (QStringList { u"new"_qs, u"old"_qs }));
        QVERIFY(m_store->remove(u"old"_qs).ok());
        QCOMPARE(m_store->names(), QStringList { u"new"_qs });
        QVERIFY(!QFile::exists(m_store->privateKeyPath(u"old"_qs)));
        QVERIFY(!QFile::exists(m_store->privateKeyPath(u"old"_qs) + u".pub"_qs));
        const Result<void> again = m_store->remove(u"old"_qs);
        QVERIFY(!again.ok());
        QVERIFY(again.error().detail.contains(u"no key named old"_qs));
    }

    void refusesAPrivateKeyOthersCanRead()
    {
        QVERIFY(m_store->generate(u"bench"_qs).ok());
        const QString path = m_store->privateKeyPath(u"bench"_qs);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const Result<SigningKey> key = m_store->load(u"bench"_qs);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyFile);
        QCOMPARE(key.error().detail,
            u"%1 is accessible by other users (permissions 0640): it may have been copied; run "
            u"\"chmod 600 %1\" and consider replacing the key"_qs.arg(path));
    }

    void refusesADamagedKeyAtEveryLength()
    {
        QVERIFY(m_store->generate(u"bench"_qs).ok());
        const QString path = m_store->privateKeyPath(u"bench"_qs);
        const QByteArray whole = contentOf(path);
        for (qsizetype length = whole.size() - 1; length >= 0; --length) {
            QFile file(path);
            QVERIFY(file.resize(length));
            const Result<SigningKey> key = m_store->load(u"bench"_qs);
            QVERIFY2(!key.ok(), qPrintable(u"%1 bytes"_qs.arg(length)));
            QCOMPARE(key.error().kind, ErrorKind::KeyFile);
        }
    }

    void missingKey()
    {
        const Result<SigningKey> key = m_store->load(u"nobody"_qs);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::KeyFile);
        QVERIFY(key.error().detail.contains(u"no key named nobody"_qs));
        QVERIFY(!m_store->publicKey(u"nobody"_qs).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
