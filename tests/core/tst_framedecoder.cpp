#include "protocol/Crc32c.h"
#include "protocol/FrameCodec.h"

#include <QRandomGenerator>
#include <QTest>

using iotpro::FrameDecoder;
using iotpro::encodeFrame;
namespace framing = iotpro::framing;

namespace {

QByteArray payloadOf(int size, char seed)
{
    QByteArray payload(size, '\0');
    for (int i = 0; i < size; ++i)
        payload[i] = static_cast<char>((i * 7 + seed) % 256); // zeros included on purpose
    return payload;
}

} // namespace

class tst_FrameDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsSizes_data()
    {
        QTest::addColumn<int>("size");
        for (int size : { 1, 2, 200, 253, 254, 255, 508, 1000, 4095, 4096 })
            QTest::addRow("%d bytes", size) << size;
    }
    void roundTripsSizes()
    {
        QFETCH(int, size);
        const QByteArray payload = payloadOf(size, 3);
        const QByteArray frame = encodeFrame(payload);
        QCOMPARE(frame.back(), framing::kDelimiter);
        QCOMPARE(frame.count('\0'), 1);
        FrameDecoder decoder;
        QCOMPARE(decoder.feed(frame), QList<QByteArray> { payload });
        QCOMPARE(decoder.stats().framesDecoded, 1u);
        QCOMPARE(decoder.stats().rejectedFrames(), 0u);
    }

    void refusesToEncodeEmptyOrOversized()
    {
        QVERIFY(encodeFrame(QByteArray()).isEmpty());
        QVERIFY(encodeFrame(QByteArray(framing::kMaxPayloadSize + 1, 'x')).isEmpty());
    }

    void splitFramesAtEveryByte()
    {
        const QByteArray payload = payloadOf(300, 9);
        const QByteArray frame = encodeFrame(payload);
        for (qsizetype cut = 1; cut < frame.size(); ++cut) {
            FrameDecoder decoder;
            QVERIFY(decoder.feed(frame.first(cut)).isEmpty());
            QCOMPARE(decoder.feed(frame.sliced(cut)), QList<QByteArray> { payload });
        }
    }

    void byteByByte()
    {
        const QByteArray payload = payloadOf(700, 1);
        FrameDecoder decoder;
        QList<QByteArray> out;
        for (const char c : encodeFrame(payload))
            out += decoder.feed(QByteArrayView(&c, 1));
        QCOMPARE(out, QList<QByteArray> { payload });
    }

    void mergedFrames()
    {
        QList<QByteArray> payloads;
        QByteArray stream;
        for (int i = 0; i < 50; ++i) {
            payloads.append(payloadOf(1 + i * 13, char(i)));
            stream += encodeFrame(payloads.last());
            if (i % 5 == 0)
                stream += QByteArray(3, '\0'); // idle fill is not an error
        }
        FrameDecoder decoder;
        QCOMPARE(decoder.feed(stream), payloads);
        QCOMPARE(decoder.stats().rejectedFrames(), 0u);
    }

    void rejectsAndResynchronises_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<int>("crcErrors");
        QTest::addColumn<int>("malformed");
        QTest::addColumn<int>("oversized");

        QByteArray flipped = encodeFrame(payloadOf(40, 5));
        flipped[10] = static_cast<char>(flipped[10] ^ 0x01);
        if (flipped[10] == '\0')
            flipped[10] = 0x7F;
        QTest::newRow("bit flip") << flipped << 1 << 0 << 0;
        // The last three bytes lost: the final COBS block now points past the frame's end.
        const QByteArray whole = encodeFrame(payloadOf(40, 5));
        QTest::newRow("truncated") << QByteArray(whole.first(whole.size() - 4) + '\0') << 0 << 1 << 0;
        QTest::newRow("too short for a CRC") << QByteArray::fromHex("04112233" "00") << 0 << 1 << 0;
        QTest::newRow("bad cobs") << QByteArray::fromHex("09112233" "00") << 0 << 1 << 0;
        QTest::newRow("oversized")
            << QByteArray(QByteArray(framing::kMaxEncodedSize + 10, '\x55') + '\0') << 0 << 0 << 1;
        QTest::newRow("oversized in pieces")
            << QByteArray(QByteArray(framing::kMaxEncodedSize * 3, '\x66') + '\0') << 0 << 0 << 1;
    }
    void rejectsAndResynchronises()
    {
        QFETCH(QByteArray, bad);
        QFETCH(int, crcErrors);
        QFETCH(int, malformed);
        QFETCH(int, oversized);
        const QByteArray good = payloadOf(120, 7);
        FrameDecoder decoder;
        QList<QByteArray> out;
        for (qsizetype i = 0; i < bad.size(); i += 1000) // arrives in chunks, like a real link
            out += decoder.feed(bad.sliced(i, std::min<qsizetype>(1000, bad.size() - i)));
        out += decoder.feed(encodeFrame(good));
        QCOMPARE(out, QList<QByteArray> { good });
        QCOMPARE(int(decoder.stats().crcErrors), crcErrors);
        QCOMPARE(int(decoder.stats().malformedFrames), malformed);
        QCOMPARE(int(decoder.stats().oversizedFrames), oversized);
        QCOMPARE(decoder.stats().bytesDiscarded, quint64(bad.size()));
    }

    void largestPayloadFitsTheLimit()
    {
        // A 4096-byte payload without zeros is the worst case for COBS overhead.
        const QByteArray frame = encodeFrame(QByteArray(framing::kMaxPayloadSize, '\x42'));
        QVERIFY(frame.size() - 1 <= framing::kMaxEncodedSize);
    }

    /// A megabyte of noise never crashes the decoder, never yields a frame with a bad CRC,
    /// and a valid frame after the noise's last delimiter is always found.
    void fuzzRandomNoise()
    {
        QRandomGenerator rng(0x10790);
        for (int round = 0; round < 4; ++round) {
            QByteArray noise(1 << 18, '\0');
            for (char& c : noise)
                c = static_cast<char>(rng.bounded(0, 256));
            FrameDecoder decoder;
            for (qsizetype i = 0; i < noise.size();) {
                const qsizetype chunk = std::min<qsizetype>(rng.bounded(1, 600), noise.size() - i);
                const QList<QByteArray> frames = decoder.feed(noise.sliced(i, chunk));
                // Random data passing a 32-bit CRC is possible but astronomically unlikely;
                // any frame that did pass must at least be self-consistent.
                for (const QByteArray& frame : frames)
                    QVERIFY(!frame.isEmpty() && frame.size() <= framing::kMaxPayloadSize);
                i += chunk;
            }
            const QByteArray good = payloadOf(64, char(round));
            const QList<QByteArray> after = decoder.feed(QByteArray(QByteArray(1, '\0') + encodeFrame(good)));
            QCOMPARE(after.size(), 1);
            QCOMPARE(after.first(), good);
            QVERIFY(decoder.stats().rejectedFrames() > 0);
        }
    }

    /// Valid frames interleaved with noise that ends in a delimiter: every valid frame survives.
    void fuzzFramesBetweenNoise()
    {
        QRandomGenerator rng(77);
        QByteArray stream;
        QList<QByteArray> expected;
        while (stream.size() < (1 << 20)) {
            QByteArray noise(rng.bounded(0, 300), '\0');
            for (char& c : noise)
                c = static_cast<char>(rng.bounded(1, 256));
            stream += noise + QByteArray(1, '\0');
            expected.append(payloadOf(rng.bounded(1, 2000), char(expected.size())));
            stream += encodeFrame(expected.last());
        }
        FrameDecoder decoder;
        QList<QByteArray> out;
        for (qsizetype i = 0; i < stream.size();) {
            const qsizetype chunk = std::min<qsizetype>(rng.bounded(1, 4096), stream.size() - i);
            out += decoder.feed(stream.sliced(i, chunk));
            i += chunk;
        }
        QCOMPARE(out.size(), expected.size());
        QCOMPARE(out, expected);
    }
};

QTEST_GUILESS_MAIN(tst_FrameDecoder)
#include "tst_framedecoder.moc"
