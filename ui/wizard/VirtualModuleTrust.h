#pragma once

#include <QStringList>

namespace iotpro {
class VirtualModuleLauncher;
namespace security {
class KeyStore;
}
} // namespace iotpro

namespace iotpro::ui {

/// Has the built-in virtual module trust every key of the user's key store (and `extraPublicKeyFiles`)
/// from its next start: the user's own demo module accepts what they sign, as a real module
/// accepts the keys enrolled in production.
void trustKeyStoreKeys(VirtualModuleLauncher& launcher, const security::KeyStore& keys,
    const QStringList& extraPublicKeyFiles = {});

} // namespace iotpro::ui
