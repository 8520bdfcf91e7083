// ConnectionController: what is enabled in each situation, how a typed address is read, and
// that a failed attempt ends in exactly one problem — with the real DeviceClient and launcher,
// against ports and programs that are really absent.
#include "ConnectionController.h"
#include "RecentDevices.h"
#include "device/DeviceClient.h"
#include "device/VirtualModuleLauncher.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace iotpro;
using namespace iotpro::ui;

class tst_ConnectionController : public QObject
{
    Q_OBJECT

private:
    /// The controller with everything it drives; the launcher's program is given per test.
    struct Fixture
    {
        explicit Fixture(const QString& virtualModuleProgram = u"/nonexistent/iotpro-sim"_qs)
            : settings(stateDir.filePath(u"settings.ini"_qs), QSettings::IniFormat)
            , launcher(virtualModuleProgram, stateDir.filePath(u"virtual-module"_qs))
            , recent(settings)
            , controller(client, launcher, recent)
        { }
        QTemporaryDir stateDir;
        QSettings settings;
        DeviceClient client;
        VirtualModuleLauncher launcher;
        RecentDevices recent;
        ConnectionController controller;
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void actions_data()
    {
        QTest::addColumn<ConnectionPhase>("phase");
        QTest::addColumn<bool>("hasChosenTarget");
        QTest::addColumn<bool>("hasLastTarget");
        QTest::addColumn<bool>("canChooseTarget");
        QTest::addColumn<bool>("canConnect");
        QTest::addColumn<bool>("canDisconnect");
        QTest::addColumn<bool>("canReconnect");

        using P = ConnectionPhase;
        //                                          phase                       chosen last   choose connect
        //                                          discon reconn
        QTest::newRow("idle, nothing chosen") << P::Idle << false << false << true << false << false << false;
        QTest::newRow("idle, target chosen") << P::Idle << true << false << true << true << false << false;
        QTest::newRow("idle after an attempt") << P::Idle << false << true << true << false << false << true;
        QTest::newRow("idle, chosen, after attempt")
            << P::Idle << true << true << true << true << false << true;
        QTest::newRow("starting virtual module")
            << P::StartingVirtualModule << true << true << false << false << true << false;
        QTest::newRow("connecting") << P::Connecting << true << true << false << false << true << false;
        QTest::newRow("connecting, nothing chosen")
            << P::Connecting << false << true << false << false << true << false;
        QTest::newRow("connected") << P::Connected << true << true << false << false << true << false;
    }
    void actions()
    {
        QFETCH(ConnectionPhase, phase);
        QFETCH(bool, hasChosenTarget);
        QFETCH(bool, hasLastTarget);
        QFETCH(bool, canChooseTarget);
        QFETCH(bool, canConnect);
        QFETCH(bool, canDisconnect);
        QFETCH(bool, canReconnect);
        QCOMPARE(ConnectionActions::forState(phase, hasChosenTarget, hasLastTarget),
            (ConnectionActions { canChooseTarget, canConnect, canDisconnect, canReconnect }));
    }

    void addressText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedAddress"); // empty: nothing chosen
        QTest::addColumn<bool>("expectProblem");

