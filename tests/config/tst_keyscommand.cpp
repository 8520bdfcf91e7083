// `iotpro-cli keys`, through the real binary, on a key store of this test run (XDG_CONFIG_HOME of
// headlessEnvironment()): a key made by keygen imported, listed with its fingerprint, its public
// key exported byte for byte; refusals with a reason and no file replaced.
#include "SimProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

ProgramRun cli(const QStringList& args)
{
    // Argon2id at MEMLIMIT_MODERATE takes about a second per key on a slow machine.
    return runProgram(binaryPath(u"iotpro-cli"_qs), args, 30000, headlessEnvironment());
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject keyNamed(const QString& name)
{
    const ProgramRun listed = cli({ u"keys"_qs, u"list"_qs, u"--json"_qs });
    const QJsonArray keys = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"keys").toArray();
    for (const QJsonValue& key : keys) {
        if (key[u"name"].toString() == name)
            return key.toObject();
    }
    return {};
}

} // namespace

class tst_KeysCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importListExport()
    {
        const ProgramRun made = cli({ u"keygen"_qs, u"--out"_qs, path(u"site-a.key"_qs), u"--json"_qs });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject generated = QJsonDocument::fromJson(made.out.toUtf8()).object();

        const ProgramRun imported
            = cli({ u"keys"_qs, u"import"_qs, path(u"site-a.key"_qs), u"--name"_qs, u"site-a"_qs });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(generated[u"fingerprint"].toString()));

        const QJsonObject listed = keyNamed(u"site-a"_qs);
        QCOMPARE(listed[u"fingerprint"].toString(), generated[u"fingerprint"].toString());
        QCOMPARE(listed[u"key_id"].toString(), generated[u"key_id"].toString());
        QCOMPARE(listed[u"encrypted"].toBool(), false);
        const ProgramRun text = cli({ u"keys"_qs, u"list"_qs });
        QVERIFY(text.out.contains(u"site-a") && text.out.contains(generated[u"fingerprint"].toString()));

        const ProgramRun exported
            = cli({ u"keys"_qs, u"export"_qs, u"site-a"_qs, u"--out"_qs, path(u"exported.pub"_qs) });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(contentOf(path(u"exported.pub"_qs)), contentOf(path(u"site-a.key.pub"_qs)));

        // Never a file replaced, never a key overwritten.
        const ProgramRun again
            = cli({ u"keys"_qs, u"export"_qs, u"site-a"_qs, u"--out"_qs, path(u"exported.pub"_qs) });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already exists"), qPrintable(again.err));
        const ProgramRun twice
            = cli({ u"keys"_qs, u"import"_qs, path(u"site-a.key"_qs), u"--name"_qs, u"site-a"_qs });
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(!twice.err.isEmpty());
    }

    void importsAnEncryptedKeyWithItsPassphrase()
    {
        QFile passphrase(path(u"pass.txt"_qs));
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("correct horse battery\n");
        passphrase.close();
        const ProgramRun made = cli({ u"keygen"_qs, u"--out"_qs, path(u"locked.key"_qs), u"--passphrase-file"_qs,
            path(u"pass.txt"_qs) });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const ProgramRun withoutPassphrase
            = cli({ u"keys"_qs, u"import"_qs, path(u"locked.key"_qs), u"--name"_qs, u"locked"_qs });
        QCOMPARE(withoutPassphrase.exitCode, 1);
        QVERIFY(keyNamed(u"locked"_qs).isEmpty());
        const ProgramRun imported = cli({ u"keys"_qs, u"import"_qs, path(u"locked.key"_qs), u"--name"_qs,
            u"locked"_qs, u"--passphrase-file"_qs, path(u"pass.txt"_qs) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(keyNamed(u"locked"_qs)[u"encrypted"].toBool(), true);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no action") << QStringList { u"keys"_qs };
        QTest::newRow("unknown action") << QStringList { u"keys"_qs, u"rename"_qs };
        QTest::newRow("import without a name") << QStringList { u"keys"_qs, u"import"_qs, u"x.key"_qs };
        QTest::newRow("export without a file") << QStringList { u"keys"_qs, u"export"_qs, u"site-a"_qs };
    }

    void usage()
    {
        QFETCH(QStringList, args);
        const ProgramRun run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeysCommand)
#include "tst_keyscommand.moc"
