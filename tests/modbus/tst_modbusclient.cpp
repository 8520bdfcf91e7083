#include "ModbusTestServer.h"
#include "modbus/ModbusClient.h"

#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <optional>

using namespace iotpro;
using namespace iotpro::modbus;
using namespace std::chrono_literals;

namespace {

RegisterDefinition floatAt(const QString& name, quint16 address, WordOrder order,
    RegisterTable table = RegisterTable::Input, bool writable = false)
{
    return RegisterDefinition { name, address, table, ValueType::Float32, order, 1.0, QString(), writable };
}

/// Runs the event loop until `done` has been called; its result, or nullopt after 10 s.
template <typename T>
std::optional<Result<T>> await(const std::function<void(ModbusClient::Callback<T>)>& start)
{
    std::optional<Result<T>> outcome;
    QObject context;
    start([&outcome](Result<T> result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return std::nullopt;
    return outcome;
}

Result<void> openClient(ModbusClient& client, const QString& address, ModbusTiming timing = {})
{
    const auto parsed = ModbusAddress::parse(address);
    if (!parsed)
        return parsed.error();
    QObject context;
    const auto opened = await<void>([&](auto done) { client.open(parsed.value(), timing, &context, done); });
    return opened ? *opened : Errors::make(ErrorKind::Timeout, u"open never finished"_qs);
}

/// CRC-16/MODBUS (poly 0xA001 reflected, init 0xFFFF), low byte first on the wire.
QByteArray withCrc(QByteArray frame, bool damaged)
{
    quint16 crc = 0xFFFF;
    for (const char byte : std::as_const(frame)) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    if (damaged)
        crc ^= 0x5555;
    frame.append(char(crc & 0xFF));
    frame.append(char(crc >> 8));
    return frame;
}

} // namespace

class tst_ModbusClient : public QObject
{
    Q_OBJECT

private:
    ModbusTestServer* m_server = nullptr;
    QString m_address;

private Q_SLOTS:
    void init()
    {
        m_server = new ModbusTestServer(1);
        // 230.0 high word first at 0, low word first at 2; 49.98 Hz both ways at 4 and 6.
        m_server->setInputRegisters(0, { 0x4366, 0x0000, 0x0000, 0x4366, 0x4247, 0xEB85, 0xEB85, 0x4247 });
        QVERIFY(m_server->start());
        m_address = u"modbus-tcp:127.0.0.1:%1"_qs.arg(m_server->port());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void readsBothWordOrders()
    {
        ModbusClient client;
        const Result<void> opened = openClient(client, m_address);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        RegisterMap map;
        map.maxReadGap = 0;
        const QList<RegisterDefinition> definitions { floatAt(u"v_high"_qs, 0, WordOrder::HighFirst),
            floatAt(u"v_low"_qs, 2, WordOrder::LowFirst), floatAt(u"f_high"_qs, 4, WordOrder::HighFirst),
            floatAt(u"f_low"_qs, 6, WordOrder::LowFirst) };
        QObject context;
        const auto values
            = await<RegisterValues>([&](auto done) { client.read(1, map, definitions, &context, done); });
        QVERIFY(values && values->ok());
        QCOMPARE(values->value().value(u"v_high"_qs), 230.0);
        QCOMPARE(values->value().value(u"v_low"_qs), 230.0);
        QCOMPARE(values->value().value(u"f_high"_qs), double(49.98f));
        QCOMPARE(values->value().value(u"f_low"_qs), double(49.98f));
        // Four contiguous values: one request.
        QCOMPARE(client.stats().requests, 1u);
    }

    void writesInTheProfilesWordOrder()
    {
        ModbusClient client;
        QVERIFY(openClient(client, m_address).ok());
        const RegisterDefinition setpoint
            = floatAt(u"setpoint"_qs, 10, WordOrder::LowFirst, RegisterTable::Holding, true);
        const RegisterDefinition next = floatAt(u"next"_qs, 12, WordOrder::HighFirst, RegisterTable::Holding, true);
        QObject context;
        const auto written = await<void>(
            [&](auto done) { client.write(1, { { setpoint, 230.0 }, { next, -1.5 } }, &context, done); });
        QVERIFY(written && written->ok());
        QCOMPARE(m_server->holdingRegisters(10, 4), (QList<quint16> { 0x0000, 0x4366, 0xBFC0, 0x0000 }));
        // Consecutive registers: one function 16 request.
        QCOMPARE(client.stats().requests, 1u);

        RegisterMap map;
        const auto values = await<RegisterValues>(
            [&](auto done) { client.read(1, map, { setpoint, next }, &context, done); });
        QVERIFY(values && values->ok());
        QCOMPARE(values->value().value(u"setpoint"_qs), 230.0);
        QCOMPARE(values->value().value(u"next"_qs), -1.5);
    }

    void refusesToWriteReadOnlyRegisters()
    {
        ModbusClient client;
        QVERIFY(openClient(client, m_address).ok());
        QObject context;
        const auto written = await<void>([&](auto done) {
            client.write(1, { { floatAt(u"settled"_qs, 0, WordOrder::HighFirst, RegisterTable::Holding), 1.0 } },
                &context, done);
        });
        QVERIFY(written && !written->ok());
        QCOMPARE(written->error().kind, ErrorKind::Unsupported);
        QCOMPARE(client.stats().requests, 0u);
    }

    void exceptionCarriesItsCodeAndMeaning()
    {
        ModbusClient client;
        QVERIFY(openClient(client, m_address).ok());
        RegisterMap map;
        QObject context;
        const auto values = await<RegisterValues>([&](auto done) {
            client.read(1, map, { floatAt(u"beyond"_qs, 300, WordOrder::HighFirst) }, &context, done);
        });
        QVERIFY(values && !values->ok());
        const Error& error = values->error();
        QCOMPARE(error.kind, ErrorKind::ModbusException);
        QCOMPARE(error.remoteCode, 2);
        QVERIFY2(error.detail.contains(u"illegal data address"_qs), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(u"0x012C"_qs), qPrintable(error.detail));
        // An exception is the device's answer: no retry.
        QCOMPARE(client.stats().requests, 1u);
        QCOMPARE(client.stats().exceptions, 1u);
    }

    void silentUnitTimesOutAfterEveryRetry()
    {
        ModbusClient client;
        QVERIFY(openClient(client, m_address, ModbusTiming { 100ms, 2 }).ok());
        RegisterMap map;
        QObject context;
        const auto values = await<RegisterValues>([&](auto done) {
            client.read(9, map, { floatAt(u"v"_qs, 0, WordOrder::HighFirst) }, &context, done);
        });
        QVERIFY(values && !values->ok());
        QCOMPARE(values->error().kind, ErrorKind::Timeout);
        QVERIFY2(values->error().detail.contains(u"unit 9"_qs), qPrintable(values->error().detail));
        QVERIFY2(values->error().detail.contains(u"3 tries"_qs), qPrintable(values->error().detail));
        QCOMPARE(client.stats().requests, 3u);
        QCOMPARE(client.stats().timeouts, 3u);

        // The link stays usable for the unit that answers.
        const auto answered = await<RegisterValues>([&](auto done) {
            client.read(1, map, { floatAt(u"v"_qs, 0, WordOrder::HighFirst) }, &context, done);
        });
        QVERIFY(answered && answered->ok());
        QCOMPARE(answered->value().value(u"v"_qs), 230.0);
    }

    void connectionRefusedIsAnOpenFailure()
    {
        const quint16 port = m_server->port();
        cleanup(); // nothing listens there any more
        ModbusClient client;
        const Result<void> opened = openClient(client, u"modbus-tcp:127.0.0.1:%1"_qs.arg(port));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::OpenFailed);
    }

    void contextGoneDropsTheCallback()
    {
        ModbusClient client;
        QVERIFY(openClient(client, m_address).ok());
        bool called = false;
        {
            QObject context;
            client.read(1, RegisterMap {}, { floatAt(u"v"_qs, 0, WordOrder::HighFirst) }, &context,
                [&called](Result<RegisterValues>) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void rtuCountsCrcErrorsAndRetries()
    {
        // A pseudo-terminal stands in for the RS-485 adapter; the test answers as the device.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString device = QString::fromLocal8Bit(::ptsname(master));
        int answers = 0;
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            char request[64];
            if (::read(master, request, sizeof request) < 8)
                return;
            // First answer damaged, second intact: the client must count one CRC error and retry.
            const QByteArray reply = withCrc(QByteArray::fromHex("01040443660000"), answers == 0);
            ++answers;
            QVERIFY(::write(master, reply.constData(), std::size_t(reply.size())) == reply.size());
        });

        ModbusClient client;
        const Result<void> opened = openClient(client, u"modbus-rtu:%1:9600:8N1:1"_qs.arg(device), { 300ms, 2 });
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QObject context;
        const auto values = await<RegisterValues>([&](auto done) {
            client.read(1, RegisterMap {}, { floatAt(u"v"_qs, 0, WordOrder::HighFirst) }, &context, done);
        });
        QVERIFY(values);
        QVERIFY2(values->ok(), qPrintable(values->ok() ? QString() : values->error().toString()));
        QCOMPARE(values->value().value(u"v"_qs), 230.0);
        QCOMPARE(client.stats().crcErrors, 1u);
        QCOMPARE(client.stats().requests, 2u);
        ::close(master);
    }
};

QTEST_GUILESS_MAIN(tst_ModbusClient)
#include "tst_modbusclient.moc"
