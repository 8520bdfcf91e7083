#include "SimProcess.h"
#include "SimTestSupport.h"

#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace iotpro;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

/// The real iotpro-sim on TCP, a conversation opened with Hello.
class SimLink
{
public:
    bool open(SimProcess& sim)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, tcpPortOf(sim.address()));
        return m_socket.waitForConnected(kWaitMs) && exchange(helloRequest(1)).has_device_info();
    }

    v1::Envelope exchange(const v1::Envelope& request)
    {
        const QByteArray frame = frameOf(request);
        if (m_socket.write(frame) != frame.size() || !m_socket.waitForBytesWritten(kWaitMs))
            return {};
        const QList<v1::Envelope> replies = readEnvelopes(m_socket, m_decoder, 1);
        return replies.isEmpty() ? v1::Envelope() : replies.first();
    }

private:
    QTcpSocket m_socket;
    FrameDecoder m_decoder;
};

} // namespace

/// iotpro-sim's network check and inputs end to end: the options of docs/simulator.md sections 7
/// and 8 reach what the module answers over a real link.
class tst_SimChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkCheckOfTheFactoryDefault();
    void inputsAsTheOptionsWireThem();
    void aWarmedSensorRises();
    void badSurroundingsExitWith2_data();
    void badSurroundingsExitWith2();
};

void tst_SimChecks::networkCheckOfTheFactoryDefault()
{
    SimProcess sim;
    QVERIFY2(sim.start(
                 { u"--tcp"_s, u"0"_s, u"--options"_s, u"wifi,gps"_s, u"--network-time-scale"_s, u"0.01"_s }),
        qPrintable(sim.failureReason()));
    SimLink link;
    QVERIFY(link.open(sim));
    const v1::Envelope reply = link.exchange(networkCheckRequest(2, 10));
    QCOMPARE(reply.request_id(), 2U);
    QVERIFY(reply.has_network_check_report());
    const v1::NetworkCheckReport& report = reply.network_check_report();
    QCOMPARE(report.wifi().state(), v1::CHECK_STATE_DISABLED);
    QCOMPARE(report.lorawan().state(), v1::CHECK_STATE_NOT_FITTED);
    QCOMPARE(report.cellular().state(), v1::CHECK_STATE_NOT_FITTED);
    QCOMPARE(report.gps().state(), v1::CHECK_STATE_DISABLED);
}

void tst_SimChecks::inputsAsTheOptionsWireThem()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s, u"--analog"_s, u"12.5"_s, u"--ds18b20"_s,
                 u"1:28FF641E0F160413=21,28FF4A1D931603D1=-5"_s, u"--input"_s, u"3:closed"_s }),
        qPrintable(sim.failureReason()));
    SimLink link;
    QVERIFY(link.open(sim));

    const v1::Envelope state = link.exchange(ioReadRequest(3));
    QVERIFY(state.has_io_state());
    QCOMPARE(state.io_state().digital_inputs_size(), 4);
    QCOMPARE(state.io_state().analog_input().input_v(), 12.5F);

    const v1::Envelope scan = link.exchange(ds18b20ScanRequest(4, 1));
    QVERIFY(scan.has_ds18b20_scan_result());
    const auto& sensors = scan.ds18b20_scan_result().sensors();
    QCOMPARE(sensors.size(), 2);
    QCOMPARE(sensors.at(0).rom_code(), "28FF4A1D931603D1");
    QVERIFY(std::abs(sensors.at(0).temperature_c() + 5.0F) < 0.2F);
    QCOMPARE(sensors.at(1).rom_code(), "28FF641E0F160413");
    // Input 3's demo bus was replaced by a contact.
    QCOMPARE(link.exchange(ds18b20ScanRequest(5, 3)).ds18b20_scan_result().sensors_size(), 0);
    QCOMPARE(link.exchange(ds18b20ScanRequest(6, 9)).error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
}

void tst_SimChecks::aWarmedSensorRises()
{
    SimProcess sim;
    QVERIFY2(sim.start({ u"--tcp"_s, u"0"_s, u"--warm-sensor"_s, u"28FF7C2E9316048A@0"_s }),
        qPrintable(sim.failureReason()));
    SimLink link;
    QVERIFY(link.open(sim));
    const auto temperatures = [&link](quint32 requestId) {
        QMap<std::string, float> byRom;
        const v1::Envelope scan = link.exchange(ds18b20ScanRequest(requestId, 3));
        for (const v1::Ds18b20Reading& sensor : scan.ds18b20_scan_result().sensors())
            byRom.insert(sensor.rom_code(), sensor.temperature_c());
        return byRom;
    };
    const QMap<std::string, float> before = temperatures(7);
    QCOMPARE(before.size(), 3);
    // Held in the hand, it climbs several degrees in seconds; the others stay where they are.
    QThread::sleep(3);
    const QMap<std::string, float> after = temperatures(8);
    QVERIFY2(after.value("28FF7C2E9316048A") > before.value("28FF7C2E9316048A") + 2.0F,
        qPrintable(u"%1 -> %2"_s.arg(before.value("28FF7C2E9316048A")).arg(after.value("28FF7C2E9316048A"))));
    QVERIFY(std::abs(after.value("28FF4A1D931603D1") - before.value("28FF4A1D931603D1")) < 0.3F);
}

void tst_SimChecks::badSurroundingsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown radio fault")
        << QStringList { u"--radio-fault"_s, u"wifi:jammed"_s } << u"wifi:no_ap"_s;
    QTest::newRow("time scale 0") << QStringList { u"--network-time-scale"_s, u"0"_s }
                                  << u"--network-time-scale"_s;
    QTest::newRow("ROM code typo") << QStringList { u"--ds18b20"_s, u"3:28FF4A1D931603D2"_s } << u"D1"_s;
    QTest::newRow("US915 without sub-band")
        << QStringList { u"--lorawan-site"_s, u"US915"_s } << u"--lorawan-site"_s;
    QTest::newRow("input 0") << QStringList { u"--input"_s, u"0:closed"_s } << u"--input"_s;
}

void tst_SimChecks::badSurroundingsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    const ProgramRun run = runProgram(binaryPath(u"iotpro-sim"_s), arguments, kWaitMs);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(tst_SimChecks)
#include "tst_simchecks.moc"
