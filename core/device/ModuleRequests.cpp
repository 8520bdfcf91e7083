#include "ModuleRequests.h"

#include "ConfigConversions.h"
#include "RequestChannel.h"

namespace iotpro {

void ModuleRequests::identify(quint32 seconds, QObject* context, DeviceClient::Callback<quint32> done)
{
    v1::Envelope message;
    message.mutable_identify()->set_duration_s(seconds);
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kIdentifying, { .retries = 1 }, context,
        [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(reply->identifying().duration_s());
        });
}

void ModuleRequests::setClock(
    const QDateTime& utc, const QString& timeZone, QObject* context, DeviceClient::Callback<ModuleClock> done)
{
    v1::Envelope message;
    message.mutable_set_clock()->set_unix_time_ms(utc.toMSecsSinceEpoch());
    message.mutable_set_clock()->set_time_zone(timeZone.toStdString());
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kClock, {}, context,
        [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->clock()));
        });
}

} // namespace iotpro
