#include "FakeTransport.h"
#include "protocol/FrameCodec.h"
#include "protocol/Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace std::chrono_literals;

namespace {

QByteArray frameOf(const v1::Envelope& envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return encodeFrame(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

/// Decodes every request the session wrote (skipping the opening delimiter).
QList<v1::Envelope> sentEnvelopes(const FakeTransport& transport)
{
    FrameDecoder decoder;
    QList<v1::Envelope> out;
    for (const QByteArray& chunk : transport.written) {
        for (const QByteArray& payload : decoder.feed(chunk)) {
            v1::Envelope envelope;
            envelope.ParseFromArray(payload.constData(), int(payload.size()));
            out.append(envelope);
        }
    }
    return out;
}

v1::Envelope pingRequest()
{
    v1::Envelope envelope;
    envelope.mutable_ping()->set_payload("abc");
    return envelope;
}

v1::Envelope pongFor(const v1::Envelope& request)
{
    v1::Envelope reply;
    reply.set_request_id(request.request_id());
    reply.set_protocol_version(request.protocol_version());
    reply.mutable_pong()->set_payload(request.ping().payload());
    return reply;
}

struct Outcome
{
    int calls = 0;
    std::optional<Result<v1::Envelope>> result;
};

Session::ReplyHandler recordInto(Outcome& outcome)
{
    return [&outcome](Result<v1::Envelope> result) {
        ++outcome.calls;
        outcome.result.emplace(std::move(result));
    };
}

} // namespace

class tst_Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_transport = std::make_unique<FakeTransport>();
        m_session = std::make_unique<Session>(*m_transport);
        m_transport->open();
    }
    void cleanup()
    {
        m_session.reset();
        m_transport.reset();
    }

    void opensWithADelimiter()
    {
        QCOMPARE(m_transport->written.value(0), QByteArray(1, '\0'));
    }

    void matchesReplyById()
    {
        Outcome first, second;
        m_session->request(pingRequest(), { 500ms, 0 }, this, recordInto(first));
        m_session->request(pingRequest(), { 500ms, 0 }, this, recordInto(second));
        const QList<v1::Envelope> sent = sentEnvelopes(*m_transport);
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent[0].request_id() != sent[1].request_id());
        QVERIFY(sent[0].request_id() != 0);
        QCOMPARE(sent[0].protocol_version(), 1u);

