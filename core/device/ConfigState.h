#pragma once

#include "config/DeviceConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace iotpro {

/// The configuration a module runs, as ConfigGet (and ConfigCommit) report it. Secrets are empty;
/// their `*_set` flags say which the module holds.
struct ConfigState
{
    config::DeviceConfig config;
    /// Counter of the active configuration; 0 for the factory default.
    quint64 counter = 0;
    /// Where it lives: 0 the factory default, 1 slot A, 2 slot B.
    quint32 activeSlot = 0;
    /// SHA-256 of the signed payload as the module stored it; empty for the factory default.
    QByteArray payloadSha256;
    /// The signed configuration exactly as committed (SignedConfig.payload and .signature), for
    /// records; empty for the factory default.
    QByteArray signedPayload;
    QByteArray signature;
    /// Who signed it and when (from the signed payload); empty / invalid for the factory default.
    QByteArray signerKeyId;
    QString signerFingerprint;
    QDateTime signedAt;
    /// When the module committed it, module clock (UTC).
    QDateTime committedAt;

    bool isFactoryDefault() const { return activeSlot == 0; }

    friend bool operator==(const ConfigState&, const ConfigState&) = default;
};

/// A configuration the module verified and wrote into its inactive slot (ConfigUpload's reply).
struct ConfigStaged
{
    QByteArray payloadSha256;
    quint64 counter = 0;
    quint32 slot = 0; ///< 1 slot A, 2 slot B

    friend bool operator==(const ConfigStaged&, const ConfigStaged&) = default;
};

/// The secret fields of a configuration, by their path in its JSON form.
enum class SecretField {
    WifiPassphrase, ///< network.wifi.passphrase
    LorawanAppKey, ///< network.lorawan.app_key
    CellularPassword, ///< network.cellular.password
};

/// "network.wifi.passphrase" and so on: the path docs/security.md binds a sealed secret to.
QString secretFieldPath(SecretField field);

/// A secret's new value, sealed for the module (docs/security.md, section 7).
struct SealedSecret
{
    SecretField field = SecretField::WifiPassphrase;
    QByteArray sealed;

    friend bool operator==(const SealedSecret&, const SealedSecret&) = default;
};

/// What ConfigUpload carries: a serialized SignedConfigPayload, its signature, and the new secrets.
struct ConfigUpload
{
    QByteArray payload;
    QByteArray signature;
    QList<SealedSecret> secrets;

    friend bool operator==(const ConfigUpload&, const ConfigUpload&) = default;
};

} // namespace iotpro
