#include "MeterRegisterStore.h"
#include "ModuleMetering.h"
#include "ModuleProtocol.h"
#include "ProtocolConnection.h"
#include "SessionRequests.h"
#include "SimTestSupport.h"
#include "configuration/ConfigStore.h"
#include "electrical/ScenarioLibrary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

using ByteChunks = QList<QByteArray>;
using RequestIds = QList<quint32>;

namespace {

QByteArray corruptedCrc(QByteArray frame)
{
    frame[1] = static_cast<char>(frame.at(1) ^ 0x01); // a payload byte: COBS stays valid
    return frame;
}

ByteChunks bytewise(const QByteArray& bytes)
{
    ByteChunks chunks;
    for (const char byte : bytes)
        chunks.append(QByteArray(1, byte));
    return chunks;
}

v1::Envelope liveSubscribe(quint32 requestId, quint32 rateHz)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(1);
    envelope.mutable_live_subscribe()->set_rate_hz(rateHz);
    return envelope;
}

/// Everything `connection` sent, decoded, in order.
QList<v1::Envelope> sentEnvelopes(const QSignalSpy& frames)
{
    FrameDecoder decoder;
    QList<v1::Envelope> envelopes;
    for (const QList<QVariant>& arguments : frames)
        envelopes.append(decodeEnvelopes(decoder, arguments.at(0).toByteArray()));
    return envelopes;
}

QList<quint64> snapshotSequences(const QList<v1::Envelope>& envelopes)
{
    QList<quint64> sequences;
    for (const v1::Envelope& envelope : envelopes) {
        if (envelope.has_live_snapshot())
            sequences.append(envelope.live_snapshot().sequence());
    }
    return sequences;
}

} // namespace

class tst_ProtocolConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersEveryCompleteRequest_data();
    void answersEveryCompleteRequest();
    void sendFramesUnsolicitedMessages();
    void dropsWholeFramesWhenThePeerDoesNotRead();
    void subscribedComesBeforeTheStream();
    void streamCarriesTheSubscribesIdAndVersion();
    void newSubscribeRestartsTheSequence();
    void rateZeroStopsTheStream();
    void refusedRateLeavesTheStreamAsItWas();
    void slowLinkSkipsSnapshotsButUsesTheirNumbers();
    void deferredRepliesGoOutOnTheLink();
    void deferredRepliesOfAnEndedConversationAreDropped();

private:
    /// No backlog: the peer takes everything at once.
    static qsizetype noBacklog() { return 0; }
    static ModuleProtocol protocolWith(SessionRequests& session, ProtocolRange versions)
    {
        ModuleProtocol protocol(versions);
        protocol.addHandler(session);
        return protocol;
    }

    QTemporaryDir m_stateDir;
    const ModuleIdentity m_identity = makeModuleIdentity(u"SIM-1"_s, {}, {});
    const ModuleClock m_clock { u"UTC"_s };
    ConfigStore m_configs { m_stateDir.path() };
    SessionRequests m_session { m_identity, m_clock, m_configs };
    ModuleProtocol m_protocol = protocolWith(m_session, m_identity.protocolVersions);
    MeterRegisterStore m_registerStore { m_stateDir.path() };
    ModuleMetering m_metering { std::get<Scenario>(ScenarioLibrary::builtIn().scenario(u"3p4w-correct"_s)),
        {}, m_registerStore, m_clock };
    const ModuleServices m_services { m_protocol, m_metering };
};

