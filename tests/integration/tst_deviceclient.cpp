// DeviceClient, the typed API, against the real virtual module over a real pseudo-terminal
// and over TCP: identity, round trips, a pulled cable and reconnecting.
#include "SimProcess.h"
#include "device/DeviceClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace std::chrono_literals;

class tst_DeviceClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connects_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::newRow("pty") << QStringList { u"--pty"_qs };
        QTest::newRow("tcp") << QStringList { u"--tcp"_qs, u"0"_qs };
    }
    void connects()
    {
        QFETCH(QStringList, simArgs);
        SimProcess sim;
        QVERIFY2(sim.start(simArgs << u"--serial"_qs << u"SIM-TEST-42"_qs << u"--options"_qs << u"wifi,gps"_qs),
            qPrintable(sim.failureReason()));
        DeviceClient client;
        QSignalSpy connected(&client, &DeviceClient::connected);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QVERIFY(connected.wait(5000));
        const auto info = connected.first().first().value<DeviceInfo>();
        QCOMPARE(info.serialNumber, u"SIM-TEST-42"_qs);
        QCOMPARE(info.negotiatedProtocolVersion, 1u);
        QCOMPARE(info.options, (DeviceInfo::Options { true, false, false, true }));
        QCOMPARE(int(info.usbVendorId), 0x1209);
        QCOMPARE(int(info.usbProductId), 0x7A30);
        QCOMPARE(client.state(), DeviceClient::State::Connected);

        int pongs = 0;
        for (int i = 0; i < 20; ++i)
            client.ping(this, [&pongs](Result<std::chrono::microseconds> rtt) { pongs += rtt.ok() ? 1 : 0; });
        QTRY_COMPARE(pongs, 20);
    }

    void cablePulledFailsPendingRequestsAndReconnects()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        DeviceClient client;
        QSignalSpy connected(&client, &DeviceClient::connected);
        QSignalSpy linkLost(&client, &DeviceClient::linkLost);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QVERIFY(connected.wait(5000));

        std::optional<Error> pendingError;
        sim.kill();
        client.ping(this, [&pendingError](Result<std::chrono::microseconds> rtt) {
            if (!rtt)
                pendingError = rtt.error();
        });
        // Within the request's timeout (700 ms, one retry) the pending ping has a typed error
        // and the link-lost signal came exactly once.
        QTRY_VERIFY_WITH_TIMEOUT(pendingError.has_value(), 3000);
        QVERIFY(pendingError->kind == ErrorKind::LinkLost || pendingError->kind == ErrorKind::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(linkLost.size(), 1, 3000);
        QCOMPARE(linkLost.first().first().value<Error>().kind, ErrorKind::LinkLost);
        QCOMPARE(client.state(), DeviceClient::State::Disconnected);
        QTest::qWait(200);
        QCOMPARE(linkLost.size(), 1);

        SimProcess again;
        QVERIFY2(again.start(), qPrintable(again.failureReason()));
        client.connectToDevice(DeviceAddress::parse(again.address()).value());
        QVERIFY(connected.wait(5000));
        QCOMPARE(client.state(), DeviceClient::State::Connected);
    }

    void newerModuleOnlyIsRefusedWithAClearReason()
    {
        SimProcess sim;
        QVERIFY2(sim.start({ u"--protocol-versions"_qs, u"2:3"_qs }), qPrintable(sim.failureReason()));
        DeviceClient client;
        QSignalSpy failed(&client, &DeviceClient::connectionFailed);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.kind, ErrorKind::ProtocolMismatch);
        QVERIFY2(error.detail.contains(u"this tool"), qPrintable(error.detail));
    }

    void disconnectCancelsPendingRequests()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
        DeviceClient client;
        QSignalSpy connected(&client, &DeviceClient::connected);
        QSignalSpy disconnected(&client, &DeviceClient::disconnected);
        client.connectToDevice(DeviceAddress::parse(sim.address()).value());
        QVERIFY(connected.wait(5000));
        std::optional<Error> error;
        client.ping(this, [&error](Result<std::chrono::microseconds> rtt) {
            if (!rtt)
                error = rtt.error();
        });
        client.disconnectFromDevice();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Cancelled);
        QCOMPARE(disconnected.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceClient)
#include "tst_deviceclient.moc"
