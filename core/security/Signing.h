#pragma once

#include "common/Result.h"
#include "security/Keys.h"

#include <QByteArray>
#include <QByteArrayView>

namespace iotpro::security {

/// What a signature is for. Each domain has its own prefix, so a signature made for one purpose
/// can never be replayed as another (a calibration blob accepted as a configuration, say).
enum class SignatureDomain {
    Configuration, ///< a configuration written to a module; prefix "IoTPro config v1\0"
    CalibrationConstants, ///< factory calibration constants (factory key); prefix "IoTPro calibration v1\0"
};

/// The fixed prefix of a domain, including its terminating NUL byte.
QByteArray domainPrefix(SignatureDomain domain);

/// Exactly the bytes an Ed25519 signature covers: domainPrefix(domain) || message, the message
/// bytes as given. A verifier checks the bytes it received and never re-serialises anything.
QByteArray signedBytes(SignatureDomain domain, QByteArrayView message);

/// Ed25519 signature (64 bytes) of signedBytes(domain, message).
QByteArray sign(const SigningKey& key, SignatureDomain domain, QByteArrayView message);

/// Checks a signature made by sign(); SecurityCheckFailed if it does not verify.
Result<void> verify(
    const PublicKey& key, SignatureDomain domain, QByteArrayView message, QByteArrayView signature);

} // namespace iotpro::security
