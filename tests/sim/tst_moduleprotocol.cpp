#include "ModuleProtocol.h"
#include "SessionRequests.h"
#include "SimTestSupport.h"
#include "configuration/ConfigStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProtocolRange)

namespace {

constexpr qint64 kFixedUnixTimeMs = 1'700'000'000'123;
constexpr quint64 kFixedUptimeMs = 98'765;

/// A clock standing still, so replies can be compared exactly.
class FixedClock : public ModuleClock
{
public:
    explicit FixedClock(const QString& timeZone = u"UTC"_s)
        : ModuleClock(timeZone)
    { }
    quint64 uptimeMs() const override { return kFixedUptimeMs; }

protected:
    qint64 baseUnixTimeMs() const override { return kFixedUnixTimeMs; }
};

/// The protocol of a module with `identity`: the dispatcher with the session handler, a never
/// configured configuration store, and one link.
struct Module
{
    explicit Module(const ModuleIdentity& moduleIdentity, const QString& timeZone = u"UTC"_s)
        : identity(moduleIdentity)
        , clock(timeZone)
        , protocol(identity.protocolVersions)
    {
        protocol.addHandler(session);
    }

    v1::Envelope reply(const QByteArray& payload) { return *protocol.replyToPayload(payload, link); }
    v1::Envelope reply(const v1::Envelope& request) { return *protocol.replyTo(request, link); }

    const ModuleIdentity identity;
    const FixedClock clock;
    QTemporaryDir dir;
    ConfigStore configs { dir.path() };
    SessionRequests session { identity, clock, configs };
    ModuleProtocol protocol;
    LinkState link { [](const v1::Envelope&) {} };
};

QByteArray withBody(v1::Envelope envelope, void (*setBody)(v1::Envelope&))
{
    setBody(envelope);
    return payloadOf(envelope);
}

/// `envelope` with body field 99 (reserved for calibration) holding an empty message: what
/// a newer tool's request looks like to this module.
QByteArray withUnknownBody(const v1::Envelope& envelope)
{
    return payloadOf(envelope) + QByteArray("\x9a\x06\x00", 3);
}

v1::Envelope header(quint32 requestId, quint32 protocolVersion)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(protocolVersion);
    return envelope;
}

v1::Envelope liveSubscribe(quint32 requestId, quint32 rateHz, quint32 protocolVersion = 1)
{
    v1::Envelope envelope = header(requestId, protocolVersion);
    envelope.mutable_live_subscribe()->set_rate_hz(rateHz);
    return envelope;
}

} // namespace

class tst_ModuleProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replies_data();
    void replies();
    void errorMessagesNameTheCause_data();
    void errorMessagesNameTheCause();
    void deviceInfoDescribesTheModule();
    void liveSubscribeIsAcknowledgedWithItsRate_data();
    void liveSubscribeIsAcknowledgedWithItsRate();
    void pongEchoesPayloadWithUptime_data();
    void pongEchoesPayloadWithUptime();
    void configCounterIsTheActiveConfigurations();
    void helloBeginsANewConversation();
};

