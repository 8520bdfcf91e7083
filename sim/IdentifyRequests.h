#pragma once

#include "RequestHandler.h"

namespace iotpro::sim {

class StatusLed;

/// Identify (docs/protocol.md, 4.9): blinks the status LED for 1 to 60 s, or stops it (0).
class IdentifyRequests : public RequestHandler
{
public:
    static constexpr quint32 kMaxDurationS = 60;

    /// Keeps a reference to `led`.
    explicit IdentifyRequests(StatusLed& led);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    StatusLed& m_led;
};

} // namespace iotpro::sim
