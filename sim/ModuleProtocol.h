#pragma once

#include "ModuleIdentity.h"
#include "RequestHandler.h"

#include <QByteArrayView>
#include <QHash>

namespace iotpro::sim {

/// The module side of protocol v1 (docs/protocol.md, 4.5): parses a request, checks its version,
/// and hands it to the RequestHandler that serves its body. A Hello begins a new conversation on
/// its link. A body no handler serves is answered UNKNOWN_REQUEST, as a firmware that lacks the
/// feature answers it.
class ModuleProtocol
{
public:
    explicit ModuleProtocol(ProtocolRange versions);

    /// Serves handler.bodies() with `handler`, which must outlive the protocol. Each body has one
    /// handler.
    void addHandler(RequestHandler& handler);

    /// The reply to the payload of one intact frame (its CRC was good) from `link`, or ReplyLater.
    HandlerReply replyToPayload(QByteArrayView payload, LinkState& link);
    /// The reply to one request envelope from `link`, or ReplyLater.
    HandlerReply replyTo(const v1::Envelope& request, LinkState& link);

private:
    ProtocolRange m_versions;
    QHash<int, RequestHandler*> m_handlers;
};

} // namespace iotpro::sim
