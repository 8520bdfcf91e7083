// `iotpro-cli trust list|add|remove` against the real iotpro-sim: readable always, changeable only in
// factory mode, with the module's rules (no duplicate, never the last configuration signer).
#include "ConfigFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace configtest;

namespace {

QJsonObject trustList(const QString& address)
{
    const ProgramRun run = cli({ u"--device"_qs, address, u"trust"_qs, u"list"_qs, u"--json"_qs });
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList fingerprints(const QJsonObject& store)
{
    QStringList result;
    for (const QJsonValue& key : store[u"keys"].toArray())
        result << key[u"fingerprint"].toString();
    return result;
}

} // namespace

class tst_TrustCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    ProgramRun trust(const QString& address, const QStringList& args)
    {
        return cli(QStringList { u"--device"_qs, address, u"trust"_qs } + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = keygen(m_dir.path(), u"first.key"_qs);
        m_second = keygen(m_dir.path(), u"second.key"_qs);
        QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
    }

    void outsideFactoryModeOnlyListing()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_dir.filePath(u"first.key.pub"_qs) }), qPrintable(sim.failureReason()));
        const QJsonObject store = trustList(sim.address());
        QCOMPARE(store[u"factory_mode"].toBool(), false);
        QCOMPARE(fingerprints(store), QStringList { m_first });
        QCOMPARE(store[u"keys"][0][u"role"].toString(), u"configuration"_qs);

        const ProgramRun text = trust(sim.address(), { u"list"_qs });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(m_first) && text.out.contains(u"Factory mode: no"), qPrintable(text.out));

        ProgramRun run = trust(sim.address(), { u"add"_qs, m_dir.filePath(u"second.key.pub"_qs), u"--yes"_qs });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"only in factory mode"), qPrintable(run.err));
        run = trust(sim.address(), { u"remove"_qs, m_first });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"only in factory mode"), qPrintable(run.err));
        QCOMPARE(fingerprints(trustList(sim.address())), QStringList { m_first });
    }

    // Key rotation as docs/security.md 5.2 describes it, in factory mode.
    void rotationInFactoryMode()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_dir.filePath(u"first.key.pub"_qs), u"--factory"_qs }),
            qPrintable(sim.failureReason()));
        const QString secondPub = m_dir.filePath(u"second.key.pub"_qs);

        // Without a terminal to confirm on, --yes is required.
        ProgramRun run = trust(sim.address(), { u"add"_qs, secondPub });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(m_second) && run.err.contains(u"--yes"), qPrintable(run.err));

        run = trust(sim.address(), { u"add"_qs, secondPub, u"--label"_qs, u"Bench 2"_qs, u"--yes"_qs, u"--json"_qs });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Fingerprint  " + m_second), qPrintable(run.err));
        const QJsonObject store = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(fingerprints(store), (QStringList { m_first, m_second }));
        QCOMPARE(store[u"keys"][1][u"label"].toString(), u"Bench 2"_qs);

        run = trust(sim.address(), { u"add"_qs, secondPub, u"--yes"_qs });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already trusts key " + m_second), qPrintable(run.err));

        // The new key signs; then the old one goes, named by its fingerprint as printed (four
        // groups, unquoted) or by its key id.
        const QString config = writeJson(m_dir.path(), u"config.json"_qs, configGet(sim.address()));
        QCOMPARE(apply(sim.address(), config, m_dir.filePath(u"second.key"_qs)).exitCode, 0);
        run = trust(sim.address(), QStringList { u"remove"_qs } + m_first.split(u' '));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fingerprints(trustList(sim.address())), QStringList { m_second });
        QCOMPARE(apply(sim.address(), config, m_dir.filePath(u"first.key"_qs)).exitCode, 1);

        run = trust(sim.address(), { u"remove"_qs, QString(m_second).remove(u' ') });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"last configuration-signing key"), qPrintable(run.err));
        run = trust(sim.address(), { u"remove"_qs, m_first });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"trusts no key " + m_first), qPrintable(run.err));
        run = trust(sim.address(), { u"remove"_qs, u"not-a-key"_qs });
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_TrustCli)
#include "tst_trustcli.moc"
