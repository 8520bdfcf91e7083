#pragma once

#include "DeviceClient.h"
#include "TrustStore.h"
#include "security/Keys.h"

namespace iotpro {

/// A module's trust store of signer keys (docs/security.md, section 5). Reading works always;
/// adding and removing only while the module is in factory mode (NOT_IN_FACTORY_MODE otherwise).
/// Every reply is the whole store as it is afterwards.
class TrustRequests
{
public:
    explicit TrustRequests(DeviceClient& client)
        : m_client(client)
    { }

    /// TrustList; retried once after a timeout (a read).
    void list(QObject* context, DeviceClient::Callback<TrustStore> done);
    /// TrustAdd; not retried (a repeat would be refused as a duplicate and hide the first outcome).
    void add(const security::PublicKey& key, TrustRole role, const QString& label, QObject* context,
        DeviceClient::Callback<TrustStore> done);
    /// TrustRemove; not retried.
    void remove(const security::KeyId& keyId, QObject* context, DeviceClient::Callback<TrustStore> done);

private:
    DeviceClient& m_client;
};

} // namespace iotpro
