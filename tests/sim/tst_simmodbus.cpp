// The simulator's Modbus TCP port in-process, spoken to by a plain libmodbus client on a thread of
// its own (the server runs on this thread's event loop): the bench source's registers, the
// reference meter's SDM630-class map, and the exceptions a gateway gives.
#include "bench/BenchRig.h"
#include "electrical/ScenarioLibrary.h"
#include "modbus/MeterUnit.h"
#include "modbus/ModbusTcpServer.h"
#include "modbus/SourceUnit.h"

#include <modbus.h>

#include <QTest>

#include <atomic>
#include <bit>
#include <functional>
#include <thread>

using namespace iotpro::sim;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

float floatAt(const uint16_t* words)
{
    return std::bit_cast<float>((quint32(words[0]) << 16) | words[1]);
}

void putFloat(uint16_t* words, float value)
{
    const auto bits = std::bit_cast<quint32>(value);
    words[0] = static_cast<uint16_t>(bits >> 16);
    words[1] = static_cast<uint16_t>(bits & 0xFFFF);
}

} // namespace

class tst_SimModbus : public QObject
{
    Q_OBJECT

private:
    /// Runs `requests` on a fresh client thread against the server while this thread serves;
    /// false when they did not finish in time.
    bool withClient(int unitId, const std::function<void(modbus_t*)>& requests)
    {
        std::atomic<bool> done { false };
        std::thread client([&] {
            modbus_t* context = modbus_new_tcp("127.0.0.1", m_server->address().section(u':', -1).toInt());
            if (modbus_connect(context) == 0) {
                modbus_set_slave(context, unitId);
                requests(context);
            }
            modbus_close(context);
            modbus_free(context);
            done = true;
        });
        const bool finished = QTest::qWaitFor([&done] { return done.load(); }, 10000);
        client.join();
        return finished;
    }

