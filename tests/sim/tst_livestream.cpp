#include "LiveStream.h"

#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace std::chrono_literals;

namespace {

/// Marks each snapshot with how many were asked for, so that the tests can tell them apart.
class CountingSource : public LiveSource
{
public:
    v1::LiveSnapshot snapshotNow() override
    {
        v1::LiveSnapshot snapshot;
        snapshot.set_timestamp_us(++m_taken);
        return snapshot;
    }

private:
    qint64 m_taken = 0;
};

/// Collects what a stream emits.
class Receiver
{
public:
    explicit Receiver(LiveStream& stream)
    {
        QObject::connect(&stream, &LiveStream::snapshotDue, &stream,
            [this](const v1::Envelope& envelope) { envelopes.append(envelope); });
    }

    QList<quint64> sequences() const
    {
        QList<quint64> result;
        for (const v1::Envelope& envelope : envelopes)
            result.append(envelope.live_snapshot().sequence());
        return result;
    }

    QList<v1::Envelope> envelopes;
};

} // namespace

class tst_LiveStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersSnapshotsFromOne();
    void startAgainReplacesTheStream();
    void stopEndsTheStream();
    void silentPeerLetsTheLeaseRunOut();
    void framesFromThePeerRenewTheLease();

private:
    CountingSource m_source;
};

void tst_LiveStream::numbersSnapshotsFromOne()
{
    LiveStream stream(m_source);
    Receiver receiver(stream);
    QVERIFY(!stream.isActive());

    stream.start(77, 1, 20);
    QVERIFY(stream.isActive());
    QCOMPARE(stream.rateHz(), 20u);
    QTRY_VERIFY(receiver.envelopes.size() >= 3);

    QCOMPARE(receiver.sequences().first(3), (QList<quint64> { 1, 2, 3 }));
    for (const v1::Envelope& envelope : std::as_const(receiver.envelopes)) {
        QCOMPARE(envelope.request_id(), 77u);
        QCOMPARE(envelope.protocol_version(), 1u);
        QVERIFY(envelope.has_live_snapshot());
    }
    // Each snapshot is read from the source when it is due.
    QVERIFY(receiver.envelopes.at(1).live_snapshot().timestamp_us()
        > receiver.envelopes.at(0).live_snapshot().timestamp_us());
}

void tst_LiveStream::startAgainReplacesTheStream()
{
    LiveStream stream(m_source);
    Receiver receiver(stream);
    stream.start(1, 1, 20);
    QTRY_VERIFY(receiver.envelopes.size() >= 2);

    receiver.envelopes.clear();
    stream.start(2, 3, 10);
    QCOMPARE(stream.rateHz(), 10u);
    QTRY_VERIFY(receiver.envelopes.size() >= 2);
    QCOMPARE(receiver.sequences().first(2), (QList<quint64> { 1, 2 }));
    for (const v1::Envelope& envelope : std::as_const(receiver.envelopes)) {
        QCOMPARE(envelope.request_id(), 2u);
        QCOMPARE(envelope.protocol_version(), 3u);
    }
}

void tst_LiveStream::stopEndsTheStream()
{
    LiveStream stream(m_source);
    Receiver receiver(stream);
    stream.start(1, 1, 20);
    QTRY_VERIFY(!receiver.envelopes.isEmpty());

    stream.stop();
    QVERIFY(!stream.isActive());
    QCOMPARE(stream.rateHz(), 0u);
    const qsizetype received = receiver.envelopes.size();
    QTest::qWait(250); // five periods
    QCOMPARE(receiver.envelopes.size(), received);
}

void tst_LiveStream::silentPeerLetsTheLeaseRunOut()
{
    LiveStream stream(m_source, 200ms);
    QSignalSpy expired(&stream, &LiveStream::leaseExpired);
    stream.start(1, 1, 20);

    QTRY_COMPARE(expired.size(), 1);
    QVERIFY(!stream.isActive());
}

void tst_LiveStream::framesFromThePeerRenewTheLease()
{
    LiveStream stream(m_source, 500ms);
    QSignalSpy expired(&stream, &LiveStream::leaseExpired);
    Receiver receiver(stream);
    stream.start(1, 1, 20);

    // A peer that sends something every 100 ms for 1 s, twice the lease time.
    QTimer peer;
    peer.setInterval(100ms);
    QObject::connect(&peer, &QTimer::timeout, &stream, &LiveStream::renewLease);
    peer.start();
    QTest::qWait(1000);
    QCOMPARE(expired.size(), 0);
    QVERIFY(stream.isActive());

    peer.stop();
    QTRY_COMPARE(expired.size(), 1);
    QVERIFY(!stream.isActive());
    // Renewing an ended stream does not restart it.
    stream.renewLease();
    QVERIFY(!stream.isActive());
}

QTEST_GUILESS_MAIN(tst_LiveStream)
#include "tst_livestream.moc"
