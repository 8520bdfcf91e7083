#include "IdentifyRequests.h"

#include "StatusLed.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

IdentifyRequests::IdentifyRequests(StatusLed& led)
    : m_led(led)
{ }

QList<v1::Envelope::BodyCase> IdentifyRequests::bodies() const
{
    return { v1::Envelope::kIdentify };
}

HandlerReply IdentifyRequests::handle(const v1::Envelope& request, LinkState& /*link*/)
{
    const quint32 duration = request.identify().duration_s();
    if (duration > kMaxDurationS)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"duration_s %1 is too long; 1 to %2, or 0 to stop"_s.arg(duration).arg(kMaxDurationS) });
    m_led.blink(std::chrono::seconds(duration));
    v1::Envelope reply = replyEnvelopeFor(request);
    reply.mutable_identifying()->set_duration_s(duration);
    return reply;
}

} // namespace iotpro::sim
