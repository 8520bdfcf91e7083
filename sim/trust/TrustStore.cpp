#include "TrustStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcTrust, "iotpro.sim.trust", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormat = 1; // JsonStateFile::FormatKey
constexpr QLatin1StringView kKeysKey("keys");
constexpr QLatin1StringView kPublicKeyKey("public_key");
constexpr QLatin1StringView kRoleKey("role");
constexpr QLatin1StringView kLabelKey("label");
constexpr QLatin1StringView kAddedKey("added_unix_ms");

QJsonObject toJson(const TrustedKey& key)
{
    return {
        { kPublicKeyKey, QString::fromLatin1(key.key.toBytes().toBase64()) },
        { kRoleKey, QString::fromStdString(v1::TrustRole_Name(key.role)) },
        { kLabelKey, key.label },
        { kAddedKey, key.addedUnixMs },
    };
}

std::optional<TrustedKey> keyFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const auto bytes = QByteArray::fromBase64Encoding(
        object.value(kPublicKeyKey).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const std::optional<security::PublicKey> key
        = bytes ? security::PublicKey::fromBytes(*bytes) : std::nullopt;
    v1::TrustRole role = v1::TRUST_ROLE_UNSPECIFIED;
    const bool knownRole = v1::TrustRole_Parse(object.value(kRoleKey).toString().toStdString(), &role)
        && role != v1::TRUST_ROLE_UNSPECIFIED;
    if (!key || !knownRole || !object.value(kLabelKey).isString() || !object.value(kAddedKey).isDouble())
        return std::nullopt;
    return TrustedKey { *key, role, object.value(kLabelKey).toString(), object.value(kAddedKey).toInteger() };
}

bool isConfigurationSigner(const TrustedKey& key)
{
    return key.role == v1::TRUST_ROLE_CONFIGURATION;
}

} // namespace

TrustStore::TrustStore(const QString& directory)
    : m_file(directory, u"trust-store.json"_s)
{ }

bool TrustStore::load()
{
    m_keys.clear();
    if (!m_file.exists())
        return true;
    const std::optional<QJsonObject> object = m_file.read();
    if (!object) {
        m_errorString = m_file.errorString();
        return false;
    }
    const QJsonArray entries = object->value(kKeysKey).toArray();
    bool intact = object->value(JsonStateFile::FormatKey).toInt() == kFormat
        && object->value(kKeysKey).isArray() && entries.size() <= kCapacity;
    std::vector<TrustedKey> keys;
    for (const QJsonValue& entry : entries) {
        const std::optional<TrustedKey> key = keyFromJson(entry);
        intact = intact && key.has_value();
        if (key)
            keys.push_back(*key);
    }
    if (!intact) {
        m_errorString = tr("%1 is damaged or was written by a newer iotpro-sim; delete it to start with an "
                           "empty trust store.")
                            .arg(m_file.filePath());
        return false;
    }
    m_keys = std::move(keys);
    return true;
}

bool TrustStore::contains(const security::PublicKey& key) const
{
    return std::any_of(
        m_keys.cbegin(), m_keys.cend(), [&key](const TrustedKey& entry) { return entry.key == key; });
}

std::vector<security::PublicKey> TrustStore::candidates(
    const security::KeyId& keyId, v1::TrustRole role) const
{
    std::vector<security::PublicKey> keys;
    for (const TrustedKey& entry : m_keys) {
        if (entry.role == role && entry.key.keyId() == keyId)
            keys.push_back(entry.key);
    }
    return keys;
}

std::optional<RequestError> TrustStore::add(const TrustedKey& key)
{
    if (contains(key.key))
        return RequestError { v1::ERROR_CODE_DUPLICATE_KEY,
            u"key %1 is already trusted"_s.arg(key.key.fingerprint()) };
    if (m_keys.size() >= kCapacity)
        return RequestError { v1::ERROR_CODE_TRUST_STORE_FULL,
            u"the trust store holds %1 keys already; remove one first"_s.arg(kCapacity) };
    std::vector<TrustedKey> keys = m_keys;
    keys.push_back(key);
    if (!save(keys))
        return RequestError { v1::ERROR_CODE_INTERNAL, u"the trust store could not be saved"_s };
    qCDebug(lcTrust) << "trusted key" << key.key.fingerprint();
    return std::nullopt;
}

std::optional<RequestError> TrustStore::remove(const security::KeyId& keyId)
{
    std::vector<TrustedKey> keys = m_keys;
    const auto removed
        = std::erase_if(keys, [&keyId](const TrustedKey& entry) { return entry.key.keyId() == keyId; });
    if (removed == 0)
        return RequestError { v1::ERROR_CODE_UNKNOWN_KEY,
            u"no trusted key has id %1"_s.arg(keyId.fingerprint()) };
    if (std::any_of(m_keys.cbegin(), m_keys.cend(), isConfigurationSigner)
        && std::none_of(keys.cbegin(), keys.cend(), isConfigurationSigner))
        return RequestError { v1::ERROR_CODE_LAST_SIGNER,
            u"key %1 is the last configuration signer; add another first"_s.arg(keyId.fingerprint()) };
    if (!save(keys))
        return RequestError { v1::ERROR_CODE_INTERNAL, u"the trust store could not be saved"_s };
    qCDebug(lcTrust) << "removed key" << keyId.fingerprint();
    return std::nullopt;
}

bool TrustStore::save(const std::vector<TrustedKey>& keys)
{
    QJsonArray entries;
    for (const TrustedKey& key : keys)
        entries.append(toJson(key));
    if (!m_file.write({ { JsonStateFile::FormatKey, kFormat }, { kKeysKey, entries } })) {
        m_errorString = m_file.errorString();
        qCWarning(lcTrust) << m_errorString;
        return false;
    }
    m_keys = keys;
    return true;
}

} // namespace iotpro::sim
