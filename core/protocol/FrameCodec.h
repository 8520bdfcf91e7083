#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>

namespace iotpro {

/// Framing limits of protocol v1 (docs/protocol.md, "Framing").
namespace framing {
/// Largest Envelope, in bytes, either side may send.
inline constexpr qsizetype kMaxPayloadSize = 4096;
/// CRC-32C trailer, little-endian.
inline constexpr qsizetype kCrcSize = 4;
/// Largest COBS-encoded frame body (payload + CRC), without the 0x00 delimiter.
inline constexpr qsizetype kMaxEncodedSize = (kMaxPayloadSize + kCrcSize) + (kMaxPayloadSize + kCrcSize) / 254 + 1;
inline constexpr char kDelimiter = '\0';
} // namespace framing

/// Turns one payload into the bytes that go on the wire: COBS(payload || CRC-32C LE) 0x00.
/// Returns an empty array for an empty or oversized payload (a caller bug, never sent).
QByteArray encodeFrame(QByteArrayView payload);

/// What the decoder threw away, so links can report their health.
struct FrameStats
{
    std::uint64_t framesDecoded = 0;
    std::uint64_t crcErrors = 0;      ///< intact delimiting, checksum wrong
    std::uint64_t malformedFrames = 0; ///< not valid COBS, or shorter than payload + CRC
    std::uint64_t oversizedFrames = 0; ///< longer than the maximum before a delimiter came
    std::uint64_t bytesDiscarded = 0;  ///< every byte of every rejected frame

    std::uint64_t rejectedFrames() const { return crcErrors + malformedFrames + oversizedFrames; }
    friend bool operator==(const FrameStats&, const FrameStats&) = default;
};

/// Bytes in, payloads out. Resynchronises on the next 0x00 after any garbage; memory is
/// bounded by kMaxEncodedSize whatever the input.
class FrameDecoder
{
public:
    /// Feeds bytes in any chunking; returns the payloads of every frame completed by them.
    QList<QByteArray> feed(QByteArrayView bytes);

    /// Drops a partial frame, e.g. when a link reopens.
    void reset();

    const FrameStats& stats() const { return m_stats; }

private:
    void finishFrame(QList<QByteArray>& out);

    QByteArray m_buffer;
    bool m_overflowing = false; ///< discarding an oversized frame until the next delimiter
    FrameStats m_stats;
};

} // namespace iotpro
