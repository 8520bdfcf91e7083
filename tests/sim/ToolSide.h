#pragma once

#include "iotpro.pb.h"
#include "security/Keys.h"
#include "security/PakeKeySchedule.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

/// The tool's side of the configuration write, pairing and trust for the sim's tests, built from the
/// .proto and core/security alone, as a tool builds it: requests, pairing, signed payloads and sealed
/// secrets.
namespace iotpro::test {

inline constexpr auto kSerial = u"SIM-TEST-7";
inline constexpr auto kLabelCode = u"7391-2204";
/// When the test tool signs.
inline constexpr qint64 kSignedUnixMs = 1'750'000'000'000;

v1::Envelope configGetRequest(quint32 requestId);
v1::Envelope configUploadRequest(quint32 requestId, const v1::ConfigUpload& upload);
v1::Envelope configCommitRequest(quint32 requestId, const QByteArray& payloadSha256);
v1::Envelope pairingStartRequest(quint32 requestId, const QByteArray& messageA);
v1::Envelope pairingConfirmRequest(quint32 requestId, const QByteArray& messageC);
v1::Envelope trustListRequest(quint32 requestId);
v1::Envelope trustAddRequest(
    quint32 requestId, const QByteArray& publicKey, v1::TrustRole role, const QString& label);
v1::Envelope trustRemoveRequest(quint32 requestId, const QByteArray& keyId);

/// A request goes out, its reply comes back: to a handler, a protocol or a real module.
using Exchange = std::function<v1::Envelope(const v1::Envelope& request)>;

/// The tool's side of pairing (docs/security.md, 6) over `exchange`: the session keys, or nullopt
/// when the module refused (its error is then in `refusal`).
std::optional<security::pake::SessionKeys> pair(const Exchange& exchange, const QString& labelCode,
    const QString& serialNumber, v1::ErrorReply* refusal = nullptr);

/// Secrets to send, in clear, by field.
using Secrets = QMap<v1::SecretField, QByteArray>;

/// A configuration author: a signing key, and the signed payloads and uploads a tool makes with it.
class ConfigAuthor
{
public:
    ConfigAuthor();

    const security::SigningKey& key() const { return m_key; }
    security::PublicKey publicKey() const { return m_key.publicKey(); }

    /// A serialized SignedConfigPayload naming this author's key.
    QByteArray payload(const QString& serialNumber, quint64 counter, const v1::DeviceConfig& config) const;
    /// `payload` signed, with `secrets` sealed for it under `keys` (none without keys).
    v1::ConfigUpload upload(const QByteArray& payload, const Secrets& secrets = {},
        const security::pake::SessionKeys* keys = nullptr) const;

private:
    security::SigningKey m_key;
};

/// SHA-256, as ConfigStaged and ConfigState carry a payload's hash.
QByteArray sha256(const QByteArray& bytes);

/// The associated data a secret of `fieldPath` is sealed with, written out by hand from
/// iotpro.proto: lv_cat(path, SHA-256) with one-byte LEB128 lengths (both are short).
QByteArray sealingAssociatedData(const QByteArray& fieldPath, const QByteArray& payloadSha256);

/// The factory default configuration with Wi-Fi on: SSID "Plant-2", a passphrase held.
v1::DeviceConfig wifiConfig(const v1::DeviceConfig& base);

} // namespace iotpro::test
