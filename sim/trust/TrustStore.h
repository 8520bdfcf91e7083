#pragma once

#include "JsonStateFile.h"
#include "RequestError.h"
#include "iotpro.pb.h"
#include "security/Keys.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace iotpro::sim {

/// A signer public key the module trusts (docs/security.md, 5.1).
struct TrustedKey
{
    security::PublicKey key;
    v1::TrustRole role = v1::TRUST_ROLE_CONFIGURATION;
    /// At most TrustStore::kMaxLabelBytes of UTF-8.
    QString label;
    qint64 addedUnixMs = 0;
};

/// The module's trust store (docs/security.md, 5.1): at most kCapacity signer keys with their role
/// and label, kept in trust-store.json in the state directory and saved durably on every change.
/// Readable always; whether it may be changed (factory mode) is the caller's decision. Key ids are
/// computed here from the full keys, never taken from a tool.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    static constexpr int kCapacity = 8;
    static constexpr qsizetype kMaxLabelBytes = 64;

    explicit TrustStore(const QString& directory);

    /// A missing file is an empty store. false when the file is damaged (see errorString()).
    bool load();

    const std::vector<TrustedKey>& keys() const { return m_keys; }
    bool contains(const security::PublicKey& key) const;
    /// The keys of `role` whose key id is `keyId` (ids of 8 bytes may collide; the full key decides).
    std::vector<security::PublicKey> candidates(const security::KeyId& keyId, v1::TrustRole role) const;

    /// Adds `key` and saves. Refused: DUPLICATE_KEY, TRUST_STORE_FULL; INTERNAL when saving fails.
    std::optional<RequestError> add(const TrustedKey& key);
    /// Removes every key with `keyId` and saves. Refused: UNKNOWN_KEY, LAST_SIGNER (the last
    /// configuration-signer key: the module could never be configured again); INTERNAL when
    /// saving fails.
    std::optional<RequestError> remove(const security::KeyId& keyId);

    /// One line saying what failed last, with the path.
    const QString& errorString() const { return m_errorString; }

private:
    bool save(const std::vector<TrustedKey>& keys);

    JsonStateFile m_file;
    std::vector<TrustedKey> m_keys;
    QString m_errorString;
};

} // namespace iotpro::sim