void tst_ModuleProtocol::replies_data()
{
    QTest::addColumn<ProtocolRange>("moduleVersions");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<quint32>("replyId");
    QTest::addColumn<quint32>("replyVersion");
    QTest::addColumn<int>("replyBody"); // v1::Envelope::BodyCase
    QTest::addColumn<int>("errorCode"); // v1::ErrorCode, for an ErrorReply

    const ProtocolRange v1Only { 1, 1 };
    const ProtocolRange v2To3 { 2, 3 };
    constexpr int info = v1::Envelope::kDeviceInfo;
    constexpr int pong = v1::Envelope::kPong;
    constexpr int subscribed = v1::Envelope::kLiveSubscribed;
    constexpr int error = v1::Envelope::kError;
    constexpr int none = v1::ERROR_CODE_UNSPECIFIED;

    // Hello: always answered, in the highest common version or else the module's newest.
    QTest::newRow("hello, same version")
        << v1Only << payloadOf(helloRequest(7, 1, 1)) << 7u << 1u << info << none;
    QTest::newRow("hello, tool newer, overlapping")
        << v2To3 << payloadOf(helloRequest(8, 2, 5)) << 8u << 3u << info << none;
    QTest::newRow("hello, tool older, overlapping")
        << v2To3 << payloadOf(helloRequest(9, 1, 2)) << 9u << 2u << info << none;
    QTest::newRow("hello, tool entirely newer")
        << v1Only << payloadOf(helloRequest(10, 2, 4)) << 10u << 1u << info << none;
    QTest::newRow("hello, tool entirely older")
        << v2To3 << payloadOf(helloRequest(11, 1, 1)) << 11u << 3u << info << none;
    QTest::newRow("hello, inverted range")
        << v2To3 << payloadOf(helloRequest(12, 3, 2)) << 12u << 3u << info << none;
    QTest::newRow("hello, no range") << v1Only << payloadOf(helloRequest(13, 0, 0)) << 13u << 1u << info
                                     << none;
    v1::Envelope futureHello = helloRequest(14, 1, 9);
    futureHello.set_protocol_version(9);
    QTest::newRow("hello in an unsupported version")
        << v1Only << payloadOf(futureHello) << 14u << 1u << info << none;
    QTest::newRow("hello with request id 0")
        << v1Only << payloadOf(helloRequest(0, 1, 1)) << 0u << 1u << info << none;

    // Ping.
    QTest::newRow("ping") << v1Only << payloadOf(pingRequest(20, "abc", 1)) << 20u << 1u << pong << none;
    QTest::newRow("ping, empty payload")
        << v1Only << payloadOf(pingRequest(21, {}, 1)) << 21u << 1u << pong << none;
    QTest::newRow("ping, 256 bytes") << v1Only << payloadOf(pingRequest(22, QByteArray(256, 'x'), 1)) << 22u
                                     << 1u << pong << none;
    QTest::newRow("ping, 257 bytes") << v1Only << payloadOf(pingRequest(23, QByteArray(257, 'x'), 1)) << 23u
                                     << 1u << error << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("ping, highest id")
        << v1Only << payloadOf(pingRequest(0xFFFFFFFF, "a", 1)) << 0xFFFFFFFFu << 1u << pong << none;
    QTest::newRow("ping, newest of range")
        << v2To3 << payloadOf(pingRequest(24, "a", 3)) << 24u << 3u << pong << none;
    QTest::newRow("ping, oldest of range")
        << v2To3 << payloadOf(pingRequest(25, "a", 2)) << 25u << 2u << pong << none;

    // LiveSubscribe: 1 to 20 starts, 0 stops, more is refused.
    QTest::newRow("live, 1 Hz") << v1Only << payloadOf(liveSubscribe(26, 1)) << 26u << 1u << subscribed
                                << none;
    QTest::newRow("live, 20 Hz") << v1Only << payloadOf(liveSubscribe(27, 20)) << 27u << 1u << subscribed
                                 << none;
    QTest::newRow("live, stop") << v1Only << payloadOf(liveSubscribe(28, 0)) << 28u << 1u << subscribed
                                << none;
    QTest::newRow("live, 21 Hz") << v1Only << payloadOf(liveSubscribe(29, 21)) << 29u << 1u << error
                                 << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("live, huge rate") << v1Only << payloadOf(liveSubscribe(35, 0xFFFFFFFF)) << 35u << 1u
                                     << error << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("live, version too new") << v1Only << payloadOf(liveSubscribe(36, 5, 2)) << 36u << 1u
                                           << error << int(v1::ERROR_CODE_UNSUPPORTED_VERSION);

    // Versions outside the module's range: answered in the module's newest version.
    QTest::newRow("ping, version too new") << v1Only << payloadOf(pingRequest(30, "a", 2)) << 30u << 1u
                                           << error << int(v1::ERROR_CODE_UNSUPPORTED_VERSION);
    QTest::newRow("ping, version too old") << v2To3 << payloadOf(pingRequest(31, "a", 1)) << 31u << 3u
                                           << error << int(v1::ERROR_CODE_UNSUPPORTED_VERSION);
    QTest::newRow("ping, version 0") << v1Only << payloadOf(pingRequest(32, "a", 0)) << 32u << 1u << error
                                     << int(v1::ERROR_CODE_UNSUPPORTED_VERSION);
    QTest::newRow("ping too big, version too new")
        << v1Only << payloadOf(pingRequest(33, QByteArray(300, 'x'), 2)) << 33u << 1u << error
        << int(v1::ERROR_CODE_UNSUPPORTED_VERSION);
    QTest::newRow("no body, version too new") << v1Only << payloadOf(header(34, 7)) << 34u << 1u << error
                                              << int(v1::ERROR_CODE_UNSUPPORTED_VERSION);

    // Bodies the module does not take as requests.
    QTest::newRow("no body") << v1Only << payloadOf(header(40, 1)) << 40u << 1u << error
                             << int(v1::ERROR_CODE_UNKNOWN_REQUEST);
    QTest::newRow("newer tool's message") << v1Only << withUnknownBody(header(41, 1)) << 41u << 1u << error
                                          << int(v1::ERROR_CODE_UNKNOWN_REQUEST);
    QTest::newRow("DeviceInfo as request") << v1Only << withBody(header(42, 1), [](v1::Envelope& e) {
        e.mutable_device_info()->set_serial_number("X");
    }) << 42u << 1u << error << int(v1::ERROR_CODE_UNKNOWN_REQUEST);
    QTest::newRow("Pong as request") << v1Only
                                     << withBody(header(43, 1), [](v1::Envelope& e) { e.mutable_pong(); })
                                     << 43u << 1u << error << int(v1::ERROR_CODE_UNKNOWN_REQUEST);
    QTest::newRow("LiveSubscribed as request") << v1Only << withBody(header(45, 1), [](v1::Envelope& e) {
        e.mutable_live_subscribed()->set_rate_hz(1);
    }) << 45u << 1u << error << int(v1::ERROR_CODE_UNKNOWN_REQUEST);
    QTest::newRow("LiveSnapshot as request") << v1Only << withBody(header(46, 1), [](v1::Envelope& e) {
        e.mutable_live_snapshot()->set_sequence(1);
    }) << 46u << 1u << error << int(v1::ERROR_CODE_UNKNOWN_REQUEST);
    QTest::newRow("ErrorReply as request")
        << v1Only << withBody(header(44, 1), [](v1::Envelope& e) { e.mutable_error(); }) << 44u << 1u << error
        << int(v1::ERROR_CODE_UNKNOWN_REQUEST);

    // Payloads that are no Envelope: id 0, the module's newest version.
    QTest::newRow("garbage") << v2To3 << QByteArray("\xff\xff\xff") << 0u << 3u << error
                             << int(v1::ERROR_CODE_MALFORMED_REQUEST);
    QTest::newRow("invalid wire type")
        << v1Only << QByteArray("\x0f") << 0u << 1u << error << int(v1::ERROR_CODE_MALFORMED_REQUEST);
    // Request id 7 parses, then the Hello is cut short: the id cannot be trusted.
    QTest::newRow("truncated") << v1Only << QByteArray("\x10\x07\x52\x05", 4) << 0u << 1u << error
                               << int(v1::ERROR_CODE_MALFORMED_REQUEST);
}