void tst_ProtocolConnection::answersEveryCompleteRequest_data()
{
    QTest::addColumn<ByteChunks>("chunks");
    QTest::addColumn<RequestIds>("replyIds");
    QTest::addColumn<quint64>("rejectedFrames");

    const QByteArray hello = frameOf(helloRequest(1));
    const QByteArray ping2 = frameOf(pingRequest(2, "two"));
    const QByteArray ping3 = frameOf(pingRequest(3, "three"));
    const QByteArray delimiter(1, '\0');

    QTest::newRow("one frame") << ByteChunks { hello } << RequestIds { 1 } << quint64(0);
    QTest::newRow("split byte by byte") << bytewise(hello) << RequestIds { 1 } << quint64(0);
    QTest::newRow("split across two")
        << ByteChunks { hello.first(5), hello.sliced(5) } << RequestIds { 1 } << quint64(0);
    QTest::newRow("merged") << ByteChunks { hello + ping2 + ping3 } << RequestIds { 1, 2, 3 } << quint64(0);
    QTest::newRow("merged and split") << ByteChunks { hello + ping2.first(3), ping2.sliced(3) + ping3 }
                                      << RequestIds { 1, 2, 3 } << quint64(0);
    QTest::newRow("idle delimiters") << ByteChunks { delimiter + delimiter + ping2 + delimiter }
                                     << RequestIds { 2 } << quint64(0);
    QTest::newRow("garbage first") << ByteChunks { "\x13\x37garbage" + delimiter + ping2 } << RequestIds { 2 }
                                   << quint64(1);
    QTest::newRow("bad CRC dropped") << ByteChunks { corruptedCrc(ping2) + ping3 } << RequestIds { 3 }
                                     << quint64(1);
    QTest::newRow("frame cut by a delimiter")
        << ByteChunks { ping2.first(4) + delimiter + ping3 } << RequestIds { 3 } << quint64(1);
    QTest::newRow("oversized garbage")
        << ByteChunks { QByteArray(10'000, '\x01') + delimiter + ping3 } << RequestIds { 3 } << quint64(1);
    // A payload that is no Envelope, in an intact frame: answered, on request id 0.
    QTest::newRow("intact frame, no Envelope")
        << ByteChunks { encodeFrame("\xff\xff\xff") + ping2 } << RequestIds { 0, 2 } << quint64(0);
    QTest::newRow("partial frame only")
        << ByteChunks { hello.first(hello.size() - 1) } << RequestIds {} << quint64(0);
}

void tst_ProtocolConnection::answersEveryCompleteRequest()
{
    QFETCH(ByteChunks, chunks);
    QFETCH(RequestIds, replyIds);
    QFETCH(quint64, rejectedFrames);

    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);
    for (const QByteArray& chunk : chunks)
        connection.receive(chunk);

    FrameDecoder decoder;
    RequestIds actualIds;
    for (const QList<QVariant>& arguments : std::as_const(frames)) {
        const QList<v1::Envelope> replies = decodeEnvelopes(decoder, arguments.at(0).toByteArray());
        QCOMPARE(replies.size(), 1); // one frame per signal
        actualIds.append(replies.first().request_id());
    }
    QCOMPARE(actualIds, replyIds);
    QCOMPARE(connection.frameStats().rejectedFrames(), rejectedFrames);
}

void tst_ProtocolConnection::sendFramesUnsolicitedMessages()
{
    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    v1::Envelope message;
    message.set_protocol_version(1);
    message.mutable_pong()->set_payload("pushed");
    connection.send(message);

    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.first().at(0).toByteArray(), frameOf(message));
}

void tst_ProtocolConnection::dropsWholeFramesWhenThePeerDoesNotRead()
{
    qsizetype backlog = ProtocolConnection::kMaxOutputBacklog - 10;
    ProtocolConnection connection(m_services, u"test peer"_s, [&backlog] { return backlog; });
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    connection.receive(frameOf(pingRequest(1, "no room")));
    QCOMPARE(frames.size(), 0);
    QCOMPARE(connection.droppedFrames(), 1u);

    backlog = 0;
    connection.receive(frameOf(pingRequest(2, "room again")));
    QCOMPARE(sentEnvelopes(frames).size(), 1);
    QCOMPARE(sentEnvelopes(frames).first().request_id(), 2u);
}

void tst_ProtocolConnection::subscribedComesBeforeTheStream()
{
    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    connection.receive(frameOf(liveSubscribe(7, 20)));
    QCOMPARE(frames.size(), 1);
    QVERIFY(connection.liveStream().isActive());
    QTRY_VERIFY(frames.size() >= 3);

    const QList<v1::Envelope> sent = sentEnvelopes(frames);
    QVERIFY(sent.first().has_live_subscribed());
    QCOMPARE(sent.first().live_subscribed().rate_hz(), 20u);
    QCOMPARE(snapshotSequences(sent.sliced(1)).first(), 1u);
}

