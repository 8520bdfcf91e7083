#include "ClockRequests.h"

#include <QTimeZone>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

ClockRequests::ClockRequests(ModuleClock& clock)
    : m_clock(clock)
{ }

QList<v1::Envelope::BodyCase> ClockRequests::bodies() const
{
    return { v1::Envelope::kSetClock };
}

HandlerReply ClockRequests::handle(const v1::Envelope& request, LinkState& /*link*/)
{
    const v1::SetClock& set = request.set_clock();
    if (set.unix_time_ms() <= 0)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"unix_time_ms %1 is not a time after 1970"_s.arg(set.unix_time_ms()) });
    const QString timeZone = QString::fromStdString(set.time_zone());
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                u"time_zone \"%1\" is no IANA time zone this module knows"_s.arg(timeZone.left(48)) });
    m_clock.set(set.unix_time_ms(), timeZone);
    v1::Envelope reply = replyEnvelopeFor(request);
    *reply.mutable_clock() = toProto(m_clock);
    return reply;
}

} // namespace iotpro::sim
