#include "VirtualModuleTrust.h"

#include "device/VirtualModuleLauncher.h"
#include "security/KeyStore.h"

namespace iotpro::ui {

void trustKeyStoreKeys(VirtualModuleLauncher& launcher, const security::KeyStore& keys,
    const QStringList& extraPublicKeyFiles)
{
    QStringList files;
    for (const QString& name : keys.names())
        files.append(keys.privateKeyPath(name) + QStringLiteral(".pub"));
    launcher.setTrustedKeyFiles(files + extraPublicKeyFiles);
}

} // namespace iotpro::ui
