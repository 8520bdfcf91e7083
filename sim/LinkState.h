#pragma once

#include "ReplyChannel.h"
#include "configuration/StagedConfig.h"
#include "pairing/PairedSession.h"

#include <memory>
#include <optional>

namespace iotpro::sim {

/// What the module holds for one link between requests: a completed pairing and a staged
/// configuration, plus the way to reply later. A Hello begins a new conversation: both are
/// dropped, and replies still owed to the old conversation are never sent.
class LinkState
{
public:
    /// `deliver` hands a reply to the link; it is called only while the link exists.
    explicit LinkState(ReplyChannel::Deliver deliver);

    LinkState(const LinkState&) = delete;
    LinkState& operator=(const LinkState&) = delete;

    void beginConversation();
    /// Unique among every link and conversation of this module run: names who owns something
    /// module-wide (the one open pairing run).
    quint64 conversationId() const { return m_conversationId; }
    /// Where the reply to `request`, received in the current conversation, goes.
    ReplyChannel replyChannelFor(const v1::Envelope& request) const;

    std::optional<PairedSession> pairing;
    std::optional<StagedConfig> staged;

private:
    ReplyChannel::Deliver m_deliver;
    std::shared_ptr<const ReplyChannel::Deliver> m_conversation;
    quint64 m_conversationId = 0;
};

} // namespace iotpro::sim
