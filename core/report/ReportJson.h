#pragma once

#include "CommissioningReport.h"

#include <QByteArray>
#include <QJsonObject>

/// The JSON form of a commissioning report (docs/report.md, schema in
/// docs/report.schema.json): every section of the PDF as data, the
/// signed configuration envelope and the signer's public key, and a SHA-256 over all of it.
/// Machine format: English names, no locale, times ISO 8601 UTC, hashes lowercase hex, bytes base64.
namespace iotpro::report {

inline constexpr QStringView ReportFormat = u"iotpro-commissioning-report";
inline constexpr int ReportFormatVersion = 1;

/// Everything the report says, without "integrity".
QJsonObject contentJson(const CommissioningReport& report);

/// SHA-256 of `content` in its compact serialization (keys sorted, no spaces): what "integrity"
/// carries.
QByteArray contentSha256(const QJsonObject& content);

/// The report file: the content plus {"integrity": {"algorithm": "sha256", "content_sha256"}},
/// indented. This exact layout is part of the format: `report verify` also refuses a file whose
/// bytes differ from it, so that no byte can change unnoticed.
QByteArray reportFile(const CommissioningReport& report);
QByteArray reportFile(const QJsonObject& content);

} // namespace iotpro::report
