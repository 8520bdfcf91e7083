#include "JsonFieldReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace iotpro {

JsonFieldReader::JsonFieldReader(QString source)
    : m_source(std::move(source))
{ }

QString JsonFieldReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonFieldReader::element(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

void JsonFieldReader::fail(const QString& path, const QString& why)
{
    if (m_error)
        return;
    const QString where = path.isEmpty() ? m_source : m_source + QStringLiteral(": ") + path;
    m_error = Errors::make(ErrorKind::InvalidFile, where + QStringLiteral(": ") + why);
}

std::optional<QJsonObject> JsonFieldReader::parseObject(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail({}, tr("not valid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail({}, tr("must hold one JSON object { … }"));
        return std::nullopt;
    }
    return document.object();
}

void JsonFieldReader::rejectUnknownKeys(const QJsonObject& object, const QString& path, const QStringList& known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(join(path, it.key()), tr("unknown key; known keys are %1").arg(known.join(QStringLiteral(", "))));
    }
}

QJsonValue JsonFieldReader::entry(const QJsonObject& object, const QString& path, const QString& key, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && required)
        fail(join(path, key), tr("missing"));
    return value;
}

QString JsonFieldReader::text(
    const QJsonObject& object, const QString& path, const QString& key, const std::optional<QString>& fallback)
{
    const QJsonValue value = entry(object, path, key, !fallback);
    if (value.isUndefined())
        return fallback.value_or(QString());
    if (!value.isString()) {
        fail(join(path, key), tr("must be text in double quotes"));
        return fallback.value_or(QString());
    }
    return value.toString();
}

double JsonFieldReader::number(const QJsonObject& object, const QString& path, const QString& key, double min,
    double max, std::optional<double> fallback)
{
    const QJsonValue value = entry(object, path, key, !fallback);
    if (value.isUndefined())
        return fallback.value_or(min);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !(number >= min && number <= max)) {
        fail(join(path, key), tr("must be a number from %1 to %2").arg(min).arg(max));
        return fallback.value_or(min);
    }
    return number;
}

int JsonFieldReader::integer(const QJsonObject& object, const QString& path, const QString& key, int min,
    int max, std::optional<int> fallback)
{
    const QJsonValue value = entry(object, path, key, !fallback);
    if (value.isUndefined())
        return fallback.value_or(min);
    bool ok = false;
    qint64 number = 0;
    if (value.isString() && value.toString().startsWith(u"0x", Qt::CaseInsensitive)) {
        number = value.toString().mid(2).toLongLong(&ok, 16);
    } else if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble()) {
        number = static_cast<qint64>(value.toDouble());
        ok = true;
    }
    if (!ok || number < min || number > max) {
        fail(join(path, key), tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return fallback.value_or(min);
    }
    return static_cast<int>(number);
}

bool JsonFieldReader::boolean(const QJsonObject& object, const QString& path, const QString& key, bool fallback)
{
    const QJsonValue value = entry(object, path, key, false);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(join(path, key), tr("must be true or false"));
        return fallback;
    }
    return value.toBool();
}

QJsonObject JsonFieldReader::object(const QJsonObject& object, const QString& path, const QString& key)
{
    const QJsonValue value = entry(object, path, key, false);
    if (!value.isObject() && !value.isUndefined())
        fail(join(path, key), tr("must be an object { … }"));
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject& object, const QString& path, const QString& key)
{
    const QJsonValue value = entry(object, path, key, true);
    if (!value.isArray() && !value.isUndefined())
        fail(join(path, key), tr("must be an array [ … ]"));
    return value.toArray();
}

int JsonFieldReader::choice(const QJsonObject& object, const QString& path, const QString& key,
    const QStringList& choices, std::optional<int> fallback)
{
    const QJsonValue value = entry(object, path, key, !fallback);
    if (value.isUndefined())
        return fallback.value_or(0);
    const qsizetype index = value.isString() ? choices.indexOf(value.toString()) : -1;
    if (index < 0) {
        fail(join(path, key), tr("must be one of %1").arg(choices.join(QStringLiteral(", "))));
        return fallback.value_or(0);
    }
    return static_cast<int>(index);
}

} // namespace iotpro
