#pragma once

#include "JsonStateFile.h"
#include "configuration/SecretFields.h"
#include "iotpro.pb.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace iotpro::sim {

/// What one configuration slot holds: the signed configuration exactly as it was received, and
/// the secrets the module holds with it.
struct SlotContents
{
    /// SignedConfig.payload, a serialized SignedConfigPayload, byte for byte.
    QByteArray payload;
    QByteArray signature;
    ConfigSecrets secrets;

    friend bool operator==(const SlotContents&, const SlotContents&) = default;
};

/// The configuration the module runs.
struct ActiveConfig
{
    /// 0 the factory default (never configured), 1 slot A, 2 slot B.
    quint32 slot = 0;
    /// Secret fields empty; the `*_set` flags say which secrets are held.
    v1::DeviceConfig config;
    quint64 counter = 0;
    /// Empty for the factory default.
    QByteArray payload;
    QByteArray signature;
    QByteArray payloadSha256;
    /// When it was committed, module clock; 0 for the factory default.
    qint64 committedUnixMs = 0;
    ConfigSecrets secrets;
};

/// The module's configuration memory, A/B style, in the state directory: two slot files
/// (config-slot-a.json, config-slot-b.json, owner-only since they hold secrets) and a pointer
/// file naming the active one (config-active.json). A new configuration is written whole into the
/// inactive slot; committing it replaces only the small pointer file. Every file is replaced
/// atomically and durably (JsonStateFile), so a module killed at any moment restarts with the old
/// configuration or the new one, complete. No pointer file: the factory default.
class ConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStore)

public:
    static constexpr quint32 kFactorySlot = 0;
    static constexpr quint32 kSlotA = 1;
    static constexpr quint32 kSlotB = 2;

    explicit ConfigStore(const QString& directory);

    /// Reads the pointer and the active slot. false when either is damaged (see errorString());
    /// active() is then the factory default.
    bool load();

    const ActiveConfig& active() const { return m_active; }
    /// The slot a new configuration goes into: never the active one.
    quint32 inactiveSlot() const { return m_active.slot == kSlotA ? kSlotB : kSlotA; }

    /// Replaces `slot` (kSlotA or kSlotB) durably. false on failure (see errorString()).
    bool writeSlot(quint32 slot, const SlotContents& contents);
    /// What `slot` holds; nullopt when it is empty or damaged (see errorString()).
    std::optional<SlotContents> readSlot(quint32 slot);
    /// Makes `slot` the active one by replacing the pointer durably, committed at
    /// `committedUnixMs`. false, and active() unchanged, on failure (see errorString()).
    bool activate(quint32 slot, qint64 committedUnixMs);

    /// One line saying what failed last, with the path.
    const QString& errorString() const { return m_errorString; }

private:
    JsonStateFile& slotFile(quint32 slot);
    std::optional<ActiveConfig> activeFrom(quint32 slot, qint64 committedUnixMs);
    bool fail(const QString& errorString);

    JsonStateFile m_slotA;
    JsonStateFile m_slotB;
    JsonStateFile m_pointer;
    ActiveConfig m_active;
    QString m_errorString;
};

/// The factory default as the active configuration: slot 0, counter 0, nothing signed.
ActiveConfig factoryActiveConfig();

/// SHA-256 of a signed payload, as ConfigStaged and ConfigState carry it.
QByteArray payloadSha256(const QByteArray& payload);

} // namespace iotpro::sim