void tst_ProtocolConnection::streamCarriesTheSubscribesIdAndVersion()
{
    const ModuleIdentity identity = makeModuleIdentity(u"SIM-1"_s, {}, { 1, 2 });
    SessionRequests session(identity, m_clock, m_configs);
    ModuleProtocol protocol = protocolWith(session, identity.protocolVersions);
    ProtocolConnection connection({ protocol, m_metering }, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    v1::Envelope subscribe = liveSubscribe(4242, 20);
    subscribe.set_protocol_version(2);
    connection.receive(frameOf(subscribe));
    QTRY_VERIFY(frames.size() >= 3);

    for (const v1::Envelope& envelope : sentEnvelopes(frames)) {
        QCOMPARE(envelope.request_id(), 4242u);
        QCOMPARE(envelope.protocol_version(), 2u);
    }
    const v1::Envelope snapshot = sentEnvelopes(frames).at(1);
    QVERIFY(snapshot.has_live_snapshot());
    QCOMPARE(snapshot.live_snapshot().elements_size(), 3);
    QCOMPARE(snapshot.live_snapshot().setup().wiring(), v1::WIRING_3P4W);
}

void tst_ProtocolConnection::newSubscribeRestartsTheSequence()
{
    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    connection.receive(frameOf(liveSubscribe(1, 20)));
    QTRY_VERIFY(snapshotSequences(sentEnvelopes(frames)).size() >= 3);
    frames.clear();
    connection.receive(frameOf(liveSubscribe(2, 20)));
    QTRY_VERIFY(snapshotSequences(sentEnvelopes(frames)).size() >= 2);

    const QList<v1::Envelope> sent = sentEnvelopes(frames);
    QVERIFY(sent.first().has_live_subscribed());
    QCOMPARE(snapshotSequences(sent).first(), 1u);
    for (const v1::Envelope& envelope : sent)
        QCOMPARE(envelope.request_id(), 2u); // nothing more of the replaced stream
}

void tst_ProtocolConnection::rateZeroStopsTheStream()
{
    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    connection.receive(frameOf(liveSubscribe(1, 20)));
    QTRY_VERIFY(frames.size() >= 2);
    connection.receive(frameOf(liveSubscribe(2, 0)));

    QVERIFY(!connection.liveStream().isActive());
    const v1::Envelope stopped = sentEnvelopes(frames).last();
    QCOMPARE(stopped.request_id(), 2u);
    QVERIFY(stopped.has_live_subscribed());
    QCOMPARE(stopped.live_subscribed().rate_hz(), 0u);
}

void tst_ProtocolConnection::refusedRateLeavesTheStreamAsItWas()
{
    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    connection.receive(frameOf(liveSubscribe(1, 5)));
    connection.receive(frameOf(liveSubscribe(2, 21)));

    const v1::Envelope refusal = sentEnvelopes(frames).last();
    QCOMPARE(refusal.request_id(), 2u);
    QCOMPARE(refusal.error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
    QVERIFY(connection.liveStream().isActive());
    QCOMPARE(connection.liveStream().rateHz(), 5u);
}

void tst_ProtocolConnection::slowLinkSkipsSnapshotsButUsesTheirNumbers()
{
    qsizetype backlog = 0;
    ProtocolConnection connection(m_services, u"test peer"_s, [&backlog] { return backlog; });
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);

    connection.receive(frameOf(liveSubscribe(1, 20)));
    QTRY_VERIFY(!snapshotSequences(sentEnvelopes(frames)).isEmpty());
    // The peer stops reading: snapshots are skipped while requests are still answered.
    backlog = ProtocolConnection::kMaxLiveBacklog;
    QTRY_VERIFY(connection.skippedSnapshots() >= 2);
    connection.receive(frameOf(pingRequest(9, "still there?")));
    QCOMPARE(sentEnvelopes(frames).last().request_id(), 9u);
    const qsizetype deliveredBefore = snapshotSequences(sentEnvelopes(frames)).size();
    backlog = 0;
    QTRY_VERIFY(snapshotSequences(sentEnvelopes(frames)).size() > deliveredBefore);

    // Every number was used once: by a snapshot sent or by one skipped.
    const QList<quint64> sequences = snapshotSequences(sentEnvelopes(frames));
    QCOMPARE(sequences.last(), quint64(sequences.size()) + connection.skippedSnapshots());
    QVERIFY(std::is_sorted(sequences.cbegin(), sequences.cend()));
    QCOMPARE(
        sequences.at(deliveredBefore) - sequences.at(deliveredBefore - 1), connection.skippedSnapshots() + 1);
}

void tst_ProtocolConnection::deferredRepliesGoOutOnTheLink()
{
    ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
    QSignalSpy frames(&connection, &ProtocolConnection::frameReady);
    v1::Envelope request = pingRequest(77, "later", 1);
    const ReplyChannel channel = connection.linkState().replyChannelFor(request);

    v1::Envelope reply = channel.envelope();
    reply.mutable_pong()->set_payload("later");
    QVERIFY(channel.isOpen());
    channel.send(reply);

    const QList<v1::Envelope> sent = sentEnvelopes(frames);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().request_id(), 77u);
    QCOMPARE(sent.first().protocol_version(), 1u);
    QCOMPARE(sent.first().pong().payload(), "later");
}

void tst_ProtocolConnection::deferredRepliesOfAnEndedConversationAreDropped()
{
    std::optional<ReplyChannel> channel;
    {
        ProtocolConnection connection(m_services, u"test peer"_s, noBacklog);
        QSignalSpy frames(&connection, &ProtocolConnection::frameReady);
        channel = connection.linkState().replyChannelFor(pingRequest(5, "x"));
        // A new tool on the link: it reuses request ids, so the old reply must not reach it.
        connection.receive(frameOf(helloRequest(1)));
        QVERIFY(!channel->isOpen());
        channel->sendError({ v1::ERROR_CODE_INTERNAL, u"too late"_s });
        QCOMPARE(sentEnvelopes(frames).size(), 1); // the DeviceInfo only

        channel = connection.linkState().replyChannelFor(pingRequest(6, "y"));
        QVERIFY(channel->isOpen());
    }
    // The link is gone: sending does nothing.
    QVERIFY(!channel->isOpen());
    channel->sendError({ v1::ERROR_CODE_INTERNAL, u"too late"_s });
}

QTEST_GUILESS_MAIN(tst_ProtocolConnection)
#include "tst_protocolconnection.moc"