void tst_ModuleProtocol::replies()
{
    QFETCH(ProtocolRange, moduleVersions);
    QFETCH(QByteArray, payload);
    QFETCH(quint32, replyId);
    QFETCH(quint32, replyVersion);
    QFETCH(int, replyBody);
    QFETCH(int, errorCode);

    Module module(makeModuleIdentity(u"SIM-1"_s, {}, moduleVersions));

    const v1::Envelope reply = module.reply(payload);
    QCOMPARE(reply.request_id(), replyId);
    QCOMPARE(reply.protocol_version(), replyVersion);
    QCOMPARE(int(reply.body_case()), replyBody);
    if (reply.has_error()) {
        QCOMPARE(int(reply.error().code()), errorCode);
        QVERIFY(!reply.error().message().empty());
    }
    // Every reply fits a frame.
    QVERIFY(!frameOf(reply).isEmpty());
}

void tst_ModuleProtocol::errorMessagesNameTheCause_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed") << QByteArray("\xff\xff\xff") << u"payload is not an Envelope"_s;
    QTest::newRow("unsupported version")
        << payloadOf(pingRequest(5, "a", 3)) << u"protocol version 3 not supported; module speaks 1 to 1"_s;
    QTest::newRow("newer tool's request")
        << withUnknownBody(header(4, 1)) << u"unknown request (envelope field 99)"_s;
    QTest::newRow("a module's message") << withBody(header(4, 1), [](v1::Envelope& e) { e.mutable_pong(); })
                                        << u"Pong is not served by this module (envelope field 13)"_s;
    QTest::newRow("no body") << payloadOf(header(4, 1)) << u"no request body"_s;
    QTest::newRow("ping too big") << payloadOf(pingRequest(6, QByteArray(300, 'x')))
                                  << u"ping payload is 300 bytes; at most 256"_s;
    QTest::newRow("live rate too high")
        << payloadOf(liveSubscribe(7, 25)) << u"live rate_hz 25 is too high; 1 to 20, or 0 to stop"_s;
}

void tst_ModuleProtocol::errorMessagesNameTheCause()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, message);

    Module module(makeModuleIdentity(u"SIM-1"_s, {}, { 1, 1 }));

    const v1::Envelope reply = module.reply(payload);
    QVERIFY(reply.has_error());
    QCOMPARE(QString::fromStdString(reply.error().message()), message);
    QVERIFY(reply.error().message().size() <= 128); // docs/protocol.md, 4.5
}

