#include "Cobs.h"

namespace iotpro::cobs {

QByteArray encode(QByteArrayView data)
{
    QByteArray out;
    out.reserve(maxEncodedSize(data.size()));
    qsizetype codeIndex = 0;
    out.append('\x01'); // placeholder for the first block's code byte
    quint8 code = 1;
    const auto startBlock = [&] {
        out[codeIndex] = static_cast<char>(code);
        codeIndex = out.size();
        out.append('\x01');
        code = 1;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\0') {
            startBlock();
            continue;
        }
        out.append(data[i]);
        ++code;
        // A full block (254 data bytes) has no implicit zero; the canonical form opens a
        // new block only if more data follows.
        if (code == 0xFF && i + 1 < data.size())
            startBlock();
    }
    out[codeIndex] = static_cast<char>(code);
    return out;
}

std::optional<QByteArray> decode(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    qsizetype i = 0;
    while (i < encoded.size()) {
        const auto code = static_cast<quint8>(encoded[i]);
        if (code == 0 || i + code > encoded.size())
            return std::nullopt;
        for (qsizetype k = 1; k < code; ++k) {
            const char c = encoded[i + k];
            if (c == '\0')
                return std::nullopt;
            out.append(c);
        }
        i += code;
        // A block shorter than 0xFF ends with an implicit zero, except the last block.
        if (code != 0xFF && i < encoded.size())
            out.append('\0');
    }
    return out;
}

} // namespace iotpro::cobs
