#pragma once

#include "ModuleClock.h"
#include "RequestHandler.h"

namespace iotpro::sim {

/// SetClock (docs/protocol.md, 4.9): sets the module's clock and, when given, its time zone, and
/// answers with the clock as it now reads.
class ClockRequests : public RequestHandler
{
public:
    /// Keeps a reference to `clock`.
    explicit ClockRequests(ModuleClock& clock);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    ModuleClock& m_clock;
};

} // namespace iotpro::sim
