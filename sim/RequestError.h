#pragma once

#include "iotpro.pb.h"

#include <QString>

namespace iotpro::sim {

/// Why the module refuses a request: what an ErrorReply carries (docs/protocol.md, 4.5).
struct RequestError
{
    v1::ErrorCode code = v1::ERROR_CODE_INTERNAL;
    /// English, for logs and support (the tool shows its own text per code). Never a secret.
    QString message {};
    /// INVALID_CONFIG and OPTION_NOT_FITTED: the field refused, as its path in the JSON form of
    /// the configuration, e.g. "network.wifi.ssid".
    QString field {};
    /// PAIRING_LOCKED and BUSY: how long until a new attempt can succeed.
    quint64 retryAfterMs = 0;

    friend bool operator==(const RequestError&, const RequestError&) = default;
};

/// Longest ErrorReply.message, in bytes (docs/protocol.md, 4.5).
inline constexpr qsizetype kMaxErrorMessageBytes = 128;

/// An envelope answering `request`: its request id and protocol version, no body yet.
v1::Envelope replyEnvelopeFor(const v1::Envelope& request);

/// `reply` carrying `error` as its ErrorReply body; a message beyond kMaxErrorMessageBytes is cut
/// at a character boundary.
v1::Envelope withError(v1::Envelope reply, const RequestError& error);

} // namespace iotpro::sim
