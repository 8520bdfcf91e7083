#include "ModuleClock.h"

#include <QDateTime>

namespace iotpro::sim {

ModuleClock::ModuleClock(QString timeZone)
    : m_timeZone(std::move(timeZone))
{
    m_sincePowerUp.start();
}

ModuleClock::~ModuleClock() = default;

qint64 ModuleClock::baseUnixTimeMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

quint64 ModuleClock::uptimeMs() const
{
    return static_cast<quint64>(m_sincePowerUp.elapsed());
}

void ModuleClock::set(qint64 unixTimeMs, const QString& timeZone)
{
    m_offsetMs = unixTimeMs - baseUnixTimeMs();
    if (!timeZone.isEmpty())
        m_timeZone = timeZone;
    m_synchronized = true;
}

v1::ModuleClock toProto(const ModuleClock& clock)
{
    v1::ModuleClock proto;
    proto.set_unix_time_ms(clock.unixTimeMs());
    proto.set_time_zone(clock.timeZone().toStdString());
    proto.set_synchronized(clock.isSynchronized());
    return proto;
}

} // namespace iotpro::sim
