#pragma once

#include "RequestError.h"
#include "iotpro.pb.h"

#include <functional>
#include <memory>

namespace iotpro::sim {

/// Where the reply to one request goes: the link it came from, under the request's id and
/// protocol version. A handler that replies later (a deferred reply) keeps a copy and sends
/// through it once. When the link has closed, or a Hello has begun a new conversation on it,
/// send() does nothing: a late reply never reaches a tool that did not ask for it (a new
/// conversation reuses request ids).
class ReplyChannel
{
public:
    /// Hands a reply to the link.
    using Deliver = std::function<void(const v1::Envelope&)>;

    /// `conversation` is the link's delivery for as long as the request's conversation lasts.
    ReplyChannel(const v1::Envelope& request, std::weak_ptr<const Deliver> conversation);

    /// An envelope answering the request: its id and version, no body yet.
    v1::Envelope envelope() const;
    /// Whether a reply would still reach the peer that asked.
    bool isOpen() const { return !m_conversation.expired(); }
    void send(const v1::Envelope& reply) const;
    void sendError(const RequestError& error) const;

private:
    quint32 m_requestId = 0;
    quint32 m_protocolVersion = 0;
    std::weak_ptr<const Deliver> m_conversation;
};

} // namespace iotpro::sim
