// A module refuses a configuration replayed to it, copied to it from another module, or altered
// after signing, each with its own error. iotpro-cli cannot send such a thing, so the test-only
// config_replay records what a module committed and sends it (or an altered copy) again.
#include "ConfigFixture.h"

#include <QTest>

using namespace configtest;

namespace {

ProgramRun replay(const QStringList& args)
{
    return runProgram(binaryPath(u"config_replay"_qs), args, 20000, headlessEnvironment());
}

} // namespace

class tst_ConfigTamper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_key;

    QString record(const QString& address, const QString& name)
    {
        const QString file = m_dir.filePath(name);
        const ProgramRun run = replay({ u"record"_qs, u"--device"_qs, address, u"--out"_qs, file });
        return run.exitCode == 0 ? file : QString();
    }

    ProgramRun send(const QString& address, const QString& file, const QStringList& extra = {})
    {
        return replay(QStringList { u"send"_qs, u"--device"_qs, address, u"--pop"_qs, LabelCode, u"--in"_qs, file } + extra);
    }

    /// Applies the module's configuration with the site renamed; true once verified.
    bool applyWithSite(const QString& address, const QString& site)
    {
        const QJsonObject config = withValue(configGet(address), u"installation.site"_qs, site);
        return apply(address, writeJson(m_dir.path(), site + u".json", config), m_key).exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(u"signer.key"_qs);
        QVERIFY(!keygen(m_dir.path(), u"signer.key"_qs).isEmpty());
    }

    void replayedConfigurationIsStale()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub" }), qPrintable(sim.failureReason()));
        QVERIFY(applyWithSite(sim.address(), u"First"_qs));
        const QString first = record(sim.address(), u"first.signed"_qs);
        QVERIFY(!first.isEmpty());

        // The configuration the module runs, sent again: its counter is not above the module's.
        ProgramRun run = send(sim.address(), first);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"refused ERROR_CODE_STALE_COUNTER: "), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"counter 1 or higher"), qPrintable(run.out));

        // A rollback to an older configuration after a newer one.
        QVERIFY(applyWithSite(sim.address(), u"Second"_qs));
        run = send(sim.address(), first);
        QVERIFY2(run.out.startsWith(u"refused ERROR_CODE_STALE_COUNTER: "), qPrintable(run.out + run.err));
        QCOMPARE(configGet(sim.address())[u"installation"][u"site"].toString(), u"Second"_qs);
        QCOMPARE(counter(sim.address()), 2);
    }

    void configurationOfAnotherModuleIsRefused()
    {
        SimProcess moduleA;
        SimProcess moduleB;
        QVERIFY2(startSim(moduleA, { u"--trust"_qs, m_key + u".pub", u"--serial"_qs, u"SIM-A-0001"_qs }),
            qPrintable(moduleA.failureReason()));
        QVERIFY2(startSim(moduleB, { u"--trust"_qs, m_key + u".pub", u"--serial"_qs, u"SIM-B-0002"_qs }),
            qPrintable(moduleB.failureReason()));
        QVERIFY(applyWithSite(moduleA.address(), u"Copied"_qs));
        const QString signedForA = record(moduleA.address(), u"a.signed"_qs);
        QVERIFY(!signedForA.isEmpty());
        const ProgramRun run = send(moduleB.address(), signedForA);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"refused ERROR_CODE_WRONG_MODULE: "), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"signed for module SIM-A-0001, but this module is SIM-B-0002"), qPrintable(run.out));
        QCOMPARE(counter(moduleB.address()), 0);
    }

    void alteredConfigurationIsRefused_data()
    {
        QTest::addColumn<QString>("alteration");
        QTest::newRow("payload byte") << u"--flip-payload"_qs;
        QTest::newRow("signature byte") << u"--flip-signature"_qs;
    }
    void alteredConfigurationIsRefused()
    {
        QFETCH(QString, alteration);
        SimProcess recorded;
        QVERIFY2(startSim(recorded, { u"--trust"_qs, m_key + u".pub" }), qPrintable(recorded.failureReason()));
        QVERIFY(applyWithSite(recorded.address(), u"Original"_qs));
        const QString file = record(recorded.address(), u"original.signed"_qs);
        QVERIFY(!file.isEmpty());

        // A module with the same serial and a lower counter: only the signature can refuse it.
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub" }), qPrintable(sim.failureReason()));
        QCOMPARE(send(sim.address(), file).out.trimmed(), u"staged 1"_qs); // unaltered, it would be accepted
        const ProgramRun run = send(sim.address(), file, { alteration });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"refused ERROR_CODE_BAD_SIGNATURE: "), qPrintable(run.out + run.err));
        QCOMPARE(counter(sim.address()), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigTamper)
#include "tst_configtamper.moc"
