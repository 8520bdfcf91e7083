#pragma once

#include "common/Result.h"
#include "security/SymmetricKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// How the pairing of tool and module turns CPace's inputs and output into what the protocol uses
/// (docs/security.md, section 6). Pure functions, shared by both roles.
namespace iotpro::security::pake {

/// sid: 16 random bytes chosen by the tool, sent in the clear.
inline constexpr qsizetype SessionIdSize = 16;
/// A key confirmation tag: HMAC-SHA-512.
inline constexpr qsizetype TagSize = 64;
/// ADa and ADb: fixed strings both sides know (not sent); they bind the roles and this version of
/// the pairing into the transcript.
inline constexpr QByteArrayView InitiatorAd = "IoTPro pairing v1 tool";
inline constexpr QByteArrayView ResponderAd = "IoTPro pairing v1 module";
/// The crypto_kdf context of the session keys.
inline constexpr char SessionKeyContext[] = "IoTProSK";

/// Keys of one paired session, one per direction so nothing sealed by one side can be reflected
/// back to it as if the other side had sent it.
struct SessionKeys
{
    SymmetricKey toolToModule; ///< seals what the tool sends
    SymmetricKey moduleToTool; ///< seals what the module sends
    QByteArray sessionId; ///< sid; public, names the session in logs

    friend bool operator==(const SessionKeys&, const SessionKeys&) = default;
};

/// CPace's PRS from the code as printed on the module label: Unicode NFKC, then every space and
/// dash removed, then upper case, as UTF-8 ("7391-2204" and "7391 2204" give "73912204").
/// SecurityCheckFailed when nothing is left.
Result<QByteArray> passwordFromLabelCode(const QString& printedCode);

/// CPace's CI: "IoTPro" || the module's serial number in UTF-8, as the module reports it.
QByteArray channelIdentifier(const QString& moduleSerial);

/// mac_key = SHA-512("CPaceMac" || sid || ISK), draft-irtf-cfrg-cpace-21 section 10.4.
QByteArray confirmationKey(QByteArrayView sessionId, QByteArrayView isk);

/// HMAC-SHA-512(mac_key, lv_cat(Y, AD)): a party's tag over the message it sent (section 10.4).
QByteArray confirmationTag(QByteArrayView confirmationKey, QByteArrayView share, QByteArrayView ad);

/// The session keys: crypto_kdf_derive_from_key(32 bytes, id 1 tool->module / id 2 module->tool,
/// context "IoTProSK", master = BLAKE2b-256(ISK)).
SessionKeys sessionKeys(QByteArrayView isk, QByteArrayView sessionId);

} // namespace iotpro::security::pake
