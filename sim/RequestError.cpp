#include "RequestError.h"

namespace iotpro::sim {

namespace {

/// The first `maxBytes` bytes of `text` in UTF-8, never splitting a character.
std::string utf8Prefix(const QString& text, qsizetype maxBytes)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxBytes)
        return utf8.toStdString();
    qsizetype end = maxBytes;
    // Back up over continuation bytes (10xxxxxx) to the start of the character cut in two.
    while (end > 0 && (static_cast<quint8>(utf8.at(end)) & 0xC0) == 0x80)
        --end;
    utf8.truncate(end);
    return utf8.toStdString();
}

} // namespace

v1::Envelope replyEnvelopeFor(const v1::Envelope& request)
{
    v1::Envelope reply;
    reply.set_request_id(request.request_id());
    reply.set_protocol_version(request.protocol_version());
    return reply;
}

v1::Envelope withError(v1::Envelope reply, const RequestError& error)
{
    v1::ErrorReply* body = reply.mutable_error();
    body->set_code(error.code);
    body->set_message(utf8Prefix(error.message, kMaxErrorMessageBytes));
    body->set_field(error.field.toStdString());
    body->set_retry_after_ms(error.retryAfterMs);
    return reply;
}

} // namespace iotpro::sim
