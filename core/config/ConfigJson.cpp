#include "ConfigJson.h"

#include "ConfigProto.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>

namespace iotpro::config {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::config::ConfigJson)
};

/// "line L, column C" of a byte offset, for a person looking at the file in an editor.
QString position(QByteArrayView json, qsizetype offset)
{
    const QByteArrayView before = json.first(std::min(offset, json.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return Texts::tr("line %1, column %2")
        .arg(before.count('\n') + 1)
        .arg(QString::fromUtf8(before.sliced(lineStart)).size() + 1);
}

/// What a field of this protobuf type accepts, in words.
QString expected(const QString& protobufType)
{
    static const QString enumPrefix = QStringLiteral("type.googleapis.com/");
    if (protobufType.startsWith(enumPrefix)) {
        const google::protobuf::EnumDescriptor* type
            = google::protobuf::DescriptorPool::generated_pool()->FindEnumTypeByName(
                protobufType.sliced(enumPrefix.size()).toStdString());
        if (type) {
            QStringList names;
            for (int i = 0; i < type->value_count(); ++i) {
                if (type->value(i)->number() != 0)
                    names.append(QString::fromStdString(type->value(i)->name()));
            }
            return Texts::tr("one of %1").arg(names.join(u", "));
        }
    }
    if (protobufType == u"TYPE_UINT32")
        return Texts::tr("a whole number from 0 to 4294967295");
    if (protobufType == u"TYPE_DOUBLE")
        return Texts::tr("a number");
    if (protobufType == u"TYPE_BOOL")
        return Texts::tr("true or false");
    if (protobufType == u"TYPE_STRING")
        return Texts::tr("text in double quotes");
    return protobufType;
}

/// Protobuf's parse error ("(metering.wiring): invalid value \"X\" for type T", "(metering) wirng:
/// Cannot find field.", "meterin: Cannot find field." at the top level) as a problem with the
/// field it names, in words an electrician can act on.
ValidationIssue describeProtobufError(const QString& error)
{
    static const QRegularExpression invalidValue(
        QStringLiteral("\\A\\(([^)]*)\\): invalid value (.*) for type (\\S+)\\s*\\z"));
    static const QRegularExpression unknownField(
        QStringLiteral("\\A(?:\\(([^)]*)\\) )?([^:]*): Cannot find field\\.\\s*\\z"));
    if (const QRegularExpressionMatch match = invalidValue.match(error); match.hasMatch()) {
        return { match.captured(1),
            Texts::tr("%1 is not a value this field can take; it takes %2.")
                .arg(match.captured(2), expected(match.captured(3))) };
    }
    if (const QRegularExpressionMatch match = unknownField.match(error); match.hasMatch()) {
        const QString parent = match.captured(1);
        return { parent.isEmpty() ? match.captured(2) : parent + u'.' + match.captured(2),
            Texts::tr("A configuration has no such field; check its spelling.") };
    }
    return { {}, Texts::tr("The configuration cannot be read: %1").arg(error.trimmed()) };
}

} // namespace

QByteArray toJson(const DeviceConfig& config)
{
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.always_print_primitive_fields = true;
    options.preserve_proto_field_names = true;
    std::string json;
    // Printing fails only for messages that cannot exist here (Any without its type, bad maps).
    [[maybe_unused]] const auto status
        = google::protobuf::util::MessageToJsonString(toProto(withoutSecrets(config)), &json, options);
    Q_ASSERT(status.ok());
    return QByteArray::fromStdString(json);
}

ReadResult<DeviceConfig> fromJson(QByteArrayView json)
{
    // Qt's parser first: its errors give the position of a syntax error, protobuf's do not.
    QJsonParseError syntax {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        return ValidationIssue { {},
            Texts::tr("The configuration is not valid JSON (%1 at %2).")
                .arg(syntax.errorString(), position(json, syntax.offset)) };
    }
    if (!document.isObject())
        return ValidationIssue { {}, Texts::tr("A configuration is a JSON object, { … }.") };

    v1::DeviceConfig message;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false; // a misspelt field must not be dropped silently
    const auto status = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(json.data(), static_cast<std::size_t>(json.size())), &message, options);
    if (!status.ok())
        return describeProtobufError(QString::fromStdString(std::string(status.message())));
    return fromProto(message);
}

} // namespace iotpro::config
