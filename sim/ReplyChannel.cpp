#include "ReplyChannel.h"

namespace iotpro::sim {

ReplyChannel::ReplyChannel(const v1::Envelope& request, std::weak_ptr<const Deliver> conversation)
    : m_requestId(request.request_id())
    , m_protocolVersion(request.protocol_version())
    , m_conversation(std::move(conversation))
{ }

v1::Envelope ReplyChannel::envelope() const
{
    v1::Envelope reply;
    reply.set_request_id(m_requestId);
    reply.set_protocol_version(m_protocolVersion);
    return reply;
}

void ReplyChannel::send(const v1::Envelope& reply) const
{
    if (const std::shared_ptr<const Deliver> deliver = m_conversation.lock())
        (*deliver)(reply);
}

void ReplyChannel::sendError(const RequestError& error) const
{
    send(withError(envelope(), error));
}

} // namespace iotpro::sim
