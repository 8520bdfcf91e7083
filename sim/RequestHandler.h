#pragma once

#include "LinkState.h"
#include "iotpro.pb.h"

#include <QList>
#include <optional>

namespace iotpro::sim {

/// A handler's answer to a request: the reply now, or ReplyLater when the handler keeps
/// link.replyChannelFor(request) and sends the reply through it later, exactly once.
using HandlerReply = std::optional<v1::Envelope>;
inline constexpr std::nullopt_t ReplyLater = std::nullopt;

/// Serves some of the request bodies (docs/protocol.md, 4): one feature of the module. Handlers
/// are registered with ModuleProtocol, which has already checked the envelope's version; they
/// hold what the module keeps for the feature, and find what a link keeps in its LinkState.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    /// The envelope bodies this handler serves.
    virtual QList<v1::Envelope::BodyCase> bodies() const = 0;
    /// Answers `request`, whose body is one of bodies(), received on `link`.
    virtual HandlerReply handle(const v1::Envelope& request, LinkState& link) = 0;
};

} // namespace iotpro::sim
