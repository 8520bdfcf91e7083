#include "Csv.h"

namespace iotpro::storage::csv {

QString field(const QString& value, QChar delimiter)
{
    const bool quoted
        = value.contains(delimiter) || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!quoted)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_qs, u"\"\""_qs);
    return u"\""_qs + escaped + u"\""_qs;
}

QString record(const QStringList& fields, QChar delimiter)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString& value : fields)
        written.append(field(value, delimiter));
    return written.join(delimiter) + u"\r\n"_qs;
}

} // namespace iotpro::storage::csv
