#include "SimProcess.h"
#include "SimTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCliTimeoutMs = 20000;

/// `iotpro-cli --device ADDRESS live --rate RATE --count COUNT --json`.
ProgramRun runLive(const QString& address, int rate, int count)
{
    return runProgram(binaryPath(u"iotpro-cli"_s),
        { u"--device"_s, address, u"live"_s, u"--rate"_s, QString::number(rate), u"--count"_s,
            QString::number(count), u"--json"_s },
        kCliTimeoutMs);
}

QList<QJsonObject> jsonLines(const QString& text)
{
    QList<QJsonObject> lines;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

v1::Envelope liveSubscribe(quint32 requestId, quint32 rateHz)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(1);
    envelope.mutable_live_subscribe()->set_rate_hz(rateHz);
    return envelope;
}

/// Opens the sim's pseudo-terminal the way SerialTransport does, and ends any partial frame.
bool openPort(QSerialPort& port, const QString& address)
{
    port.setPortName(serialPathOf(address));
    if (!port.open(QIODevice::ReadWrite))
        return false;
    port.setBaudRate(QSerialPort::Baud115200);
    port.clear();
    return port.write(QByteArray(1, '\0')) == 1;
}

/// When (ms after `clock` started) each snapshot arrived while reading `port` until `untilMs`,
/// sending a Ping every `pingEveryMs` (0: never).
QList<qint64> snapshotArrivals(
    QSerialPort& port, const QElapsedTimer& clock, qint64 untilMs, qint64 pingEveryMs)
{
    FrameDecoder decoder;
    QList<qint64> arrivals;
    qint64 nextPing = pingEveryMs;
    quint32 pingId = 100;
    while (clock.elapsed() < untilMs) {
        if (pingEveryMs > 0 && clock.elapsed() >= nextPing) {
            port.write(frameOf(pingRequest(++pingId, "keep")));
            nextPing += pingEveryMs;
        }
        if (port.bytesAvailable() == 0 && !port.waitForReadyRead(50))
            continue;
        for (const v1::Envelope& envelope : decodeEnvelopes(decoder, port.readAll())) {
            if (envelope.has_live_snapshot())
                arrivals.append(clock.elapsed());
        }
    }
    return arrivals;
}

} // namespace

/// The live stream end to end: the real iotpro-cli, or raw frames, against the real iotpro-sim.
class tst_SimLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliReadsEverySnapshotInOrder_data();
    void cliReadsEverySnapshotInOrder();
    void silentToolLosesTheStreamAfterTheLease();
    void pingsKeepTheStreamAlive();
    void energySurvivesARestart();
};

void tst_SimLive::cliReadsEverySnapshotInOrder_data()
{
    QTest::addColumn<QStringList>("simArguments");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("count");

    QTest::newRow("pty, 10 Hz") << QStringList { u"--pty"_s, u"--scenario"_s, u"3p4w-ct2-reversed"_s } << 10
                                << 5;
    QTest::newRow("pty, 20 Hz") << QStringList { u"--pty"_s, u"--scenario"_s, u"3p4w-ct2-reversed"_s } << 20
                                << 40;
    QTest::newRow("tcp, 20 Hz") << QStringList { u"--tcp"_s, u"0"_s, u"--scenario"_s, u"3p4w-ct2-reversed"_s }
                                << 20 << 20;
}

void tst_SimLive::cliReadsEverySnapshotInOrder()
{
    QFETCH(QStringList, simArguments);
    QFETCH(int, rate);
    QFETCH(int, count);

    SimProcess sim;
    QVERIFY2(sim.start(simArguments), qPrintable(sim.failureReason()));
    const ProgramRun run = runLive(sim.address(), rate, count);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), count);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject& snapshot = lines.at(i);
        QCOMPARE(snapshot.value(u"sequence"_s).toInteger(), i + 1);
        QCOMPARE(snapshot.value(u"wiring"_s).toString(), u"3P4W"_s);
        // The scenario shows: CT 2 reversed, its element exports while the others import.
        const QJsonArray elements = snapshot.value(u"elements"_s).toArray();
        QCOMPARE(elements.size(), 3);
        QVERIFY(elements.at(0).toObject().value(u"p"_s).toDouble() > 0.0);
        QVERIFY(elements.at(1).toObject().value(u"p"_s).toDouble() < 0.0);
        QVERIFY(elements.at(2).toObject().value(u"p"_s).toDouble() > 0.0);
    }
    QVERIFY2(!run.err.contains(u"gap"_s), qPrintable(run.err));
    QCOMPARE(sim.terminate(), 0);
}

void tst_SimLive::silentToolLosesTheStreamAfterTheLease()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    QSerialPort port;
    QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));

    QElapsedTimer clock;
    clock.start();
    port.write(frameOf(liveSubscribe(5, 10)));
    const QList<qint64> arrivals = snapshotArrivals(port, clock, 8000, 0);

    // 10 Hz for the 5 s lease, then nothing.
    QVERIFY2(arrivals.size() >= 40 && arrivals.size() <= 55, qPrintable(QString::number(arrivals.size())));
    QVERIFY2(
        arrivals.last() >= 4500 && arrivals.last() <= 6000, qPrintable(QString::number(arrivals.last())));
}

void tst_SimLive::pingsKeepTheStreamAlive()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.failureReason()));
    QSerialPort port;
    QVERIFY2(openPort(port, sim.address()), qPrintable(port.errorString()));

    QElapsedTimer clock;
    clock.start();
    port.write(frameOf(liveSubscribe(6, 10)));
    // A Ping every 2 s, as DeviceClient sends it: the lease never runs out.
    const QList<qint64> arrivals = snapshotArrivals(port, clock, 8000, 2000);
    QVERIFY2(arrivals.size() >= 70, qPrintable(QString::number(arrivals.size())));
    QVERIFY2(arrivals.last() >= 7500, qPrintable(QString::number(arrivals.last())));
    port.write(frameOf(liveSubscribe(7, 0)));
    QVERIFY(port.waitForBytesWritten(1000));
}

void tst_SimLive::energySurvivesARestart()
{
    QTemporaryDir stateDir;
    // 3 × 230 V × 400 A × 0.92: about 70 Wh every second.
    const QStringList arguments { u"--state-dir"_s, stateDir.path(), u"--load-a"_s, u"400"_s };
    qint64 before = 0;
    {
        SimProcess sim;
        QVERIFY2(sim.start(arguments), qPrintable(sim.failureReason()));
        QTest::qWait(1000);
        const ProgramRun run = runLive(sim.address(), 10, 1);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        before = jsonLines(run.out)
                     .first()
                     .value(u"energy"_s)
                     .toObject()
                     .value(u"active_import_wh"_s)
                     .toInteger();
        QVERIFY2(before >= 50, qPrintable(QString::number(before)));
        QCOMPARE(sim.terminate(), 0);
    }
    SimProcess restarted;
    QVERIFY2(restarted.start(arguments), qPrintable(restarted.failureReason()));
    const ProgramRun run = runLive(restarted.address(), 10, 1);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qint64 after
        = jsonLines(run.out).first().value(u"energy"_s).toObject().value(u"active_import_wh"_s).toInteger();
    QVERIFY2(after >= before, qPrintable(u"%1 then %2"_s.arg(before).arg(after)));
}

QTEST_GUILESS_MAIN(tst_SimLive)
#include "tst_simlive.moc"
