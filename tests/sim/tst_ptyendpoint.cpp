#include "SimProcess.h"
#include "SimTestSupport.h"

#include <QSerialPort>
#include <QTest>

#include <csignal>

using namespace iotpro;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kExitWithinMs = 3000;

/// Opens the sim's pseudo-terminal the way SerialTransport does.
bool openPort(QSerialPort& port, const QString& address)
{
    port.setPortName(serialPathOf(address));
    if (!port.open(QIODevice::ReadWrite))
        return false;
    port.setBaudRate(QSerialPort::Baud115200);
    port.clear();
    return true;
}

bool writeAll(QSerialPort& port, const QByteArray& bytes)
{
    return port.write(bytes) == bytes.size() && port.waitForBytesWritten(kExitWithinMs);
}

/// Whether `process` ends within `ms` (waitForFinished() alone says false for one that
/// already ended).
bool endsWithin(QProcess& process, int ms)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(ms);
}

QList<quint32> requestIds(const QList<v1::Envelope>& envelopes)
{
    QList<quint32> ids;
    for (const v1::Envelope& envelope : envelopes)
        ids.append(envelope.request_id());
    return ids;
}

} // namespace

class tst_PtyEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsSerialAddressFirst();
    void helloReturnsDeviceInfo();
    void answersAfterGarbageSplitAndMergedFrames();
    void answersUnreadablePayloadOnRequestIdZero();
    void servesAcrossReopenedPorts();
    void endsCleanlyOnSignal_data();
    void endsCleanlyOnSignal();
    void keepsServingWhenStdinIsNull();
    void endsAtStdinEofWhenAsked_data();
    void endsAtStdinEofWhenAsked();
};

void tst_PtyEndpoint::printsSerialAddressFirst()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    QVERIFY2(sim.address().startsWith(u"serial:/dev/"_s), qPrintable(sim.address()));
}

void tst_PtyEndpoint::helloReturnsDeviceInfo()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--pty"_s, u"--serial"_s, u"PTY-TEST-1"_s, u"--options"_s, u"lorawan"_s }),
        qPrintable(sim.failureReason()));
    QSerialPort port;
    QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));

    QVERIFY(writeAll(port, frameOf(helloRequest(77))));
    FrameDecoder decoder;
    const QList<v1::Envelope> replies = readEnvelopes(port, decoder, 1);
    QCOMPARE(replies.size(), 1);
    const v1::Envelope& reply = replies.first();
    QCOMPARE(reply.request_id(), 77u);
    QCOMPARE(reply.protocol_version(), 1u);
    QVERIFY(reply.has_device_info());
    const v1::DeviceInfo& info = reply.device_info();
    QCOMPARE(QString::fromStdString(info.serial_number()), u"PTY-TEST-1"_s);
    QCOMPARE(QString::fromStdString(info.ble().name()), u"IoTPro-PTY-TEST-1"_s);
    QCOMPARE(info.usb().vendor_id(), 0x1209u);
    QCOMPARE(info.usb().product_id(), 0x7A30u);
    QVERIFY(!info.options().wifi());
    QVERIFY(info.options().lorawan());
    QCOMPARE(info.config_counter(), 0u);
    QCOMPARE(QString::fromStdString(info.clock().time_zone()), u"UTC"_s);
    QCOMPARE(info.max_payload_size(), 4096u);
    QCOMPARE(decoder.stats().rejectedFrames(), 0u);
}

