#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotpro {

/// What a trusted key may sign (docs/security.md, 5.1).
enum class TrustRole {
    Configuration, ///< configurations written to the module
    Factory, ///< calibration constants
    Unknown, ///< a role this tool does not know (a newer module)
};

/// One signer public key a module trusts.
struct TrustedKey
{
    QByteArray publicKey; ///< Ed25519, 32 bytes
    QByteArray keyId; ///< 8 bytes, recomputed by the tool from publicKey
    QString fingerprint; ///< "7849 ac30 4968 0be1"
    TrustRole role = TrustRole::Unknown;
    QString label;
    QDateTime added; ///< module clock, UTC

    friend bool operator==(const TrustedKey&, const TrustedKey&) = default;
};

/// A module's trust store, as TrustList, TrustAdd and TrustRemove report it.
struct TrustStore
{
    QList<TrustedKey> keys;
    /// The module is in factory mode: keys can be added and removed.
    bool factoryMode = false;

    friend bool operator==(const TrustStore&, const TrustStore&) = default;
};

} // namespace iotpro
