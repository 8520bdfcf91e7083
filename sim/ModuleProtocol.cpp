#include "ModuleProtocol.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/unknown_field_set.h>

namespace iotpro::sim {

namespace {

// docs/protocol.md, section 3: envelope fields from 10 up are bodies.
constexpr int kFirstBodyField = 10;

/// Why the module serves no body of `request`: a body it knows but only sends, a body from a
/// newer tool (which arrives as an unknown field), or none at all.
QString unservedBodyReason(const v1::Envelope& request)
{
    const google::protobuf::Reflection& reflection = *request.GetReflection();
    const google::protobuf::OneofDescriptor& body = *v1::Envelope::descriptor()->oneof_decl(0);
    if (const google::protobuf::FieldDescriptor* field = reflection.GetOneofFieldDescriptor(request, &body)) {
        return QStringLiteral("%1 is not served by this module (envelope field %2)")
            .arg(QString::fromStdString(field->message_type()->name()))
            .arg(field->number());
    }
    const google::protobuf::UnknownFieldSet& unknown = reflection.GetUnknownFields(request);
    for (int i = 0; i < unknown.field_count(); ++i) {
        if (unknown.field(i).number() >= kFirstBodyField)
            return QStringLiteral("unknown request (envelope field %1)").arg(unknown.field(i).number());
    }
    return QStringLiteral("no request body");
}

} // namespace

ModuleProtocol::ModuleProtocol(ProtocolRange versions)
    : m_versions(versions)
{ }

void ModuleProtocol::addHandler(RequestHandler& handler)
{
    for (const v1::Envelope::BodyCase body : handler.bodies()) {
        Q_ASSERT_X(!m_handlers.contains(body), "ModuleProtocol::addHandler", "a body served twice");
        m_handlers.insert(body, &handler);
    }
}

HandlerReply ModuleProtocol::replyToPayload(QByteArrayView payload, LinkState& link)
{
    v1::Envelope request;
    // Intact frames hold at most framing::kMaxPayloadSize bytes, so the size fits an int.
    if (!request.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
        // Nothing in an unreadable payload can be trusted, so the error answers no request
        // (id 0) in the newest version the module speaks.
        v1::Envelope reply;
        reply.set_protocol_version(m_versions.max);
        return withError(std::move(reply),
            { v1::ERROR_CODE_MALFORMED_REQUEST, QStringLiteral("payload is not an Envelope") });
    }
    return replyTo(request, link);
}

HandlerReply ModuleProtocol::replyTo(const v1::Envelope& request, LinkState& link)
{
    // The order of these checks is normative (docs/protocol.md, 4.5).
    // Hello's layout is frozen so that any tool can identify any module: it is answered
    // whatever version it arrives in, and never with an error. It opens a conversation: what
    // the link held for the previous one (a pairing, a staged configuration) is dropped.
    RequestHandler* handler = m_handlers.value(request.body_case());
    if (request.has_hello()) {
        link.beginConversation();
        Q_ASSERT_X(handler, "ModuleProtocol::replyTo", "no handler serves Hello");
        return handler->handle(request, link);
    }

    if (!m_versions.contains(request.protocol_version())) {
        // Answered in a version the module speaks: it cannot speak the request's.
        v1::Envelope reply = replyEnvelopeFor(request);
        reply.set_protocol_version(m_versions.max);
        return withError(std::move(reply),
            { v1::ERROR_CODE_UNSUPPORTED_VERSION,
                QStringLiteral("protocol version %1 not supported; module speaks %2 to %3")
                    .arg(request.protocol_version())
                    .arg(m_versions.min)
                    .arg(m_versions.max) });
    }

    if (!handler)
        return withError(
            replyEnvelopeFor(request), { v1::ERROR_CODE_UNKNOWN_REQUEST, unservedBodyReason(request) });
    return handler->handle(request, link);
}

} // namespace iotpro::sim
