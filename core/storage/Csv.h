#pragma once

#include <QString>
#include <QStringList>

/// Comma- or semicolon-separated files as RFC 4180 writes them (core/storage internal): a field
/// is quoted when it holds the delimiter, a double quote, CR or LF, a quote inside is doubled,
/// and every record ends with CRLF. Text is written as given: never formatted by a locale.
namespace iotpro::storage::csv {

QString field(const QString& value, QChar delimiter);
QString record(const QStringList& fields, QChar delimiter);

} // namespace iotpro::storage::csv
