#include "FrameCodec.h"

#include "Cobs.h"
#include "Crc32c.h"

#include <QtEndian>

namespace iotpro {

QByteArray encodeFrame(QByteArrayView payload)
{
    if (payload.isEmpty() || payload.size() > framing::kMaxPayloadSize)
        return {};
    QByteArray body;
    body.reserve(payload.size() + framing::kCrcSize);
    body.append(payload);
    char crc[framing::kCrcSize];
    qToLittleEndian(crc32c(payload), crc);
    body.append(crc, framing::kCrcSize);
    QByteArray frame = cobs::encode(body);
    frame.append(framing::kDelimiter);
    return frame;
}

QList<QByteArray> FrameDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf(framing::kDelimiter, start);
        const QByteArrayView chunk = bytes.sliced(start, (end < 0 ? bytes.size() : end) - start);
        if (m_overflowing) {
            m_stats.bytesDiscarded += static_cast<std::uint64_t>(chunk.size());
        } else if (m_buffer.size() + chunk.size() > framing::kMaxEncodedSize) {
            m_stats.bytesDiscarded += static_cast<std::uint64_t>(m_buffer.size() + chunk.size());
            ++m_stats.oversizedFrames;
            m_buffer.clear();
            m_overflowing = true;
        } else {
            m_buffer.append(chunk);
        }
        if (end < 0)
            break;
        finishFrame(out);
        start = end + 1;
    }
    return out;
}

void FrameDecoder::finishFrame(QList<QByteArray>& out)
{
    if (m_overflowing) {
        m_overflowing = false;
        ++m_stats.bytesDiscarded; // the delimiter that ended the oversized frame
        return;
    }
    if (m_buffer.isEmpty())
        return; // back-to-back delimiters are idle fill, not an error
    const QByteArray encoded = std::exchange(m_buffer, QByteArray());
    const auto reject = [&](std::uint64_t& counter) {
        ++counter;
        m_stats.bytesDiscarded += static_cast<std::uint64_t>(encoded.size()) + 1;
    };
    const std::optional<QByteArray> body = cobs::decode(encoded);
    if (!body || body->size() <= framing::kCrcSize) {
        reject(m_stats.malformedFrames);
        return;
    }
    const qsizetype payloadSize = body->size() - framing::kCrcSize;
    const QByteArrayView payload(body->constData(), payloadSize);
    if (payloadSize > framing::kMaxPayloadSize) {
        reject(m_stats.oversizedFrames);
        return;
    }
    if (qFromLittleEndian<quint32>(body->constData() + payloadSize) != crc32c(payload)) {
        reject(m_stats.crcErrors);
        return;
    }
    ++m_stats.framesDecoded;
    out.append(payload.toByteArray());
}

void FrameDecoder::reset()
{
    m_buffer.clear();
    m_overflowing = false;
}

} // namespace iotpro
