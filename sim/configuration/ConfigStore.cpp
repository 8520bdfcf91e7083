#include "ConfigStore.h"

#include "configuration/FactoryDefaultConfig.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcConfigStore, "iotpro.sim.config", QtInfoMsg)

namespace {

constexpr int kFormat = 1; // JsonStateFile::FormatKey
constexpr QLatin1StringView kPayloadKey("payload");
constexpr QLatin1StringView kSignatureKey("signature");
constexpr QLatin1StringView kSecretsKey("secrets");
constexpr QLatin1StringView kSlotKey("slot");
constexpr QLatin1StringView kCommittedKey("committed_unix_ms");

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional(*decoded) : std::nullopt;
}

QJsonObject toJson(const SlotContents& contents)
{
    QJsonObject secrets;
    for (const SecretFieldInfo& info : secretFields()) {
        if (contents.secrets.contains(info.field))
            secrets.insert(info.path, contents.secrets.value(info.field));
    }
    return {
        { JsonStateFile::FormatKey, kFormat },
        { kPayloadKey, base64(contents.payload) },
        { kSignatureKey, base64(contents.signature) },
        { kSecretsKey, secrets },
    };
}

std::optional<SlotContents> slotFromJson(const QJsonObject& object)
{
    const std::optional<QByteArray> payload = fromBase64(object.value(kPayloadKey));
    const std::optional<QByteArray> signature = fromBase64(object.value(kSignatureKey));
    const QJsonValue secrets = object.value(kSecretsKey);
    if (object.value(JsonStateFile::FormatKey).toInt() != kFormat || !payload || !signature
        || !secrets.isObject())
        return std::nullopt;
    SlotContents contents { *payload, *signature, {} };
    const QJsonObject secretObject = secrets.toObject();
    for (const SecretFieldInfo& info : secretFields()) {
        const QJsonValue value = secretObject.value(info.path);
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return std::nullopt;
        contents.secrets.insert(info.field, value.toString());
    }
    return contents;
}

} // namespace

ActiveConfig factoryActiveConfig()
{
    ActiveConfig active;
    active.config = factoryDefaultConfig();
    return active;
}

QByteArray payloadSha256(const QByteArray& payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
}

ConfigStore::ConfigStore(const QString& directory)
    : m_slotA(directory, QStringLiteral("config-slot-a.json"), JsonStateFile::Readers::OwnerOnly)
    , m_slotB(directory, QStringLiteral("config-slot-b.json"), JsonStateFile::Readers::OwnerOnly)
    , m_pointer(directory, QStringLiteral("config-active.json"))
    , m_active(factoryActiveConfig())
{ }

bool ConfigStore::fail(const QString& errorString)
{
    m_errorString = errorString;
    return false;
}

JsonStateFile& ConfigStore::slotFile(quint32 slot)
{
    Q_ASSERT(slot == kSlotA || slot == kSlotB);
    return slot == kSlotA ? m_slotA : m_slotB;
}

bool ConfigStore::load()
{
    m_active = factoryActiveConfig();
    if (!m_pointer.exists())
        return true;
    const std::optional<QJsonObject> pointer = m_pointer.read();
    if (!pointer)
        return fail(m_pointer.errorString());
    const qint64 slot = pointer->value(kSlotKey).toInteger(-1);
    const QJsonValue committed = pointer->value(kCommittedKey);
    if (pointer->value(JsonStateFile::FormatKey).toInt() != kFormat || (slot != kSlotA && slot != kSlotB)
        || !committed.isDouble()) {
        return fail(tr("%1 is damaged or was written by a newer iotpro-sim; delete it to start from the "
                       "factory default configuration.")
                        .arg(m_pointer.filePath()));
    }
    const std::optional<ActiveConfig> active = activeFrom(static_cast<quint32>(slot), committed.toInteger());
    if (!active)
        return false;
    m_active = *active;
    qCDebug(lcConfigStore) << "active configuration: slot" << m_active.slot << "counter" << m_active.counter;
    return true;
}

std::optional<ActiveConfig> ConfigStore::activeFrom(quint32 slot, qint64 committedUnixMs)
{
    const std::optional<SlotContents> contents = readSlot(slot);
    if (!contents)
        return std::nullopt;
    v1::SignedConfigPayload payload;
    if (!payload.ParseFromArray(contents->payload.constData(), static_cast<int>(contents->payload.size()))) {
        fail(tr("%1 holds no readable configuration; delete it and %2 to start from the factory default "
                "configuration.")
                 .arg(slotFile(slot).filePath(), m_pointer.filePath()));
        return std::nullopt;
    }
    ActiveConfig active;
    active.slot = slot;
    active.config = payload.config();
    active.counter = payload.counter();
    active.payload = contents->payload;
    active.signature = contents->signature;
    active.payloadSha256 = payloadSha256(contents->payload);
    active.committedUnixMs = committedUnixMs;
    active.secrets = contents->secrets;
    return active;
}

bool ConfigStore::writeSlot(quint32 slot, const SlotContents& contents)
{
    JsonStateFile& file = slotFile(slot);
    if (!file.write(toJson(contents)))
        return fail(file.errorString());
    qCDebug(lcConfigStore) << "wrote" << file.filePath();
    return true;
}

std::optional<SlotContents> ConfigStore::readSlot(quint32 slot)
{
    JsonStateFile& file = slotFile(slot);
    if (!file.exists()) {
        fail(tr("%1 is missing.").arg(file.filePath()));
        return std::nullopt;
    }
    const std::optional<QJsonObject> object = file.read();
    if (!object) {
        fail(file.errorString());
        return std::nullopt;
    }
    std::optional<SlotContents> contents = slotFromJson(*object);
    if (!contents)
        fail(tr("%1 is damaged or was written by a newer iotpro-sim.").arg(file.filePath()));
    return contents;
}

bool ConfigStore::activate(quint32 slot, qint64 committedUnixMs)
{
    std::optional<ActiveConfig> active = activeFrom(slot, committedUnixMs);
    if (!active)
        return false;
    const QJsonObject pointer {
        { JsonStateFile::FormatKey, kFormat },
        { kSlotKey, static_cast<qint64>(slot) },
        { kCommittedKey, committedUnixMs },
    };
    if (!m_pointer.write(pointer))
        return fail(m_pointer.errorString());
    m_active = std::move(*active);
    qCDebug(lcConfigStore) << "slot" << slot << "active, counter" << m_active.counter;
    return true;
}

} // namespace iotpro::sim
