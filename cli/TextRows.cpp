#include "TextRows.h"

namespace iotpro::cli {

QStringList alignedRows(const QList<std::pair<QString, QString>>& rows, qsizetype labelWidth)
{
    qsizetype width = labelWidth;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QStringList lines;
    for (const auto& [label, value] : rows)
        lines << label.leftJustified(width + 2) + value;
    return lines;
}

QString utcText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_qs) + u" UTC" : u"-"_qs;
}

} // namespace iotpro::cli
