#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace iotpro::cli {

/// "label  value" lines with the values aligned, for people; labels take at least `labelWidth`
/// characters, so that several groups of rows line up with each other.
QStringList alignedRows(const QList<std::pair<QString, QString>>& rows, qsizetype labelWidth = 0);

/// A moment for people: "2024-05-01 12:00:00 UTC"; "-" when not known.
QString utcText(const QDateTime& time);

} // namespace iotpro::cli
