#pragma once

#include "ConfigWrite.h"
#include "common/Error.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::commissioning {

/// A module clock this far off (or never set since power-up) is set before a write, so that the
/// commit time, the energy records and the reports the module sends carry the right time.
inline constexpr std::chrono::seconds ClockTolerance(5);

/// Whether a module clock `offsetMs` away from this computer's, synchronised or not, is set.
bool clockNeedsSetting(qint64 offsetMs, bool synchronized);

/// Reads what a commissioning record keeps from before a write: the energy registers (from one live
/// snapshot) and the module clock (its timestamp, against this computer's clock), and sets the
/// clock where needed (ClockTolerance; a module without a time zone gets this computer's).
/// One read per object. A live stream already running (the live view) is used and left running.
class OpeningReader : public QObject
{
    Q_OBJECT

public:
    /// The module sends its first snapshot within 100 ms at 10 Hz; more means it is not streaming.
    static constexpr std::chrono::seconds SnapshotWait { 3 };

    explicit OpeningReader(DeviceClient& client, QObject* parent = nullptr);

    void read();

Q_SIGNALS:
    void done(const iotpro::commissioning::OpeningReadings& readings);
    void failed(const iotpro::Error& error);

private:
    void onSnapshot(const LiveSnapshot& snapshot);
    void setClock();
    void fail(const Error& error);

    DeviceClient& m_client;
    QPointer<QObject> m_listening; ///< holds the connections to the client while waiting
    bool m_startedLive = false;
    OpeningReadings m_readings;
};

} // namespace iotpro::commissioning
