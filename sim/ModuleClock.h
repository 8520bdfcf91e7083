#pragma once

#include <QElapsedTimer>
#include <QString>

namespace iotpro::sim {

/// The module's sense of time as DeviceInfo and Pong report it. The two readings are virtual
/// so that tests can substitute fixed values.
class ModuleClock
{
public:
    /// `timeZone` is the IANA name the module reports local times in.
    explicit ModuleClock(QString timeZone);
    virtual ~ModuleClock();

    ModuleClock(const ModuleClock&) = delete;
    ModuleClock& operator=(const ModuleClock&) = delete;

    /// Wall clock, Unix time in milliseconds (UTC).
    virtual qint64 unixTimeMs() const;
    /// Milliseconds since the module powered up (since this clock was made).
    virtual quint64 uptimeMs() const;

    const QString& timeZone() const { return m_timeZone; }
    /// Whether a tool, the network or GPS has set the clock since power-up. Nothing can set it
    /// in this version of the protocol.
    bool isSynchronized() const { return false; }

private:
    QString m_timeZone;
    QElapsedTimer m_sincePowerUp;
};

} // namespace iotpro::sim
