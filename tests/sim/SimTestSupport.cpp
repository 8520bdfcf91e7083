#include "SimTestSupport.h"

#include <QDeadlineTimer>

namespace iotpro::test {

QByteArray payloadOf(const v1::Envelope& envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QByteArray frameOf(const v1::Envelope& envelope)
{
    return encodeFrame(payloadOf(envelope));
}

v1::Envelope helloRequest(quint32 requestId, quint32 minVersion, quint32 maxVersion)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(maxVersion);
    v1::Hello* hello = envelope.mutable_hello();
    hello->set_client_name("tst");
    hello->set_client_version("1");
    hello->set_min_protocol_version(minVersion);
    hello->set_max_protocol_version(maxVersion);
    return envelope;
}

v1::Envelope pingRequest(quint32 requestId, const QByteArray& payload, quint32 protocolVersion)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(protocolVersion);
    envelope.mutable_ping()->set_payload(payload.toStdString());
    return envelope;
}

namespace {

/// A protocol version 1 request with no body yet.
v1::Envelope requestEnvelope(quint32 requestId)
{
    v1::Envelope envelope;
    envelope.set_request_id(requestId);
    envelope.set_protocol_version(1);
    return envelope;
}

} // namespace

v1::Envelope networkCheckRequest(quint32 requestId, quint32 timeoutS)
{
    v1::Envelope envelope = requestEnvelope(requestId);
    envelope.mutable_network_check()->set_timeout_s(timeoutS);
    return envelope;
}

v1::Envelope ioReadRequest(quint32 requestId)
{
    v1::Envelope envelope = requestEnvelope(requestId);
    envelope.mutable_io_read();
    return envelope;
}

v1::Envelope ds18b20ScanRequest(quint32 requestId, quint32 input)
{
    v1::Envelope envelope = requestEnvelope(requestId);
    envelope.mutable_ds18b20_scan()->set_input(input);
    return envelope;
}

QList<v1::Envelope> decodeEnvelopes(FrameDecoder& decoder, QByteArrayView bytes)
{
    QList<v1::Envelope> envelopes;
    for (const QByteArray& payload : decoder.feed(bytes)) {
        v1::Envelope envelope;
        if (!envelope.ParseFromArray(payload.constData(), static_cast<int>(payload.size())))
            envelope.set_request_id(kUnreadableEnvelopeId);
        envelopes.append(envelope);
    }
    return envelopes;
}

QList<v1::Envelope> readEnvelopes(
    QIODevice& device, FrameDecoder& decoder, qsizetype count, std::chrono::milliseconds timeout)
{
    QList<v1::Envelope> envelopes;
    const QDeadlineTimer deadline(timeout);
    while (envelopes.size() < count) {
        if (device.bytesAvailable() == 0
            && !device.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            break;
        envelopes.append(decodeEnvelopes(decoder, device.readAll()));
    }
    return envelopes;
}

QString serialPathOf(const QString& address)
{
    return address.section(u':', 1);
}

quint16 tcpPortOf(const QString& address)
{
    return address.section(u':', 2).toUShort();
}

} // namespace iotpro::test
