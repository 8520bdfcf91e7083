#include "LinkState.h"

namespace iotpro::sim {

namespace {

quint64 nextConversationId()
{
    static quint64 last = 0;
    return ++last;
}

} // namespace

LinkState::LinkState(ReplyChannel::Deliver deliver)
    : m_deliver(std::move(deliver))
{
    beginConversation();
}

void LinkState::beginConversation()
{
    pairing.reset();
    staged.reset();
    // Channels of the old conversation hold weak references to the old delivery: they expire.
    m_conversation = std::make_shared<const ReplyChannel::Deliver>(m_deliver);
    m_conversationId = nextConversationId();
}

ReplyChannel LinkState::replyChannelFor(const v1::Envelope& request) const
{
    return ReplyChannel(request, m_conversation);
}

} // namespace iotpro::sim
