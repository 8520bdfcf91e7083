#include "Signing.h"

#include <QCoreApplication>

namespace iotpro::security {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::Signing)
};

} // namespace

QByteArray domainPrefix(SignatureDomain domain)
{
    // The explicit "\0" in each literal is part of the prefix: it ends the domain name so no
    // domain is a prefix of another.
    switch (domain) {
    case SignatureDomain::Configuration:
        return QByteArrayLiteral("IoTPro config v1\0");
    case SignatureDomain::CalibrationConstants:
        return QByteArrayLiteral("IoTPro calibration v1\0");
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray signedBytes(SignatureDomain domain, QByteArrayView message)
{
    QByteArray bytes = domainPrefix(domain);
    bytes.append(message);
    return bytes;
}

QByteArray sign(const SigningKey& key, SignatureDomain domain, QByteArrayView message)
{
    return key.signRaw(signedBytes(domain, message));
}

Result<void> verify(
    const PublicKey& key, SignatureDomain domain, QByteArrayView message, QByteArrayView signature)
{
    if (key.verifyRaw(signedBytes(domain, message), signature))
        return {};
    return Errors::make(ErrorKind::SecurityCheckFailed,
        Text::tr("the signature does not match key %1: the data was altered, or "
                 "signed by another key or for another purpose")
            .arg(key.fingerprint()));
}

} // namespace iotpro::security
