#pragma once

#include "common/Result.h"
#include "iotpro.pb.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>

class QObject;

namespace iotpro {

class DeviceClient;

/// How the request families built on a DeviceClient (ConfigRequests, PairingRequest, TrustRequests,
/// ModuleRequests, CheckRequests) send requests over its session. Core-internal: it speaks the
/// generated protocol types, which the families turn into plain values.
class RequestChannel
{
public:
    struct Policy
    {
        /// Extra attempts after a timeout, with the same request id; only for requests that are
        /// safe to repeat (docs/protocol.md, 5.2). Anything that changes the module stays at 0.
        int retries = 0;
        /// Time the module may need beyond the link's request timeout (a flash write, a network check).
        std::chrono::milliseconds extraTime { 0 };
        /// Names what the tool knew in the module's refusal; remoteError() when empty.
        std::function<Error(const v1::ErrorReply&)> explainError {};
    };
    using Handler = std::function<void(Result<v1::Envelope>)>;

    /// Sends `message` on the client's open link and calls `done` exactly once: with the reply if
    /// its body is `expected`, otherwise with a typed error (not connected, no reply, link lost,
    /// the module's refusal, or a reply of another kind). Dropped if `context` dies first.
    static void send(DeviceClient& client, v1::Envelope message, v1::Envelope::BodyCase expected, Policy policy,
        QObject* context, Handler done);

    /// BadReply: the module answered with something other than the message named.
    static Error unexpectedReply(const QString& expected);
};

} // namespace iotpro
