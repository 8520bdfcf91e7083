#pragma once

#include "DeviceClient.h"
#include "security/PakeKeySchedule.h"

namespace iotpro {

/// Pairing with the code printed on the module label (docs/security.md, section 6): PairingStart,
/// PairingChallenge, PairingConfirm, PairingConfirmed, driving security::PakeInitiator.
class PairingRequest
{
public:
    explicit PairingRequest(DeviceClient& client)
        : m_client(client)
    { }

    /// Pairs with the connected module. On success, the session keys: the module then accepts a
    /// ConfigUpload on this link until the next Hello or pairing, or for 10 minutes. A wrong code
    /// is found by the tool (the module's tag does not verify): SecurityCheckFailed, and nothing
    /// more is sent. A module locked after wrong codes refuses with PAIRING_LOCKED and the wait
    /// (Error::retryAfterMs). Never retried: every run counts as an attempt against the lock.
    void pair(const QString& labelCode, QObject* context, DeviceClient::Callback<security::pake::SessionKeys> done);

private:
    DeviceClient& m_client;
};

} // namespace iotpro
