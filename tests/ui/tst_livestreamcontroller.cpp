// The live stream's life cycle against the real virtual module over a real pseudo-terminal:
// it starts when connected, notices when the readings stop and resume, reports a refusal,
// and ends with the connection.
#include "LiveStreamController.h"
#include "SimProcess.h"
#include "device/DeviceClient.h"

#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace iotpro;
using namespace iotpro::ui;
using State = LiveStreamController::State;

namespace {

constexpr int kConnectTimeoutMs = 10000;

} // namespace

class tst_LiveStreamController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheConnection()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        DeviceClient client;
        LiveStreamController stream(client);
        QCOMPARE(stream.state(), State::Off);
        QSignalSpy snapshots(&stream, &LiveStreamController::snapshotReceived);
        QSignalSpy stopped(&stream, &LiveStreamController::stopped);

        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Live, kConnectTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 5, 5000);
        const auto first = snapshots.constFirst().constFirst().value<LiveSnapshot>();
        const auto fifth = snapshots.at(4).constFirst().value<LiveSnapshot>();
        QCOMPARE(fifth.sequence, first.sequence + 4);
        QCOMPARE(first.elements.size(), 3);

        client.disconnectFromDevice();
        QCOMPARE(stream.state(), State::Off);
        QCOMPARE(stopped.count(), 1);
        const qsizetype received = snapshots.count();
        QTest::qWait(300);
        QCOMPARE(snapshots.count(), received);
    }

    void noticesStoppedReadings()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        DeviceClient client;
        LiveStreamController stream(client);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Live, kConnectTimeoutMs);

        // The module hangs (a frozen firmware): the link stays, the readings stop.
        const auto pid = static_cast<pid_t>(sim.process().processId());
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            stream.state(), State::Stalled, int(LiveStreamController::kStallTimeout.count()) + 3000);
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Live, 5000);
    }

    void reportsARefusalAndRecovers()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        DeviceClient client;
        LiveStreamController stream(client);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Live, kConnectTimeoutMs);

        stream.setRateHz(25); // beyond what the protocol allows
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Failed, 5000);
        QVERIFY(stream.error());
        QVERIFY(!stream.error()->detail.isEmpty());

        stream.setRateHz(20);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Live, 5000);
        QVERIFY(!stream.error());
        QCOMPARE(stream.rateHz(), 20u);
    }

    void lostLinkIsNotTheStreamsProblem()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        DeviceClient client;
        LiveStreamController stream(client);
        QSignalSpy states(&stream, &LiveStreamController::stateChanged);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Live, kConnectTimeoutMs);
        sim.kill();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), State::Off, 5000);
        for (const QList<QVariant>& change : states)
            QVERIFY(change.constFirst().value<State>() != State::Failed);
    }
};

QTEST_GUILESS_MAIN(tst_LiveStreamController)
#include "tst_livestreamcontroller.moc"
