#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotpro::report {

/// One check of `report verify`.
struct VerifyCheck
{
    QString name; ///< "json", "layout", "content_sha256", "signature", "envelope"
    bool passed = false;
    QString detail; ///< what was found, in words

    friend bool operator==(const VerifyCheck&, const VerifyCheck&) = default;
};

struct Verification
{
    QList<VerifyCheck> checks;
    bool signedConfiguration = false; ///< the report carries a signed envelope (a session that wrote one)

    bool passed() const;
};

/// Checks a report file as `iotpro-cli report verify` does (docs/report.md): it parses; its bytes
/// are exactly the layout the tool writes; the SHA-256 over its content matches "integrity"; and,
/// when it carries a signed configuration, the Ed25519 signature of the envelope verifies with
/// the public key given, and the envelope is the configuration the report describes (serial,
/// counter, payload hash, configuration hash, signer fingerprint, every setting and the CT table).
/// Stops at the first check that makes the next ones meaningless (a file that does not parse).
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::report::ReportVerifier)

public:
    static Verification verify(const QByteArray& file);
};

} // namespace iotpro::report
