// Frame codec throughput and on-wire overhead (docs/performance.md). Prints figures; fails
// only if a frame does not survive the round trip, never because of time.
#include "protocol/FrameCodec.h"
#include "iotpro.pb.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

using namespace iotpro;

namespace {

/// Each measurement runs about this long, so that timer resolution and caches do not matter.
constexpr qint64 kMeasureNanoseconds = 500'000'000;
constexpr double kBytesPerMegabyte = 1e6;

/// Random bytes: the codec's cost depends on where zeros fall, and random data has them at
/// the rate (1 in 256) between text-like envelopes (almost none) and binary samples (many).
QByteArray randomPayload(qsizetype size, QRandomGenerator& random)
{
    QByteArray payload(size, Qt::Uninitialized);
    for (char& byte : payload)
        byte = static_cast<char>(random.bounded(256));
    return payload;
}

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return static_cast<double>(bytes) / kBytesPerMegabyte / (static_cast<double>(nanoseconds) * 1e-9);
}

/// Encodes the payload into a stream of frames for about kMeasureNanoseconds, then decodes that
/// stream in one feed. Returns false if a decoded payload differs.
bool measureThroughput(qsizetype payloadSize)
{
    QRandomGenerator random(20240611u);
    const QByteArray payload = randomPayload(payloadSize, random);

    QByteArray stream;
    qint64 frames = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.nsecsElapsed() < kMeasureNanoseconds) {
        for (int i = 0; i < 64; ++i)
            stream += encodeFrame(payload);
        frames += 64;
    }
    const qint64 encodeNanoseconds = clock.nsecsElapsed();

    FrameDecoder decoder;
    clock.restart();
    const QList<QByteArray> decoded = decoder.feed(stream);
    const qint64 decodeNanoseconds = clock.nsecsElapsed();

    if (decoded.size() != frames || decoder.stats().rejectedFrames() != 0)
        return false;
    for (const QByteArray& each : decoded) {
        if (each != payload)
            return false;
    }
    const qint64 payloadBytes = frames * payloadSize;
    std::printf("payload %5lld B: encode %7.1f MB/s, decode %7.1f MB/s, encode+decode %7.1f MB/s  (%lld frames)\n",
        static_cast<long long>(payloadSize), megabytesPerSecond(payloadBytes, encodeNanoseconds),
        megabytesPerSecond(payloadBytes, decodeNanoseconds),
        megabytesPerSecond(payloadBytes, encodeNanoseconds + decodeNanoseconds), static_cast<long long>(frames));
    return true;
}

/// A Ping envelope whose serialized size is exactly `size` bytes.
QByteArray envelopeOfSize(qsizetype size)
{
    v1::Envelope envelope;
    envelope.set_protocol_version(1);
    envelope.set_request_id(1);
    std::string padding;
    while (static_cast<qsizetype>(envelope.ByteSizeLong()) < size) {
        padding.push_back('x');
        envelope.mutable_ping()->set_payload(padding);
    }
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

void printOverhead(const char* what, const QByteArray& payload)
{
    const qsizetype frameSize = encodeFrame(payload).size();
    std::printf("on-wire overhead, %s of %lld B: %lld B per frame (frame %lld B)\n", what,
        static_cast<long long>(payload.size()), static_cast<long long>(frameSize - payload.size()),
        static_cast<long long>(frameSize));
}

} // namespace

int main()
{
    std::printf("frame codec: COBS + CRC-32C + 0x00, one thread\n");
    for (const qsizetype size : { qsizetype(200), qsizetype(4096) }) {
        if (!measureThroughput(size)) {
            std::fprintf(stderr, "frames of %lld B did not survive encode + decode\n", static_cast<long long>(size));
            return EXIT_FAILURE;
        }
    }
    const QByteArray message = envelopeOfSize(200);
    if (message.size() != 200) {
        std::fprintf(stderr, "could not build a 200-byte envelope\n");
        return EXIT_FAILURE;
    }
    printOverhead("Envelope", message);
    QRandomGenerator random(1u);
    printOverhead("random payload", randomPayload(framing::kMaxPayloadSize, random));
    printOverhead("zero-free payload (worst case)", QByteArray(framing::kMaxPayloadSize, 'x'));
    return EXIT_SUCCESS;
}
