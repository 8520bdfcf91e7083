#pragma once

#include "common/Error.h"

#include <QDeadlineTimer>
#include <QObject>

#include <chrono>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::commissioning {

/// Connects a DeviceClient again to its last address after the link broke, trying until the
/// module answers or the time is up: a module that reset (power cut, watchdog, flash write) comes
/// back on the same port within seconds.
class Reconnector : public QObject
{
    Q_OBJECT

public:
    /// Time between two attempts.
    static constexpr std::chrono::milliseconds RetryInterval { 500 };

    explicit Reconnector(DeviceClient& client, QObject* parent = nullptr);

    /// Closes whatever is left of the link and tries for up to `window`. One run per object.
    void start(std::chrono::milliseconds window);

Q_SIGNALS:
    void reconnected();
    void gaveUp(const iotpro::Error& lastError);

private:
    void attempt();

    DeviceClient& m_client;
    QDeadlineTimer m_deadline;
};

} // namespace iotpro::commissioning
