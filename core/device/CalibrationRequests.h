#pragma once

#include "CalibrationConstants.h"
#include "DeviceClient.h"

namespace iotpro {

/// The calibration constants of one connected module (docs/protocol.md 4.12): read them, or
/// replace them with constants signed by a factory key the module trusts.
class CalibrationRequests
{
public:
    explicit CalibrationRequests(DeviceClient& client)
        : m_client(client)
    { }

    /// CalibrationGet; retried once after a timeout (a read).
    void read(QObject* context, DeviceClient::Callback<CalibrationConstants> done);
    /// CalibrationWrite; the reply is the module's constants afterwards. NOT retried after a
    /// timeout (a repeat would be refused as stale and hide the first outcome): the caller reads
    /// back instead. Refusals name the signer key, the serial numbers and the counter.
    void write(const SignedCalibration& constants, QObject* context, DeviceClient::Callback<CalibrationConstants> done);

private:
    DeviceClient& m_client;
};

} // namespace iotpro
