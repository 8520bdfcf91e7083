#pragma once

#include "DeviceClient.h"
#include "ModuleClock.h"

#include <QDateTime>

namespace iotpro {

/// Blinking the module's LED so the technician finds it, and setting its clock.
class ModuleRequests
{
public:
    explicit ModuleRequests(DeviceClient& client)
        : m_client(client)
    { }

    /// Identify: blink for 1 to 60 s (0 stops); the reply is the duration the module blinks for.
    /// Retried once after a timeout: blinking again is harmless.
    void identify(quint32 seconds, QObject* context, DeviceClient::Callback<quint32> done);
    /// SetClock to `utc`; an empty `timeZone` keeps the module's. The reply is the clock as set.
    /// Not retried: a late repeat would set a stale time.
    void setClock(const QDateTime& utc, const QString& timeZone, QObject* context,
        DeviceClient::Callback<ModuleClock> done);

private:
    DeviceClient& m_client;
};

} // namespace iotpro
