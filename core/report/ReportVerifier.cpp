#include "ReportVerifier.h"

#include "CommissioningReport.h"
#include "ReportJson.h"
#include "config/ConfigHash.h"
#include "config/ConfigJson.h"
#include "config/ConfigProto.h"
#include "iotpro.pb.h"
#include "security/Hash.h"
#include "security/Keys.h"
#include "security/Signing.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace iotpro::report {

namespace {

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// What the report says about the configuration, against what the signed envelope holds.
QStringList envelopeMismatches(const QJsonObject& report, const v1::SignedConfigPayload& payload,
    const QByteArray& payloadBytes, const config::DeviceConfig& config, const security::PublicKey& key)
{
    const QJsonObject configuration = report.value(u"configuration"_qs).toObject();
    QStringList mismatches;
    const auto expect = [&mismatches](bool same, const QString& what) {
        if (!same)
            mismatches.append(what);
    };
    expect(QString::fromStdString(payload.serial_number())
            == report.value(u"module"_qs).toObject().value(u"serial_number"_qs).toString(),
        u"module.serial_number"_qs);
    expect(qint64(payload.counter()) == configuration.value(u"counter"_qs).toInteger(), u"configuration.counter"_qs);
    expect(hex(security::sha256(payloadBytes)) == configuration.value(u"payload_sha256"_qs).toString(),
        u"configuration.payload_sha256"_qs);
    expect(hex(config::configHash(config)) == configuration.value(u"sha256"_qs).toString(), u"configuration.sha256"_qs);
    expect(key.fingerprint() == configuration.value(u"signer_fingerprint"_qs).toString(),
        u"configuration.signer_fingerprint"_qs);
    expect(QJsonDocument::fromJson(config::toJson(config)).object() == configuration.value(u"settings"_qs).toObject(),
        u"configuration.settings"_qs);
    // The readable sections are rebuilt from the signed configuration, so that a report changed
    // and re-hashed by hand still cannot show other CTs or another place than the ones signed.
    CommissioningReport signedOnly;
    signedOnly.session.config = config;
    signedOnly.cts = ctRows(config);
    const QJsonObject rebuilt = contentJson(signedOnly);
    for (const QString& section : { u"ct_inputs"_qs, u"wiring"_qs, u"installation"_qs })
        expect(rebuilt.value(section) == report.value(section), section);
    return mismatches;
}

VerifyCheck checkEnvelope(const QJsonObject& report, const QJsonObject& envelope, VerifyCheck& signature)
{
    const QByteArray payloadBytes = QByteArray::fromBase64(envelope.value(u"payload"_qs).toString().toLatin1());
    const QByteArray signatureBytes = QByteArray::fromBase64(envelope.value(u"signature"_qs).toString().toLatin1());
    const std::optional<security::PublicKey> key = security::PublicKey::fromBytes(
        QByteArray::fromBase64(envelope.value(u"signer_public_key"_qs).toString().toLatin1()));
    VerifyCheck matches { u"envelope"_qs, false, {} };
    if (!key) {
        signature.detail = ReportVerifier::tr("signed_envelope.signer_public_key is not an Ed25519 public key");
        matches.detail = ReportVerifier::tr("not checked: no usable public key");
        return matches;
    }
    const Result<void> verified
        = security::verify(*key, security::SignatureDomain::Configuration, payloadBytes, signatureBytes);
    signature.passed = verified.ok();
    signature.detail = verified ? ReportVerifier::tr("the configuration was signed by key %1").arg(key->fingerprint())
                                : ReportVerifier::tr("the signature of the configuration does not verify with key %1")
                                      .arg(key->fingerprint());
    v1::SignedConfigPayload payload;
    if (!payload.ParseFromArray(payloadBytes.constData(), int(payloadBytes.size()))) {
        matches.detail = ReportVerifier::tr("signed_envelope.payload is not a signed configuration");
        return matches;
    }
    const config::ReadResult<config::DeviceConfig> config = config::fromProto(payload.config());
    if (!config) {
        matches.detail = ReportVerifier::tr("the signed configuration cannot be read: %1").arg(config.problem().toString());
        return matches;
    }
    const QStringList mismatches = envelopeMismatches(report, payload, payloadBytes, config.value(), *key);
    matches.passed = mismatches.isEmpty();
    matches.detail = matches.passed
        ? ReportVerifier::tr("the report describes the signed configuration")
        : ReportVerifier::tr("the report differs from the signed configuration in %1").arg(mismatches.join(u", "));
    return matches;
}

} // namespace

bool Verification::passed() const
{
    return !checks.isEmpty()
        && std::all_of(checks.cbegin(), checks.cend(), [](const VerifyCheck& check) { return check.passed; });
}

Verification ReportVerifier::verify(const QByteArray& file)
{
    Verification verification;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file, &error);
    const QJsonObject report = document.object();
    const bool isReport = error.error == QJsonParseError::NoError && document.isObject()
        && report.value(u"format"_qs).toString() == ReportFormat;
    verification.checks.append({ u"json"_qs, isReport,
        isReport ? tr("a commissioning report, format version %1").arg(report.value(u"format_version"_qs).toInt())
        : error.error != QJsonParseError::NoError
            ? tr("not valid JSON at byte %1 (%2)").arg(error.offset).arg(error.errorString())
            : tr("not a commissioning report (\"format\" is not \"%1\")").arg(ReportFormat.toString()) });
    if (!isReport)
        return verification;

    QJsonObject content = report;
    const QJsonObject integrity = content.take(u"integrity"_qs).toObject();
    const bool sameLayout = reportFile(content) == file;
    verification.checks.append({ u"layout"_qs, sameLayout,
        sameLayout ? tr("the file is byte for byte as written")
                   : tr("the file's bytes differ from the layout the tool writes (edited or re-formatted)") });
    const QString stated = integrity.value(u"content_sha256"_qs).toString();
    const QString computed = hex(contentSha256(content));
    const bool sameContent = integrity.value(u"algorithm"_qs).toString() == u"sha256" && stated == computed;
    verification.checks.append({ u"content_sha256"_qs, sameContent,
        sameContent ? tr("SHA-256 of the content is %1, as stated").arg(computed)
                    : tr("SHA-256 of the content is %1, the report states %2: the content was changed")
                          .arg(computed, stated.isEmpty() ? tr("nothing") : stated) });

    const QJsonValue envelope = report.value(u"signed_envelope"_qs);
    verification.signedConfiguration = envelope.isObject();
    if (!envelope.isObject())
        return verification; // a session that signed nothing: the content hash is all there is
    VerifyCheck signature { u"signature"_qs, false, {} };
    const VerifyCheck matches = checkEnvelope(report, envelope.toObject(), signature);
    verification.checks.append(signature);
    verification.checks.append(matches);
    return verification;
}

} // namespace iotpro::report
