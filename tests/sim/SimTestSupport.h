#pragma once

#include "iotpro.pb.h"
#include "protocol/FrameCodec.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <chrono>

/// For the sim's tests: building requests and reading replies the way a tool does, from the
/// .proto and the shared framing alone, and reading the addresses iotpro-sim prints.
namespace iotpro::test {

/// The request id decodeEnvelopes() gives a payload that is no Envelope, so that a test
/// comparing ids sees it.
inline constexpr quint32 kUnreadableEnvelopeId = 0xFFFFFFFF;

QByteArray payloadOf(const v1::Envelope& envelope);
QByteArray frameOf(const v1::Envelope& envelope);

v1::Envelope helloRequest(quint32 requestId, quint32 minVersion = 1, quint32 maxVersion = 1);
v1::Envelope pingRequest(quint32 requestId, const QByteArray& payload, quint32 protocolVersion = 1);
v1::Envelope networkCheckRequest(quint32 requestId, quint32 timeoutS);
v1::Envelope ioReadRequest(quint32 requestId);
v1::Envelope ds18b20ScanRequest(quint32 requestId, quint32 input);

/// Decodes every frame completed by `bytes`.
QList<v1::Envelope> decodeEnvelopes(FrameDecoder& decoder, QByteArrayView bytes);

/// Reads from `device` until `count` envelopes arrived (more may come back if they were
/// in the same read) or `timeout` passed.
QList<v1::Envelope> readEnvelopes(QIODevice& device, FrameDecoder& decoder, qsizetype count,
    std::chrono::milliseconds timeout = std::chrono::seconds(5));

/// The device path of a "serial:" address.
QString serialPathOf(const QString& address);
/// The port of a "tcp:127.0.0.1:PORT" address.
quint16 tcpPortOf(const QString& address);

} // namespace iotpro::test