        // Replies out of order, the second one split across two reads.
        m_transport->inject(frameOf(pongFor(sent[1])).first(3));
        m_transport->inject(frameOf(pongFor(sent[1])).sliced(3) + frameOf(pongFor(sent[0])));
        QCOMPARE(first.calls, 1);
        QCOMPARE(second.calls, 1);
        QCOMPARE(first.result->value().request_id(), sent[0].request_id());
        QCOMPARE(second.result->value().request_id(), sent[1].request_id());
        QCOMPARE(m_session->pendingCount(), 0);
    }

    void remoteErrorBecomesTypedError()
    {
        Outcome outcome;
        m_session->request(pingRequest(), { 500ms, 0 }, this, recordInto(outcome));
        v1::Envelope reply;
        reply.set_request_id(sentEnvelopes(*m_transport).at(0).request_id());
        reply.mutable_error()->set_code(v1::ERROR_CODE_BUSY);
        reply.mutable_error()->set_message("writing flash");
        m_transport->inject(frameOf(reply));
        QCOMPARE(outcome.calls, 1);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, ErrorKind::RemoteError);
        QCOMPARE(outcome.result->error().remoteCode, int(v1::ERROR_CODE_BUSY));
        QVERIFY(outcome.result->error().detail.contains(u"writing flash"));
    }

    void timesOutWithoutRetries()
    {
        Outcome outcome;
        m_session->request(pingRequest(), { 50ms, 0 }, this, recordInto(outcome));
        QTRY_COMPARE(outcome.calls, 1);
        QCOMPARE(outcome.result->error().kind, ErrorKind::Timeout);
        QCOMPARE(sentEnvelopes(*m_transport).size(), 1);
    }

    void retriesWithTheSameIdAndAcceptsALateReply()
    {
        Outcome outcome;
        m_session->request(pingRequest(), { 60ms, 2 }, this, recordInto(outcome));
        QTRY_COMPARE(sentEnvelopes(*m_transport).size(), 2);
        const QList<v1::Envelope> sent = sentEnvelopes(*m_transport);
        QCOMPARE(sent[0].request_id(), sent[1].request_id());
        m_transport->inject(frameOf(pongFor(sent[0])));
        QCOMPARE(outcome.calls, 1);
        QVERIFY(outcome.result->ok());
    }

    void givesUpAfterAllRetries()
    {
        Outcome outcome;
        m_session->request(pingRequest(), { 40ms, 2 }, this, recordInto(outcome));
        QTRY_COMPARE(outcome.calls, 1);
        QCOMPARE(outcome.result->error().kind, ErrorKind::Timeout);
        QCOMPARE(sentEnvelopes(*m_transport).size(), 3);
    }

    void linkLostFailsEveryPendingRequest()
    {
        Outcome a, b;
        m_session->request(pingRequest(), { 5000ms, 3 }, this, recordInto(a));
        m_session->request(pingRequest(), { 5000ms, 3 }, this, recordInto(b));
        m_transport->breakLink(Errors::make(ErrorKind::LinkLost, u"cable pulled"_qs));
        QCOMPARE(a.calls, 1);
        QCOMPARE(b.calls, 1);
        QCOMPARE(a.result->error().kind, ErrorKind::LinkLost);
        QCOMPARE(a.result->error().detail, u"cable pulled"_qs);
        QCOMPARE(m_session->pendingCount(), 0);
    }

    void requestWhileClosedFailsAsynchronously()
    {
        m_transport->close();
        Outcome outcome;
        m_session->request(pingRequest(), { 500ms, 0 }, this, recordInto(outcome));
        QCOMPARE(outcome.calls, 0); // never re-entrantly from request()
        QTRY_COMPARE(outcome.calls, 1);
        QCOMPARE(outcome.result->error().kind, ErrorKind::NotConnected);
    }

    void ignoresUnmatchedRepliesAndGarbage()
    {
        Outcome outcome;
        m_session->request(pingRequest(), { 500ms, 0 }, this, recordInto(outcome));
        const v1::Envelope request = sentEnvelopes(*m_transport).at(0);
        v1::Envelope stray = pongFor(request);
        stray.set_request_id(request.request_id() + 100);
        m_transport->inject(QByteArray("\x13\x37garbage", 9) + QByteArray(1, '\0') + frameOf(stray)
            + encodeFrame(QByteArray("not protobuf \xff\xff", 15)) + frameOf(pongFor(request)));
        QCOMPARE(outcome.calls, 1);
        QVERIFY(outcome.result->ok());
        QCOMPARE(m_session->unmatchedReplies(), 1u);
        QCOMPARE(m_session->frameStats().malformedFrames + m_session->frameStats().crcErrors, 1u);
    }

    void dropsHandlerWhenContextIsGone()
    {
        Outcome outcome;
        auto context = std::make_unique<QObject>();
        m_session->request(pingRequest(), { 500ms, 0 }, context.get(), recordInto(outcome));
        const v1::Envelope request = sentEnvelopes(*m_transport).at(0);
        context.reset();
        m_transport->inject(frameOf(pongFor(request)));
        QCOMPARE(outcome.calls, 0);
        QCOMPARE(m_session->pendingCount(), 0);
    }

    void helloKeepsItsOwnVersion()
    {
        m_session->setProtocolVersion(1);
        v1::Envelope hello;
        hello.set_protocol_version(7);
        hello.mutable_hello()->set_max_protocol_version(7);
        Outcome outcome;
        m_session->request(hello, { 500ms, 0 }, this, recordInto(outcome));
        QCOMPARE(sentEnvelopes(*m_transport).at(0).protocol_version(), 7u);
    }

    void streamDeliversMessagesWithItsIdUntilClosed()
    {
        Outcome opened;
        QList<quint64> received;
        const quint32 id = m_session->openStream(pingRequest(), { 500ms, 0 }, this, recordInto(opened),
            [&received](const v1::Envelope& message) { received.append(message.live_snapshot().sequence()); });
        const v1::Envelope request = sentEnvelopes(*m_transport).at(0);
        QCOMPARE(request.request_id(), id);
        const auto snapshot = [id](quint64 sequence) {
            v1::Envelope message;
            message.set_request_id(id);
            message.mutable_live_snapshot()->set_sequence(sequence);
            return frameOf(message);
        };
        m_transport->inject(frameOf(pongFor(request)) + snapshot(1) + snapshot(2));
        QCOMPARE(opened.calls, 1);
        QCOMPARE(received, (QList<quint64> { 1, 2 }));
        m_session->closeStream(id);
        m_transport->inject(snapshot(3));
        QCOMPARE(received.size(), 2);
        QCOMPARE(m_session->unmatchedReplies(), 1u);
    }

    void staleSnapshotNeverAnswersARequest()
    {
        Outcome outcome;
        m_session->request(pingRequest(), { 500ms, 0 }, this, recordInto(outcome));
        const v1::Envelope request = sentEnvelopes(*m_transport).at(0);
        v1::Envelope stale;
        stale.set_request_id(request.request_id()); // an earlier tool's subscription id
        stale.mutable_live_snapshot()->set_sequence(99);
        m_transport->inject(frameOf(stale));
        QCOMPARE(outcome.calls, 0);
        m_transport->inject(frameOf(pongFor(request)));
        QCOMPARE(outcome.calls, 1);
        QVERIFY(outcome.result->ok());
    }

    void streamWhoseOpeningFailedNeverDelivers()
    {
        Outcome opened;
        int received = 0;
        m_session->openStream(pingRequest(), { 500ms, 0 }, this, recordInto(opened),
            [&received](const v1::Envelope&) { ++received; });
        v1::Envelope refusal;
        refusal.set_request_id(sentEnvelopes(*m_transport).at(0).request_id());
        refusal.mutable_error()->set_code(v1::ERROR_CODE_UNKNOWN_REQUEST);
        v1::Envelope late = refusal;
        late.mutable_live_snapshot()->set_sequence(1);
        m_transport->inject(frameOf(refusal) + frameOf(late));
        QVERIFY(!opened.result->ok());
        QCOMPARE(received, 0);
    }

private:
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
