#pragma once

#include "ModuleClock.h"
#include "ModuleIdentity.h"
#include "ModuleStateStore.h"
#include "iotpro.pb.h"

#include <QByteArrayView>

namespace iotpro::sim {

/// The module side of protocol v1 (docs/protocol.md, sections 4 to 6): one request in, its
/// reply out. No I/O and no side effects; it reports what the identity, state and clock it is
/// given say. A body it does not serve is answered UNKNOWN_REQUEST, as a firmware that lacks
/// the feature answers it. A LiveSubscribe is only checked and acknowledged here: the link's
/// connection starts or stops its stream on the LiveSubscribed reply.
class ModuleProtocol
{
public:
    /// Largest Ping payload the module echoes.
    static constexpr std::size_t kMaxPingPayloadSize = 256;
    /// Fastest live stream, in snapshots per second.
    static constexpr quint32 kMaxLiveRateHz = 20;

    /// Keeps references: the three outlive the protocol, and state changes show in later replies.
    ModuleProtocol(const ModuleIdentity& identity, const ModuleState& state, const ModuleClock& clock);

    /// The reply to the payload of one intact frame (its CRC was good).
    v1::Envelope replyToPayload(QByteArrayView payload) const;
    /// The reply to one request envelope.
    v1::Envelope replyTo(const v1::Envelope& request) const;

private:
    v1::Envelope replyToHello(const v1::Envelope& request) const;
    v1::Envelope replyToPing(const v1::Envelope& request) const;
    v1::Envelope replyToLiveSubscribe(const v1::Envelope& request) const;
    void describeModule(v1::DeviceInfo& info) const;

    const ModuleIdentity& m_identity;
    const ModuleState& m_state;
    const ModuleClock& m_clock;
};

} // namespace iotpro::sim
