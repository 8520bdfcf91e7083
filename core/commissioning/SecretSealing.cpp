#include "SecretSealing.h"

#include "security/Cpace.h"
#include "security/Seal.h"
#include "security/Sodium.h"

namespace iotpro::commissioning {

QByteArray secretAssociatedData(SecretField field, QByteArrayView payloadSha256)
{
    // lv_cat as docs/security.md 6.3 defines it for CPace: LEB128 length, then the bytes.
    return security::cpace::lvCat({ secretFieldPath(field).toUtf8(), payloadSha256 });
}

QList<SealedSecret> sealSecrets(
    const config::DeviceConfig& config, QByteArrayView payloadSha256, const security::SymmetricKey& toolToModule)
{
    const std::pair<SecretField, const QString*> secrets[] {
        { SecretField::WifiPassphrase, &config.network.wifi.passphrase },
        { SecretField::LorawanAppKey, &config.network.lorawan.appKey },
        { SecretField::CellularPassword, &config.network.cellular.password },
    };
    QList<SealedSecret> sealed;
    for (const auto& [field, secret] : secrets) {
        if (secret->isEmpty())
            continue;
        QByteArray plaintext = secret->toUtf8();
        sealed.append({ field,
            security::seal::seal(toolToModule, secretAssociatedData(field, payloadSha256), plaintext) });
        security::wipe(plaintext);
    }
    return sealed;
}

} // namespace iotpro::commissioning
