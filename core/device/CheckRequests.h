#pragma once

#include "DeviceClient.h"
#include "IoState.h"
#include "NetworkCheckReport.h"

#include <chrono>

namespace iotpro {

/// The checks a module runs with its active configuration: networks and GPS, inputs, the 1-Wire
/// bus (docs/protocol.md, 4.10 and 4.11).
class CheckRequests
{
public:
    explicit CheckRequests(DeviceClient& client)
        : m_client(client)
    { }

    /// The module's own limit for a network check when the tool gives none.
    static constexpr quint32 DefaultNetworkTimeoutS = 90;

    /// NetworkCheck: the module answers once every enabled network and GPS passed, failed or ran
    /// out of `timeoutS` (1 to 180 s; 0 = the module's default, 90 s), so the tool waits that long
    /// plus a margin. Not retried: a repeat would start a second check.
    void networkCheck(quint32 timeoutS, QObject* context, DeviceClient::Callback<NetworkCheckReport> done);
    /// How long networkCheck() waits for the reply at most.
    static std::chrono::milliseconds networkCheckWait(quint32 timeoutS);

    /// IoRead: live state of the inputs. Retried once after a timeout (a read).
    void ioRead(QObject* context, DeviceClient::Callback<IoState> done);
    /// Ds18b20Scan of digital input 1 to 4's bus, whatever the input's mode; the module converts
    /// every sensor found, which takes up to 750 ms. Retried once after a timeout (a read).
    void ds18b20Scan(quint32 input, QObject* context, DeviceClient::Callback<Ds18b20ScanResult> done);

private:
    DeviceClient& m_client;
};

} // namespace iotpro
