#pragma once

#include "common/Error.h"
#include "device/IoState.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::commissioning {

/// The inputs check: reads the live state of the inputs (IoRead) about twice a second while the
/// technician operates a contact, sends pulses or watches the analog value. One request in flight
/// at a time, so a slow link never piles them up.
class IoMonitor : public QObject
{
    Q_OBJECT

public:
    /// Pause between a reply and the next request.
    static constexpr std::chrono::milliseconds PollInterval { 500 };

    explicit IoMonitor(DeviceClient& client, QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_poll != nullptr; }

Q_SIGNALS:
    void ioState(const iotpro::IoState& state);
    /// A read failed; polling has stopped.
    void failed(const iotpro::Error& error);

private:
    void read();

    DeviceClient& m_client;
    QPointer<QObject> m_poll; ///< context of the current run's callbacks and timer
};

} // namespace iotpro::commissioning
