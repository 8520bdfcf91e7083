#pragma once

#include "ModuleClock.h"
#include "RequestHandler.h"

namespace iotpro::sim {

class TrustStore;

/// The trust store over the protocol (docs/security.md, 5.1): TrustList answered at any time;
/// TrustAdd and TrustRemove only in factory mode (iotpro-sim --factory, standing in for the
/// physical action on a real module). Each is answered with the whole store.
class TrustRequests : public RequestHandler
{
public:
    /// Keeps references to `store` and `clock`.
    TrustRequests(TrustStore& store, bool factoryMode, const ModuleClock& clock);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    std::optional<RequestError> add(const v1::TrustAdd& request);
    std::optional<RequestError> remove(const v1::TrustRemove& request);
    v1::Envelope storeReply(const v1::Envelope& request) const;

    TrustStore& m_store;
    bool m_factoryMode;
    const ModuleClock& m_clock;
};

} // namespace iotpro::sim