void tst_PtyEndpoint::answersAfterGarbageSplitAndMergedFrames()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    QSerialPort port;
    QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));
    FrameDecoder decoder;

    // Garbage of every byte value (zeros end frames on the way), then a request.
    QByteArray garbage;
    for (int i = 0; i < 1024; ++i)
        garbage.append(static_cast<char>((i * 37) & 0xFF));
    QVERIFY(writeAll(port, garbage + QByteArray(1, '\0') + frameOf(pingRequest(1, "after garbage"))));
    QCOMPARE(requestIds(readEnvelopes(port, decoder, 1)), QList<quint32> { 1 });

    // One frame in three writes with pauses, so the module sees the pieces separately.
    const QByteArray split = frameOf(helloRequest(2));
    for (const QByteArray& piece : { split.first(3), split.sliced(3, 4), split.sliced(7) }) {
        QVERIFY(writeAll(port, piece));
        QTest::qWait(30);
    }
    QCOMPARE(requestIds(readEnvelopes(port, decoder, 1)), QList<quint32> { 2 });

    // Three frames in one write.
    QVERIFY(writeAll(
        port, frameOf(pingRequest(3, "a")) + frameOf(helloRequest(4)) + frameOf(pingRequest(5, "b"))));
    QCOMPARE(requestIds(readEnvelopes(port, decoder, 3)), (QList<quint32> { 3, 4, 5 }));

    // Bytes arriving at serial speed: one write per byte.
    for (const char byte : frameOf(pingRequest(6, "slow")))
        QVERIFY(writeAll(port, QByteArray(1, byte)));
    QCOMPARE(requestIds(readEnvelopes(port, decoder, 1)), QList<quint32> { 6 });
    QCOMPARE(decoder.stats().rejectedFrames(), 0u);
}

void tst_PtyEndpoint::answersUnreadablePayloadOnRequestIdZero()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    QSerialPort port;
    QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));

    QVERIFY(writeAll(port, encodeFrame("\xff\xff\xff")));
    FrameDecoder decoder;
    const QList<v1::Envelope> replies = readEnvelopes(port, decoder, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().request_id(), 0u);
    QVERIFY(replies.first().has_error());
    QCOMPARE(replies.first().error().code(), v1::ERROR_CODE_MALFORMED_REQUEST);
}

void tst_PtyEndpoint::servesAcrossReopenedPorts()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    for (quint32 round = 1; round <= 5; ++round) {
        QSerialPort port;
        QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));
        // A tool starts with a delimiter to end whatever a previous client left half-sent.
        QVERIFY(writeAll(port, QByteArray(1, '\0') + frameOf(helloRequest(round))));
        FrameDecoder decoder;
        QCOMPARE(requestIds(readEnvelopes(port, decoder, 1)), QList<quint32> { round });
        // Leave half a frame behind, as a tool unplugged mid-request would.
        QVERIFY(writeAll(port, frameOf(pingRequest(99, "cut")).first(5)));
        port.close();
    }
    QCOMPARE(sim.process().state(), QProcess::Running);
}

void tst_PtyEndpoint::endsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");

    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void tst_PtyEndpoint::endsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);

    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    {
        // With a client attached, too.
        QSerialPort port;
        QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));
        QCOMPARE(::kill(static_cast<pid_t>(sim.process().processId()), signalNumber), 0);
        QVERIFY(endsWithin(sim.process(), kExitWithinMs));
    }
    QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.process().exitCode(), 0);
}

void tst_PtyEndpoint::keepsServingWhenStdinIsNull()
{
    SimProcess sim;
    sim.process().setStandardInputFile(QProcess::nullDevice());
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    // Give a wrongly ending sim the time to end before checking it did not.
    QVERIFY(!endsWithin(sim.process(), 500));

    QSerialPort port;
    QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));
    QVERIFY(writeAll(port, frameOf(helloRequest(1))));
    FrameDecoder decoder;
    QCOMPARE(requestIds(readEnvelopes(port, decoder, 1)), QList<quint32> { 1 });
}

void tst_PtyEndpoint::endsAtStdinEofWhenAsked_data()
{
    QTest::addColumn<bool>("fromNullDevice");

    QTest::newRow("stdin is /dev/null") << true;
    QTest::newRow("stdin pipe closed") << false;
}

void tst_PtyEndpoint::endsAtStdinEofWhenAsked()
{
    QFETCH(bool, fromNullDevice);

    SimProcess sim;
    if (fromNullDevice)
        sim.process().setStandardInputFile(QProcess::nullDevice());
    QVERIFY2(sim.start({ u"--pty"_s, u"--exit-on-stdin-eof"_s }), qPrintable(sim.failureReason()));
    if (!fromNullDevice) {
        // Input before the end is ignored, not taken for the end.
        sim.process().write("anything\n");
        QVERIFY(sim.process().waitForBytesWritten(kExitWithinMs));
        QVERIFY(!endsWithin(sim.process(), 300));
        sim.process().closeWriteChannel();
    }
    QVERIFY(endsWithin(sim.process(), kExitWithinMs));
    QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_PtyEndpoint)
#include "tst_ptyendpoint.moc"