        QTest::newRow("host and port means TCP")
            << u"192.168.1.20:5020"_qs << u"tcp:192.168.1.20:5020"_qs << false;
        QTest::newRow("full TCP address")
            << u"tcp:module.local:5020"_qs << u"tcp:module.local:5020"_qs << false;
        QTest::newRow("device path means serial") << u"/dev/ttyUSB0"_qs << u"serial:/dev/ttyUSB0"_qs << false;
        QTest::newRow("full serial address") << u" serial:/dev/pts/7 "_qs << u"serial:/dev/pts/7"_qs << false;
        QTest::newRow("BLE address") << u"ble:aa:bb:cc:dd:ee:ff"_qs << u"ble:AA:BB:CC:DD:EE:FF"_qs << false;
        QTest::newRow("empty") << u""_qs << QString() << false;
        QTest::newRow("blank") << u"   "_qs << QString() << false;
        QTest::newRow("host without port") << u"192.168.1.20"_qs << QString() << true;
        QTest::newRow("port out of range") << u"10.0.0.1:70000"_qs << QString() << true;
        QTest::newRow("short BLE address") << u"ble:AA:BB"_qs << QString() << true;
    }
    void addressText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedAddress);
        QFETCH(bool, expectProblem);
        Fixture f;
        f.controller.setAddressText(text);
        const std::optional<ConnectionTarget>& chosen = f.controller.chosenTarget();
        QCOMPARE(chosen.has_value(), !expectedAddress.isEmpty());
        if (chosen) {
            QCOMPARE(chosen->kind, ConnectionTarget::Kind::Device);
            QCOMPARE(chosen->address.toString(), expectedAddress);
        }
        QCOMPARE(!f.controller.addressProblem().isEmpty(), expectProblem);
        QCOMPARE(f.controller.actions().canConnect, chosen.has_value());
    }

    void choosingFromTheListReplacesATypedAddress()
    {
        Fixture f;
        f.controller.setAddressText(u"10.0.0.1"_qs);
        QVERIFY(!f.controller.addressProblem().isEmpty());
        f.controller.chooseTarget(ConnectionTarget::virtualModule());
        QVERIFY(f.controller.addressProblem().isEmpty());
        QCOMPARE(f.controller.chosenTarget(), ConnectionTarget::virtualModule());
        f.controller.chooseTarget(std::nullopt);
        QVERIFY(!f.controller.actions().canConnect);
    }

    void failedConnectionIsOneProblemAndCanBeRetried()
    {
        Fixture f;
        QSignalSpy problems(&f.controller, &ConnectionController::problemChanged);
        f.controller.setAddressText(u"serial:/dev/iotpro-test-no-such-port"_qs);
        f.controller.connectToChosenTarget();
        QCOMPARE(f.controller.phase(), ConnectionPhase::Connecting);
        QVERIFY(!f.controller.actions().canChooseTarget);
        QTRY_COMPARE(f.controller.phase(), ConnectionPhase::Idle);
        QCOMPARE(problems.count(), 1);
        QVERIFY(f.controller.problem());
        QCOMPARE(f.controller.problem()->kind, ConnectionProblem::Kind::ConnectionFailed);
        QCOMPARE(f.controller.problem()->error.kind, ErrorKind::OpenFailed);
        QVERIFY(f.controller.actions().canReconnect);
        QVERIFY(f.recent.devices().isEmpty()); // only modules that answered are remembered

        f.controller.reconnect();
        QVERIFY(!f.controller.problem()); // a new attempt starts clean
        QTRY_COMPARE(f.controller.phase(), ConnectionPhase::Idle);
        QVERIFY(f.controller.problem());
        QCOMPARE(problems.count(), 3);

        f.controller.dismissProblem();
        QVERIFY(!f.controller.problem());
    }

    void missingVirtualModuleIsReported()
    {
        Fixture f(u"/nonexistent/iotpro-sim"_qs);
        f.controller.connectTo(ConnectionTarget::virtualModule());
        QTRY_VERIFY(f.controller.problem());
        QCOMPARE(f.controller.phase(), ConnectionPhase::Idle);
        QCOMPARE(f.controller.problem()->error.kind, ErrorKind::OpenFailed);
        QVERIFY(f.controller.problem()->error.detail.contains(u"/nonexistent/iotpro-sim"));
        QCOMPARE(f.launcher.state(), VirtualModuleLauncher::State::Stopped);
    }

    void disconnectCancelsAnAttemptQuietly()
    {
        // A listener that accepts and never answers: the attempt hangs in Hello.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Fixture f;
        QSignalSpy problems(&f.controller, &ConnectionController::problemChanged);
        const auto target
            = ConnectionTarget::device(DeviceAddress::tcp(u"127.0.0.1"_qs, silent.serverPort()));
        f.controller.connectTo(target);
        QVERIFY(silent.waitForNewConnection(5000));
        QCOMPARE(f.controller.phase(), ConnectionPhase::Connecting);
        QVERIFY(f.controller.actions().canDisconnect);
        QCOMPARE(f.controller.chosenTarget(), target); // what is being connected is what is shown

        f.controller.setAddressText(u"10.0.0.1:5020"_qs); // ignored: the choice is frozen
        f.controller.chooseTarget(ConnectionTarget::virtualModule());
        QCOMPARE(f.controller.chosenTarget(), target);

        f.controller.disconnectFromDevice();
        QCOMPARE(f.controller.phase(), ConnectionPhase::Idle);
        QCOMPARE(f.client.state(), DeviceClient::State::Disconnected);
        QTest::qWait(50); // nothing late may turn a cancel into a problem
        QCOMPARE(problems.count(), 0);
        QVERIFY(f.controller.actions().canReconnect);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionController)
#include "tst_connectioncontroller.moc"
