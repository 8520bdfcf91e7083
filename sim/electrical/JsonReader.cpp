#include "JsonReader.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

QString jsonKeyPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString jsonIndexPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool JsonReader::fail(const QString& path, const QString& problem)
{
    if (!m_error)
        m_error = path + u": "_s + problem;
    return false;
}

void JsonReader::failCount(const QString& path, qsizetype count)
{
    fail(path, tr("needs %1 values, one per item, or a single value for all").arg(count));
}

bool JsonReader::onlyKnownKeys(const QJsonObject& object, const QString& path, const QStringList& known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                jsonKeyPath(path, it.key()), tr("unknown key; known here: %1").arg(known.join(u", "_s)));
    }
    return true;
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        fail(path, tr("must be an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<double> JsonReader::number(const QJsonValue& value, const QString& path, double min, double max)
{
    if (!value.isDouble()) {
        fail(path, tr("must be a number"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!(number >= min && number <= max)) {
        fail(path, tr("must be from %1 to %2, not %3").arg(min).arg(max).arg(number));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonReader::boolean(const QJsonValue& value, const QString& path)
{
    if (!value.isBool()) {
        fail(path, tr("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> JsonReader::string(const QJsonValue& value, const QString& path)
{
    if (!value.isString()) {
        fail(path, tr("must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QList<double>> JsonReader::perItemNumber(
    const QJsonValue& value, const QString& path, qsizetype count, double min, double max)
{
    return perItem<double>(value, path, count,
        [this, min, max](const QJsonValue& v, const QString& p) { return number(v, p, min, max); });
}

std::optional<QList<bool>> JsonReader::perItemBoolean(
    const QJsonValue& value, const QString& path, qsizetype count)
{
    return perItem<bool>(
        value, path, count, [this](const QJsonValue& v, const QString& p) { return boolean(v, p); });
}

} // namespace iotpro::sim
