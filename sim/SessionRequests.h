#pragma once

#include "ModuleClock.h"
#include "ModuleIdentity.h"
#include "RequestHandler.h"

namespace iotpro::sim {

class ConfigStore;

/// Session basics and live measurements (docs/protocol.md, 4.1 to 4.6): Hello answered with
/// DeviceInfo, Ping with Pong, LiveSubscribe checked and acknowledged. The link's connection
/// starts or stops its stream on the LiveSubscribed reply.
class SessionRequests : public RequestHandler
{
public:
    /// Largest Ping payload the module echoes.
    static constexpr std::size_t kMaxPingPayloadSize = 256;
    /// Fastest live stream, in snapshots per second.
    static constexpr quint32 kMaxLiveRateHz = 20;

    /// Keeps references: the three outlive the handler, and their changes show in later replies.
    SessionRequests(const ModuleIdentity& identity, const ModuleClock& clock, const ConfigStore& configs);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    v1::Envelope replyToHello(const v1::Envelope& request) const;
    v1::Envelope replyToPing(const v1::Envelope& request) const;
    v1::Envelope replyToLiveSubscribe(const v1::Envelope& request) const;
    void describeModule(v1::DeviceInfo& info) const;

    const ModuleIdentity& m_identity;
    const ModuleClock& m_clock;
    const ConfigStore& m_configs;
};

} // namespace iotpro::sim
