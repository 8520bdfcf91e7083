#include "ModuleClock.h"

#include <QDateTime>

namespace iotpro::sim {

ModuleClock::ModuleClock(QString timeZone)
    : m_timeZone(std::move(timeZone))
{
    m_sincePowerUp.start();
}

ModuleClock::~ModuleClock() = default;

qint64 ModuleClock::unixTimeMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

quint64 ModuleClock::uptimeMs() const
{
    return static_cast<quint64>(m_sincePowerUp.elapsed());
}

} // namespace iotpro::sim
