#include "SimProcess.h"
#include "SimTestSupport.h"

#include <QSerialPort>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

bool connectTo(QTcpSocket& socket, const QString& address)
{
    socket.connectToHost(u"127.0.0.1"_s, tcpPortOf(address));
    return socket.waitForConnected(kWaitMs);
}

bool writeAll(QIODevice& device, const QByteArray& bytes)
{
    return device.write(bytes) == bytes.size() && device.waitForBytesWritten(kWaitMs);
}

QList<quint32> requestIds(const QList<v1::Envelope>& envelopes)
{
    QList<quint32> ids;
    for (const v1::Envelope& envelope : envelopes)
        ids.append(envelope.request_id());
    return ids;
}

} // namespace

class tst_TcpEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTcpAddressWithRealPort();
    void helloReturnsDeviceInfo();
    void servesTwoClientsAtOnce();
    void answersAfterGarbageSplitAndMergedFrames();
    void keepsServingAfterClientsLeave();
    void ptyAndTcpTogether();
    void portInUseFailsWithExitCode1();
};

void tst_TcpEndpoint::printsTcpAddressWithRealPort()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s }), qPrintable(sim.failureReason()));
    const QString address = sim.address();
    QVERIFY2(address.startsWith(u"tcp:127.0.0.1:"_s), qPrintable(address));
    QVERIFY2(tcpPortOf(address) != 0, qPrintable(address));
    QCOMPARE(sim.extraLines(), QStringList()); // --tcp alone: no pseudo-terminal
}

void tst_TcpEndpoint::helloReturnsDeviceInfo()
{
    SimProcess sim;
    QVERIFY2(
        sim.start({ u"--tcp"_s, u"0"_s, u"--serial"_s, u"TCP-1"_s, u"--time-zone"_s, u"America/Chicago"_s }),
        qPrintable(sim.failureReason()));
    QTcpSocket socket;
    QVERIFY(connectTo(socket, sim.address()));

    QVERIFY(writeAll(socket, frameOf(helloRequest(5))));
    FrameDecoder decoder;
    const QList<v1::Envelope> replies = readEnvelopes(socket, decoder, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().request_id(), 5u);
    QVERIFY(replies.first().has_device_info());
    QCOMPARE(QString::fromStdString(replies.first().device_info().serial_number()), u"TCP-1"_s);
    QCOMPARE(QString::fromStdString(replies.first().device_info().clock().time_zone()), u"America/Chicago"_s);
}

void tst_TcpEndpoint::servesTwoClientsAtOnce()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s }), qPrintable(sim.failureReason()));
    QTcpSocket first;
    QTcpSocket second;
    QVERIFY(connectTo(first, sim.address()));
    QVERIFY(connectTo(second, sim.address()));

    // Interleaved, and each client's frame split around the other's: the module keeps one
    // decoder per client.
    const QByteArray firstHello = frameOf(helloRequest(100));
    const QByteArray secondPing = frameOf(pingRequest(200, "second"));
    QVERIFY(writeAll(first, firstHello.first(4)));
    QVERIFY(writeAll(second, secondPing.first(4)));
    QVERIFY(writeAll(first, firstHello.sliced(4)));
    QVERIFY(writeAll(second, secondPing.sliced(4)));

    FrameDecoder firstDecoder;
    FrameDecoder secondDecoder;
    const QList<v1::Envelope> firstReplies = readEnvelopes(first, firstDecoder, 1);
    const QList<v1::Envelope> secondReplies = readEnvelopes(second, secondDecoder, 1);
    QCOMPARE(requestIds(firstReplies), QList<quint32> { 100 });
    QVERIFY(firstReplies.first().has_device_info());
    QCOMPARE(requestIds(secondReplies), QList<quint32> { 200 });
    QCOMPARE(secondReplies.first().pong().payload(), "second");
    // Nothing of one client's conversation reached the other.
    QVERIFY(!first.waitForReadyRead(200));
    QCOMPARE(second.bytesAvailable(), 0);
}

