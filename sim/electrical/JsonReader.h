#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotpro::sim {

/// "path.key", or "key" at the top.
QString jsonKeyPath(const QString& path, const QString& key);
/// "path[index]".
QString jsonIndexPath(const QString& path, qsizetype index);

/// Reads values out of parsed JSON that people write by hand. A problem is reported as
/// "path.to.key: what is wrong"; the first one is kept, and every read returns nullopt (or
/// false) once it fails, so that callers can simply stop.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    /// Records `problem` at `path` unless a problem is recorded already; returns false.
    bool fail(const QString& path, const QString& problem);
    /// The first problem, if any.
    const std::optional<QString>& error() const { return m_error; }

    /// Fails at the first key of `object` that is not in `known`.
    bool onlyKnownKeys(const QJsonObject& object, const QString& path, const QStringList& known);
    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path);
    /// A number within [min, max].
    std::optional<double> number(const QJsonValue& value, const QString& path, double min, double max);
    std::optional<bool> boolean(const QJsonValue& value, const QString& path);
    std::optional<QString> string(const QJsonValue& value, const QString& path);

    /// One value per item (phase, CT input …): an array of exactly `count`, or a single value
    /// for all. `readOne(value, path)` reads one.
    template <typename T, typename ReadOne>
    std::optional<QList<T>> perItem(
        const QJsonValue& value, const QString& path, qsizetype count, ReadOne readOne);
    std::optional<QList<double>> perItemNumber(
        const QJsonValue& value, const QString& path, qsizetype count, double min, double max);
    std::optional<QList<bool>> perItemBoolean(const QJsonValue& value, const QString& path, qsizetype count);

private:
    void failCount(const QString& path, qsizetype count);

    std::optional<QString> m_error;
};

template <typename T, typename ReadOne>
std::optional<QList<T>> JsonReader::perItem(
    const QJsonValue& value, const QString& path, qsizetype count, ReadOne readOne)
{
    if (!value.isArray()) {
        const std::optional<T> item = readOne(value, path);
        if (!item)
            return std::nullopt;
        return QList<T>(count, *item);
    }
    const QJsonArray array = value.toArray();
    if (array.size() != count) {
        failCount(path, count);
        return std::nullopt;
    }
    QList<T> items;
    for (qsizetype i = 0; i < count; ++i) {
        const std::optional<T> item = readOne(array.at(i), jsonIndexPath(path, i));
        if (!item)
            return std::nullopt;
        items.append(*item);
    }
    return items;
}

} // namespace iotpro::sim