void tst_ModuleProtocol::deviceInfoDescribesTheModule()
{
    Module module(makeModuleIdentity(u"EM-42"_s, { true, false, false, true }, { 1, 2 }), u"Europe/Berlin"_s);

    const v1::Envelope reply = module.reply(helloRequest(5, 1, 2));
    QVERIFY(reply.has_device_info());
    const v1::DeviceInfo& info = reply.device_info();
    QCOMPARE(info.serial_number(), "EM-42");
    QCOMPARE(info.hardware_revision(), "C");
    QCOMPARE(QString::fromStdString(info.firmware_version()), simFirmwareVersion());
    QCOMPARE(info.min_protocol_version(), 1u);
    QCOMPARE(info.max_protocol_version(), 2u);
    QCOMPARE(info.metering_engine().model(), "ME630");
    QCOMPARE(info.metering_engine().firmware_version(), "2.4.1");
    QVERIFY(info.options().wifi());
    QVERIFY(!info.options().lorawan());
    QVERIFY(!info.options().cellular());
    QVERIFY(info.options().gps());
    QCOMPARE(info.config_counter(), 0u); // never configured
    QCOMPARE(info.clock().unix_time_ms(), kFixedUnixTimeMs);
    QCOMPARE(info.clock().time_zone(), "Europe/Berlin");
    QVERIFY(!info.clock().synchronized());
    QCOMPARE(info.usb().vendor_id(), 0x1209u);
    QCOMPARE(info.usb().product_id(), 0x7A30u);
    QCOMPARE(QString::fromStdString(info.ble().address()), bleStaticRandomAddress(u"EM-42"_s));
    QCOMPARE(info.ble().name(), "IoTPro-EM-42");
    QCOMPARE(info.max_payload_size(), 4096u);
    QCOMPARE(info.uptime_ms(), kFixedUptimeMs);
}

void tst_ModuleProtocol::liveSubscribeIsAcknowledgedWithItsRate_data()
{
    QTest::addColumn<quint32>("rateHz");

    for (const quint32 rate : { 0u, 1u, 7u, 20u })
        QTest::addRow("%u Hz", rate) << rate;
}

void tst_ModuleProtocol::liveSubscribeIsAcknowledgedWithItsRate()
{
    QFETCH(quint32, rateHz);

    Module module(makeModuleIdentity(u"SIM-1"_s, {}, {}));

    const v1::Envelope reply = module.reply(liveSubscribe(3, rateHz));
    QVERIFY(reply.has_live_subscribed());
    QCOMPARE(reply.live_subscribed().rate_hz(), rateHz);
}

void tst_ModuleProtocol::pongEchoesPayloadWithUptime_data()
{
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("round trip");
    QTest::newRow("zeros and high bytes") << QByteArray("\x00\xff\x00\x80", 4);
    QTest::newRow("256 bytes") << QByteArray(256, '\x5a');
}

void tst_ModuleProtocol::pongEchoesPayloadWithUptime()
{
    QFETCH(QByteArray, payload);

    Module module(makeModuleIdentity(u"SIM-1"_s, {}, {}));

    const v1::Envelope reply = module.reply(pingRequest(3, payload));
    QVERIFY(reply.has_pong());
    QCOMPARE(QByteArray::fromStdString(reply.pong().payload()), payload);
    QCOMPARE(reply.pong().uptime_ms(), kFixedUptimeMs);
}

void tst_ModuleProtocol::configCounterIsTheActiveConfigurations()
{
    Module module(makeModuleIdentity(u"SIM-1"_s, {}, {}));
    QCOMPARE(module.reply(helloRequest(1)).device_info().config_counter(), 0u);

    // The store keeps what it is given; checking signatures is the configuration handler's job.
    v1::SignedConfigPayload payload;
    payload.set_counter(4);
    const std::string bytes = payload.SerializeAsString();
    QVERIFY(module.configs.writeSlot(ConfigStore::kSlotA, { QByteArray::fromStdString(bytes), {}, {} }));
    QVERIFY(module.configs.activate(ConfigStore::kSlotA, kFixedUnixTimeMs));
    QCOMPARE(module.reply(helloRequest(2)).device_info().config_counter(), 4u);
}

void tst_ModuleProtocol::helloBeginsANewConversation()
{
    Module module(makeModuleIdentity(u"SIM-1"_s, {}, {}));
    module.link.staged = StagedConfig { "hash", 2, ConfigStore::kSlotB };
    const quint64 before = module.link.conversationId();

    module.reply(pingRequest(1, "a"));
    QCOMPARE(module.link.conversationId(), before);
    QVERIFY(module.link.staged);

    QVERIFY(module.reply(helloRequest(2)).has_device_info());
    QVERIFY(module.link.conversationId() != before);
    QVERIFY(!module.link.staged);
}

QTEST_GUILESS_MAIN(tst_ModuleProtocol)
#include "tst_moduleprotocol.moc"
