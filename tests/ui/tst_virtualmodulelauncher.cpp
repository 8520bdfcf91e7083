// VirtualModuleLauncher: starts the real iotpro-sim on a pseudo-terminal, stops it quietly,
// and turns every way a child can misbehave into one typed error.
#include "SimProcess.h"
#include "device/VirtualModuleLauncher.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace iotpro;
using namespace std::chrono_literals;

class tst_VirtualModuleLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString stateDir() const { return m_dir.filePath(u"state"_qs); }

    /// A real program that starts and then says nothing.
    QString silentProgram() const
    {
        const QString path = m_dir.filePath(u"silent.sh"_qs);
        QFile script(path);
        if (script.open(QIODevice::WriteOnly)) {
            script.write("#!/bin/sh\nexec sleep 60\n");
            script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsAndStops()
    {
        VirtualModuleLauncher launcher(binaryPath(u"iotpro-sim"_qs), stateDir());
        QSignalSpy started(&launcher, &VirtualModuleLauncher::started);
        QSignalSpy failed(&launcher, &VirtualModuleLauncher::failed);
        launcher.start();
        QCOMPARE(launcher.state(), VirtualModuleLauncher::State::Starting);
        QVERIFY(started.wait(10000));
        QVERIFY(launcher.address());
        const DeviceAddress address = *launcher.address();
        QCOMPARE(address.kind(), DeviceAddress::Kind::Serial);
        QVERIFY2(QFile::exists(address.target()), qPrintable(address.target()));
        QCOMPARE(launcher.state(), VirtualModuleLauncher::State::Running);
        QVERIFY(launcher.processId() > 0);

        launcher.stop();
        QCOMPARE(launcher.state(), VirtualModuleLauncher::State::Stopped);
        QCOMPARE(launcher.processId(), 0);
        QCOMPARE(launcher.address(), std::nullopt);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0); // a requested stop is not a failure

        launcher.start(); // and it can be started again
        QVERIFY(started.wait(10000));
    }

    void killedModuleIsReportedOnce()
    {
        VirtualModuleLauncher launcher(binaryPath(u"iotpro-sim"_qs), stateDir());
        QSignalSpy started(&launcher, &VirtualModuleLauncher::started);
        QSignalSpy failed(&launcher, &VirtualModuleLauncher::failed);
        launcher.start();
        QVERIFY(started.wait(10000));
        QCOMPARE(::kill(static_cast<pid_t>(launcher.processId()), SIGKILL), 0);
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.kind, ErrorKind::LinkLost);
        QVERIFY(!error.title.isEmpty());
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(launcher.state(), VirtualModuleLauncher::State::Stopped);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 1);
    }

    void failuresToStart_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("detailMentions");

        QTest::newRow("missing") << u"/nonexistent/iotpro-sim"_qs << ErrorKind::OpenFailed
                                 << u"/nonexistent/iotpro-sim"_qs;
        QTest::newRow("exits at once") << u"/bin/false"_qs << ErrorKind::OpenFailed << u"exit code 1"_qs;
        QTest::newRow("prints no address") << u"/bin/echo"_qs << ErrorKind::BadReply << u"--pty"_qs;
        QTest::newRow("says nothing") << QString() << ErrorKind::Timeout << QString();
    }
    void failuresToStart()
    {
        QFETCH(QString, program);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, detailMentions);
        VirtualModuleLauncher launcher(program.isEmpty() ? silentProgram() : program, stateDir());
        launcher.setStartupTimeout(300ms);
        QSignalSpy started(&launcher, &VirtualModuleLauncher::started);
        QSignalSpy failed(&launcher, &VirtualModuleLauncher::failed);
        launcher.start();
        QTRY_COMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.detail.contains(detailMentions), qPrintable(error.detail));
        QCOMPARE(launcher.state(), VirtualModuleLauncher::State::Stopped);
        QCOMPARE(launcher.processId(), 0); // nothing left running
        QCOMPARE(started.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_VirtualModuleLauncher)
#include "tst_virtualmodulelauncher.moc"
