#pragma once

#include "common/Error.h"
#include "device/LiveSnapshot.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::ui {

/// Keeps the live stream running while a module is connected: subscribes at the rate given
/// once connected, passes the snapshots on, and notices when they stop coming. A lost link is
/// the connection's problem (one banner); this only reports what is the stream's own.
class LiveStreamController : public QObject
{
    Q_OBJECT

public:
    static constexpr quint32 kDefaultRateHz = 10;
    /// No snapshot for this long while live (or for three periods at rates below 1.5 Hz): the
    /// readings on screen are no longer current.
    static constexpr std::chrono::milliseconds kStallTimeout { 2000 };

    enum class State {
        Off, ///< not connected
        Starting, ///< subscribed, waiting for the module to confirm
        Live,
        Stalled, ///< live, but no snapshot for kStallTimeout
        Failed, ///< the module refused or did not answer: error() says why
    };
    Q_ENUM(State)

    explicit LiveStreamController(
        DeviceClient& client, quint32 rateHz = kDefaultRateHz, QObject* parent = nullptr);

    State state() const { return m_state; }
    quint32 rateHz() const { return m_rateHz; }
    /// Why the stream failed; set in Failed only.
    const std::optional<Error>& error() const { return m_error; }

    /// Subscribes again, after a failure or at another rate.
    void restart();
    /// Changes the rate, re-subscribing at once when connected.
    void setRateHz(quint32 rateHz);

Q_SIGNALS:
    void stateChanged(iotpro::ui::LiveStreamController::State state);
    void snapshotReceived(const iotpro::LiveSnapshot& snapshot);
    /// The readings ended (disconnected): whatever was shown from them is gone.
    void stopped();

private:
    void onConnectionStateChanged();
    void onSnapshot(const LiveSnapshot& snapshot);
    void onFailed(const Error& error);
    void setState(State state);

    DeviceClient& m_client;
    quint32 m_rateHz;
    QTimer m_stallTimer;
    State m_state = State::Off;
    std::optional<Error> m_error;
};

} // namespace iotpro::ui
