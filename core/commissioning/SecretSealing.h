#pragma once

#include "config/DeviceConfig.h"
#include "device/ConfigState.h"
#include "security/SymmetricKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// The new secrets of a configuration write, sealed for the module (docs/security.md, 7).
namespace iotpro::commissioning {

/// The associated data a secret is sealed with: lv_cat(field path, payload SHA-256). The module
/// supplies the same from its own context, so a sealed secret opens only in its own field of its
/// own configuration.
QByteArray secretAssociatedData(SecretField field, QByteArrayView payloadSha256);

/// Each non-empty secret of `config` sealed under the pairing's tool→module key; an empty secret
/// is left out ("keep the stored one").
QList<SealedSecret> sealSecrets(
    const config::DeviceConfig& config, QByteArrayView payloadSha256, const security::SymmetricKey& toolToModule);

} // namespace iotpro::commissioning