void tst_TcpEndpoint::answersAfterGarbageSplitAndMergedFrames()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s }), qPrintable(sim.failureReason()));
    QTcpSocket socket;
    QVERIFY(connectTo(socket, sim.address()));
    FrameDecoder decoder;

    QVERIFY(writeAll(socket, QByteArray(5000, '\x7f') + QByteArray(1, '\0') + frameOf(pingRequest(1, "x"))));
    QCOMPARE(requestIds(readEnvelopes(socket, decoder, 1)), QList<quint32> { 1 });

    const QByteArray split = frameOf(helloRequest(2));
    QVERIFY(writeAll(socket, split.first(6)));
    QTest::qWait(30);
    QVERIFY(writeAll(socket, split.sliced(6)));
    QCOMPARE(requestIds(readEnvelopes(socket, decoder, 1)), QList<quint32> { 2 });

    QVERIFY(writeAll(socket, frameOf(pingRequest(3, "a")) + frameOf(pingRequest(4, "b"))));
    QCOMPARE(requestIds(readEnvelopes(socket, decoder, 2)), (QList<quint32> { 3, 4 }));
}

void tst_TcpEndpoint::keepsServingAfterClientsLeave()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s }), qPrintable(sim.failureReason()));
    for (quint32 round = 1; round <= 3; ++round) {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, sim.address()));
        QVERIFY(writeAll(socket, frameOf(helloRequest(round))));
        FrameDecoder decoder;
        QCOMPARE(requestIds(readEnvelopes(socket, decoder, 1)), QList<quint32> { round });
        // Leave mid-frame, without reading what might still come.
        QVERIFY(writeAll(socket, frameOf(pingRequest(9, "x")).first(3)));
        socket.abort();
    }
    QCOMPARE(sim.process().state(), QProcess::Running);
}

void tst_TcpEndpoint::ptyAndTcpTogether()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s, u"--pty"_s }), qPrintable(sim.failureReason()));
    QVERIFY2(sim.address().startsWith(u"serial:/dev/"_s), qPrintable(sim.address()));
    QCOMPARE(sim.extraLines().size(), 1);
    const QString tcpAddress = sim.extraLines().first();
    QVERIFY2(tcpAddress.startsWith(u"tcp:127.0.0.1:"_s), qPrintable(tcpAddress));

    // Both links lead to the same module.
    QTcpSocket socket;
    QVERIFY(connectTo(socket, tcpAddress));
    QSerialPort port(serialPathOf(sim.address()));
    QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
    QVERIFY(writeAll(socket, frameOf(helloRequest(1))));
    QVERIFY(writeAll(port, frameOf(helloRequest(2))));
    FrameDecoder tcpDecoder;
    FrameDecoder ptyDecoder;
    const QList<v1::Envelope> overTcp = readEnvelopes(socket, tcpDecoder, 1);
    const QList<v1::Envelope> overPty = readEnvelopes(port, ptyDecoder, 1);
    QCOMPARE(requestIds(overTcp), QList<quint32> { 1 });
    QCOMPARE(requestIds(overPty), QList<quint32> { 2 });
    QCOMPARE(overTcp.first().device_info().serial_number(), overPty.first().device_info().serial_number());
    QCOMPARE(overTcp.first().device_info().ble().address(), overPty.first().device_info().ble().address());
}

void tst_TcpEndpoint::portInUseFailsWithExitCode1()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    QTemporaryDir stateDir;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_LOGGING_RULES"_s); // the sim's own defaults: only the error on stderr
    const ProgramRun run = runProgram(binaryPath(u"iotpro-sim"_s),
        { u"--tcp"_s, QString::number(occupant.serverPort()), u"--state-dir"_s, stateDir.path() }, kWaitMs,
        environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QString::number(occupant.serverPort())), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_TcpEndpoint)
#include "tst_tcpendpoint.moc"
