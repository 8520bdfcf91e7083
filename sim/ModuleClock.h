#pragma once

#include "iotpro.pb.h"

#include <QElapsedTimer>
#include <QString>

namespace iotpro::sim {

/// The module's sense of time as DeviceInfo, Pong and SetClock report it: a wall clock that runs
/// from the host's until a tool sets it, and the time since power-up. The two base readings are
/// virtual so that tests can substitute fixed or manual values.
class ModuleClock
{
public:
    /// `timeZone` is the IANA name the module reports local times in.
    explicit ModuleClock(QString timeZone);
    virtual ~ModuleClock();

    ModuleClock(const ModuleClock&) = delete;
    ModuleClock& operator=(const ModuleClock&) = delete;

    /// Wall clock, Unix time in milliseconds (UTC).
    qint64 unixTimeMs() const { return baseUnixTimeMs() + m_offsetMs; }
    /// Milliseconds since the module powered up (since this clock was made).
    virtual quint64 uptimeMs() const;

    const QString& timeZone() const { return m_timeZone; }
    /// Whether a tool has set the clock since power-up.
    bool isSynchronized() const { return m_synchronized; }

    /// A tool set the clock (SetClock): from now on it reads `unixTimeMs`, and reports
    /// `timeZone` unless that is empty. Until the module restarts.
    void set(qint64 unixTimeMs, const QString& timeZone);

protected:
    /// What the wall clock runs from: the host's clock.
    virtual qint64 baseUnixTimeMs() const;

private:
    QString m_timeZone;
    QElapsedTimer m_sincePowerUp;
    qint64 m_offsetMs = 0;
    bool m_synchronized = false;
};

/// The clock as the protocol reports it (iotpro.proto, ModuleClock).
v1::ModuleClock toProto(const ModuleClock& clock);

} // namespace iotpro::sim
