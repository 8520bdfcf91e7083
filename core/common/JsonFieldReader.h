#pragma once

#include "Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotpro {

/// Reads the fields of a JSON data file (a test plan, a register profile) and keeps the first
/// problem, named by the field's path, so that whoever wrote the file can find it. A failed
/// read returns the default, so a file reads straight through and reports once at the end.
/// Unknown keys are problems too: a typo never goes unnoticed.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::JsonFieldReader)

public:
    /// `source` names the file (or "built-in plan") in the error.
    explicit JsonFieldReader(QString source);

    /// Parses `bytes` as one JSON object.
    std::optional<QJsonObject> parseObject(const QByteArray& bytes);

    /// Records a problem with the keys of `object` that are not in `known`.
    void rejectUnknownKeys(const QJsonObject& object, const QString& path, const QStringList& known);

    QString text(const QJsonObject& object, const QString& path, const QString& key,
        const std::optional<QString>& fallback = std::nullopt);
    double number(const QJsonObject& object, const QString& path, const QString& key, double min, double max,
        std::optional<double> fallback = std::nullopt);
    /// A whole number, written as a JSON number or as a "0x…" hexadecimal string.
    int integer(const QJsonObject& object, const QString& path, const QString& key, int min, int max,
        std::optional<int> fallback = std::nullopt);
    bool boolean(const QJsonObject& object, const QString& path, const QString& key, bool fallback);
    QJsonObject object(const QJsonObject& object, const QString& path, const QString& key);
    QJsonArray array(const QJsonObject& object, const QString& path, const QString& key);
    /// One of `choices`; the index of the one given.
    int choice(const QJsonObject& object, const QString& path, const QString& key, const QStringList& choices,
        std::optional<int> fallback = std::nullopt);

    /// Records `why` for the field at `path` (keeps only the first problem).
    void fail(const QString& path, const QString& why);

    bool ok() const { return !m_error; }
    /// The first problem: kind InvalidFile, detail "SOURCE: PATH: why".
    const std::optional<Error>& error() const { return m_error; }

    static QString join(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

private:
    /// The value at `key`, or an undefined value after recording "missing" when required.
    QJsonValue entry(const QJsonObject& object, const QString& path, const QString& key, bool required);

    QString m_source;
    std::optional<Error> m_error;
};

} // namespace iotpro
