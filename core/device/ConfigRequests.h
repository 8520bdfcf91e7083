#pragma once

#include "ConfigState.h"
#include "DeviceClient.h"

namespace iotpro {

/// The configuration requests of one connected module (docs/protocol.md, 4.7): read the active
/// configuration, upload a signed one into the inactive slot, commit it. A thin typed layer over
/// DeviceClient; the write as a whole (validate, pair, sign, verify) is commissioning::ConfigWriter.
class ConfigRequests
{
public:
    explicit ConfigRequests(DeviceClient& client)
        : m_client(client)
    { }

    /// ConfigGet. Reading is safe to repeat, so it is retried once after a timeout.
    void read(QObject* context, DeviceClient::Callback<ConfigState> done);

    /// ConfigUpload: the module verifies, validates and stages the configuration. Needs a pairing
    /// on this link first (PairingRequest). NOT retried after a timeout: it is not idempotent (a
    /// second copy would be refused as stale or overwrite what the first staged), so a lost reply
    /// is reported and the caller reads the state back instead. Refusals name the signer key,
    /// the serial numbers and the counter the payload carries.
    void upload(const ConfigUpload& upload, QObject* context, DeviceClient::Callback<ConfigStaged> done);

    /// ConfigCommit of the configuration staged with this hash; the reply is the new ConfigState.
    /// NOT retried after a timeout either: the caller reads back which configuration is active.
    void commit(const QByteArray& payloadSha256, QObject* context, DeviceClient::Callback<ConfigState> done);

private:
    DeviceClient& m_client;
};

} // namespace iotpro
