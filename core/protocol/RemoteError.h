#pragma once

#include "common/Error.h"
#include "iotpro.pb.h"

#include <QString>
#include <QtGlobal>

namespace iotpro {

/// What the tool knew when it sent the request a module refused, so that the message can name
/// it ("the module does not trust key 7849 ac30 …"). Every member is optional; a message leaves
/// out what is not known.
struct RemoteErrorContext
{
    /// Fingerprint of the key that signed the configuration (UNKNOWN_SIGNER, BAD_SIGNATURE).
    QString signerFingerprint {};
    /// Serial number the configuration was signed for, and the module's own (WRONG_MODULE).
    QString configSerial {};
    QString moduleSerial {};
    /// Counter the configuration carries (STALE_COUNTER).
    quint64 counter = 0;
    /// Fingerprint of the key a trust-store request names (DUPLICATE_KEY, UNKNOWN_KEY, LAST_SIGNER).
    QString keyFingerprint {};
};

/// The translated, actionable Error for a module's ErrorReply: kind RemoteError, the code in
/// remoteCode, the refused field in `field`, the lock or busy time in retryAfterMs. The module's
/// own English text is appended in brackets for support; it never carries a secret
/// (docs/protocol.md, 4.5).
Error remoteError(const v1::ErrorReply& reply, const RemoteErrorContext& context = {});

} // namespace iotpro