    std::chrono::milliseconds m_now { 0 };
    std::unique_ptr<BenchRig> m_rig;
    std::unique_ptr<MeterUnit> m_reference;
    std::unique_ptr<SourceUnit> m_source;
    std::unique_ptr<ModbusTcpServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_now = 0ms;
        const Scenario scenario = std::get<Scenario>(ScenarioLibrary::builtIn().scenario(u"3p4w-correct"_s));
        m_rig = std::make_unique<BenchRig>(scenario, [this] { return m_now; });
        m_reference = std::make_unique<MeterUnit>([this] { return m_rig->referenceReading(); },
            [this] { return m_rig->referenceSetup(); }, BenchRig::kReferenceSerialNumber);
        m_source = std::make_unique<SourceUnit>(m_rig->source(), m_rig->clock());
        m_server = std::make_unique<ModbusTcpServer>();
        m_server->addUnit(BenchRig::kReferenceUnitId, *m_reference);
        m_server->addUnit(BenchRig::kSourceUnitId, *m_source);
        QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
        QVERIFY(m_server->address().startsWith(u"modbus-tcp:127.0.0.1:"_s));
    }
    void cleanup()
    {
        m_server.reset();
        m_source.reset();
        m_reference.reset();
        m_rig.reset();
    }

    void sourceSetpointsAndSettledFlag()
    {
        std::array<uint16_t, 0x21> before {};
        int read = -1;
        QVERIFY(withClient(2, [&](modbus_t* c) { read = modbus_read_registers(c, 0, 0x21, before.data()); }));
        QCOMPARE(read, 0x21);
        QCOMPARE(floatAt(&before[0x0000]), 230.0f);
        QCOMPARE(floatAt(&before[0x0006]), 0.0f);
        QCOMPARE(floatAt(&before[0x0012]), 50.0f);
        QCOMPARE(before[0x0020], uint16_t(1));

        std::array<uint16_t, 0x14> setpoints {};
        for (int p = 0; p < 3; ++p) {
            putFloat(&setpoints[std::size_t(2 * p)], 230.0f);
            putFloat(&setpoints[std::size_t(0x06 + 2 * p)], 5.0f);
            putFloat(&setpoints[std::size_t(0x0C + 2 * p)], 60.0f);
        }
        putFloat(&setpoints[0x12], 50.0f);
        int written = -1;
        uint16_t settled = 99;
        QVERIFY(withClient(2, [&](modbus_t* c) {
            written = modbus_write_registers(c, 0, 0x14, setpoints.data());
            modbus_read_registers(c, 0x20, 1, &settled);
        }));
        QCOMPARE(written, 0x14);
        QCOMPARE(settled, uint16_t(0));
        QCOMPARE(m_rig->source().setting().currentA[1], 5.0);
        QCOMPARE(m_rig->source().setting().angleDeg[2], 60.0);

        m_now += BenchRig::kSettlingTime;
        QVERIFY(withClient(2, [&](modbus_t* c) { modbus_read_registers(c, 0x20, 1, &settled); }));
        QCOMPARE(settled, uint16_t(1));

        // The reference now reads what the source delivers, in the SDM630's registers.
        m_now += 10s;
        std::array<uint16_t, 0x4C> input {};
        std::array<uint16_t, 2> serial {};
        QVERIFY(withClient(1, [&](modbus_t* c) {
            modbus_read_input_registers(c, 0, 0x4C, input.data());
            modbus_read_registers(c, 0xFC00, 2, serial.data());
        }));
        QVERIFY(qAbs(floatAt(&input[0x0000]) - 230.0f) < 0.2f);
        QVERIFY(qAbs(floatAt(&input[0x000A]) - 5.0f) < 0.01f);
        QVERIFY(qAbs(floatAt(&input[0x000C]) - 575.0f) < 1.0f);
        QVERIFY(qAbs(floatAt(&input[0x0018]) - 995.9f) < 1.5f);
        QVERIFY(qAbs(floatAt(&input[0x0034]) - 1725.0f) < 2.0f);
        QVERIFY(qAbs(floatAt(&input[0x0046]) - 50.0f) < 0.01f);
        QVERIFY(floatAt(&input[0x0048]) > 0.0f);
        QCOMPARE((quint32(serial[0]) << 16) | serial[1], BenchRig::kReferenceSerialNumber);
    }

    void refusesWhatASourceCannotDo_data()
    {
        QTest::addColumn<int>("address");
        QTest::addColumn<float>("value");
        QTest::addColumn<int>("expectedErrno");
        QTest::newRow("500 A") << 0x0006 << 500.0f << int(EMBXILVAL);
        QTest::newRow("negative voltage") << 0x0002 << -1.0f << int(EMBXILVAL);
        QTest::newRow("settled is read-only") << 0x0020 << 1.0f << int(EMBXILADD);
        QTest::newRow("past the setpoints") << 0x0013 << 1.0f << int(EMBXILADD);
    }
    void refusesWhatASourceCannotDo()
    {
        QFETCH(int, address);
        QFETCH(float, value);
        QFETCH(int, expectedErrno);
        std::array<uint16_t, 2> words {};
        putFloat(words.data(), value);
        int result = 0;
        int error = 0;
        QVERIFY(withClient(2, [&](modbus_t* c) {
            result = modbus_write_registers(c, address, 2, words.data());
            error = errno;
        }));
        QCOMPARE(result, -1);
        QCOMPARE(error, expectedErrno);
        QCOMPARE(m_rig->source().setting().currentA[0], 0.0); // unchanged
    }

    void gatewayExceptions()
    {
        uint16_t word = 0;
        uint8_t bit = 0;
        int unknownUnit = 0;
        int coil = 0;
        int referenceWrite = 0;
        QVERIFY(withClient(9, [&](modbus_t* c) {
            modbus_read_registers(c, 0, 1, &word);
            unknownUnit = errno;
            modbus_set_slave(c, 2);
            modbus_read_bits(c, 0, 1, &bit);
            coil = errno;
            modbus_set_slave(c, 1);
            modbus_write_register(c, 0x000A, 2);
            referenceWrite = errno;
        }));
        QCOMPARE(unknownUnit, int(EMBXGTAR));
        QCOMPARE(coil, int(EMBXILFUN));
        QCOMPARE(referenceWrite, int(EMBXILADD));
    }
};

QTEST_GUILESS_MAIN(tst_SimModbus)
#include "tst_simmodbus.moc"
