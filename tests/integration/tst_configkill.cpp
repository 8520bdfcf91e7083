// Power cut at every step of a configuration write: the virtual module dies by SIGKILL there
// (iotpro-sim --kill-at STEP), restarts on the same state, and has either the previous
// configuration or the new one, complete; iotpro-cli reconnects and says which.
//
// Over TCP on a fixed port, so that the restarted module is found at the same address (a serial
// module that resets comes back on the same port; a restarted pseudo-terminal gets a new name).
#include "ConfigFixture.h"

#include <QTcpServer>
#include <QTest>

using namespace configtest;

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class tst_ConfigKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(u"signer.key"_qs);
        QVERIFY(!keygen(m_dir.path(), u"signer.key"_qs).isEmpty());
    }

    void killedAtEveryStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("newActive");
        QTest::newRow("upload-received") << u"upload-received"_qs << false;
        QTest::newRow("slot-written") << u"slot-written"_qs << false;
        QTest::newRow("before-switch") << u"before-switch"_qs << false;
        QTest::newRow("after-switch") << u"after-switch"_qs << true;
        QTest::newRow("after-apply") << u"after-apply"_qs << true;
    }
    void killedAtEveryStep()
    {
        QFETCH(QString, step);
        QFETCH(bool, newActive);
        QTemporaryDir state;
        const QString port = QString::number(freePort());
        const QStringList module { u"--tcp"_qs, port, u"--state-dir"_qs, state.path(), u"--trust"_qs, m_key + u".pub" };

        // The previous configuration: counter 1, site "Old".
        QJsonObject previous;
        QJsonObject next;
        {
            SimProcess sim;
            QVERIFY2(startSim(sim, module), qPrintable(sim.failureReason()));
            previous = withValue(configGet(sim.address()), u"installation.site"_qs, u"Old"_qs);
            QCOMPARE(apply(sim.address(), writeJson(m_dir.path(), u"old.json"_qs, previous), m_key).exitCode, 0);
            next = withValue(withValue(previous, u"installation.site"_qs, u"New"_qs), u"metering.ct_inputs[0].rating_a"_qs, 500);
            QCOMPARE(sim.terminate(), 0);
        }
        const QString nextFile = writeJson(m_dir.path(), u"new.json"_qs, next);

        SimProcess dying;
        QVERIFY2(startSim(dying, module + QStringList { u"--kill-at"_qs, step }), qPrintable(dying.failureReason()));
        const QString address = dying.address();
        QProcess applying;
        applying.setProcessEnvironment(headlessEnvironment());
        applying.start(binaryPath(u"iotpro-cli"_qs),
            { u"--device"_qs, address, u"config"_qs, u"apply"_qs, u"--file"_qs, nextFile, u"--key"_qs, m_key, u"--pop"_qs,
                LabelCode });
        QVERIFY(dying.process().waitForFinished(20000));
        QCOMPARE(dying.process().exitStatus(), QProcess::CrashExit); // SIGKILL, as a power cut

        SimProcess restarted;
        QVERIFY2(startSim(restarted, module), qPrintable(restarted.failureReason()));
        QCOMPARE(restarted.address(), address);
        QVERIFY(applying.waitForFinished(45000));
        const QString out = QString::fromUtf8(applying.readAllStandardOutput());
        const QString err = QString::fromUtf8(applying.readAllStandardError());
        QVERIFY2(err.contains(u"the link broke"), qPrintable(err));

        // Exactly one of the two, complete, and the tool said which.
        const QJsonObject now = configGet(address);
        if (newActive) {
            QCOMPARE(now, next);
            QCOMPARE(counter(address), 2);
            QVERIFY2(applying.exitCode() == 0, qPrintable(err + out));
            QVERIFY2(out.contains(u"after reconnecting, the module runs the new configuration"), qPrintable(out));
        } else {
            QCOMPARE(now, previous);
            QCOMPARE(counter(address), 1);
            QCOMPARE(applying.exitCode(), 1);
            QVERIFY2(err.contains(u"The module kept the previous configuration (counter 1)"), qPrintable(err));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ConfigKill)
#include "tst_configkill.moc"
