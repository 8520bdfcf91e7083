#pragma once

#include "DeviceInfo.h"
#include "LiveSnapshot.h"
#include "common/Result.h"
#include "transport/DeviceAddress.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace iotpro {

class Session;
class Transport;

/// Typed, asynchronous API to one module: connect (open the link and identify the module),
/// then requests. Knows nothing of widgets; the GUI and the CLI both drive it.
class DeviceClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit DeviceClient(QObject* parent = nullptr);
    ~DeviceClient() override;

    State state() const { return m_state; }
    /// The address of the current or last connection.
    std::optional<DeviceAddress> address() const { return m_address; }
    /// Identity from the last successful connect.
    const std::optional<DeviceInfo>& deviceInfo() const { return m_info; }

    /// Opens the link and says Hello; ends in connected() or connectionFailed().
    void connectToDevice(const DeviceAddress& address);
    /// Closes the link; pending requests fail with Cancelled. Emits disconnected().
    void disconnectFromDevice();

    /// Measures one round trip.
    void ping(QObject* context, Callback<std::chrono::microseconds> done);

    /// Starts (or re-rates) the live stream at 1 to 20 snapshots per second; ends in
    /// liveStarted() or liveFailed(). Snapshots then arrive through liveSnapshot(); one the
    /// module had to drop shows as liveGap(). One stream per link.
    void startLive(quint32 rateHz);
    /// Stops the stream and tells the module.
    void stopLive();
    bool isLive() const { return m_liveStream != 0; }

Q_SIGNALS:
    void stateChanged(iotpro::DeviceClient::State state);
    void connected(const iotpro::DeviceInfo& info);
    void connectionFailed(const iotpro::Error& error);
    /// The link went away while connected (cable pulled, module reset). Emitted once.
    void linkLost(const iotpro::Error& error);
    void disconnected();

    void liveStarted(quint32 rateHz);
    void liveSnapshot(const iotpro::LiveSnapshot& snapshot);
    /// `missing` snapshots from sequence `firstMissing` on never arrived.
    void liveGap(quint64 firstMissing, quint64 missing);
    void liveFailed(const iotpro::Error& error);

private:
    // The request families (core/device/*Requests) send through the session.
    friend class RequestChannel;

    void setState(State state);
    void sayHello();
    void hello(QObject* context, Callback<DeviceInfo> done);
    void onTransportClosed();
    void onLiveMessage(const LiveSnapshot& snapshot);
    std::chrono::milliseconds requestTimeout() const;
    enum class Deletion { Now, Deferred };
    void teardown(Deletion deletion);

    State m_state = State::Disconnected;
    std::optional<DeviceAddress> m_address;
    std::optional<DeviceInfo> m_info;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Session> m_session;
    std::optional<Error> m_transportError;
    quint64 m_pingCounter = 0;
    quint32 m_liveStream = 0;
    QTimer* m_liveKeepAlive = nullptr;
    quint64 m_lastLiveSequence = 0;
};

} // namespace iotpro
