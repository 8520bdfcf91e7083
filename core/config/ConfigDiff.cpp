#include "ConfigDiff.h"

#include "ConfigProto.h"

#include <QLocale>

namespace iotpro::config {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::config::ConfigDiff)
};

QString absent()
{
    return Texts::tr("(none)");
}

/// A scalar field's value as the JSON form writes it, never localised.
QString display(const Message& message, const FieldDescriptor& field)
{
    const google::protobuf::Reflection& reflection = *message.GetReflection();
    switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING:
        return u'"' + QString::fromStdString(reflection.GetString(message, &field)) + u'"';
    case FieldDescriptor::CPPTYPE_BOOL:
        return reflection.GetBool(message, &field) ? QStringLiteral("true") : QStringLiteral("false");
    case FieldDescriptor::CPPTYPE_ENUM:
        return QString::fromStdString(reflection.GetEnum(message, &field)->name());
    case FieldDescriptor::CPPTYPE_UINT32:
        return QString::number(reflection.GetUInt32(message, &field));
    case FieldDescriptor::CPPTYPE_INT32:
        return QString::number(reflection.GetInt32(message, &field));
    case FieldDescriptor::CPPTYPE_UINT64:
        return QString::number(reflection.GetUInt64(message, &field));
    case FieldDescriptor::CPPTYPE_INT64:
        return QString::number(reflection.GetInt64(message, &field));
    case FieldDescriptor::CPPTYPE_DOUBLE:
        return QString::number(reflection.GetDouble(message, &field), 'f', QLocale::FloatingPointShortest);
    case FieldDescriptor::CPPTYPE_FLOAT:
        return QString::number(reflection.GetFloat(message, &field), 'f', QLocale::FloatingPointShortest);
    case FieldDescriptor::CPPTYPE_MESSAGE:
        break;
    }
    Q_UNREACHABLE();
}

/// Compares two messages of one type field by field; a null side is a list entry only the other
/// side has. The schema has no repeated scalars, so repeated fields are lists of messages.
void compare(const Message* before, const Message* after, const QString& prefix, QList<ConfigChange>& changes)
{
    const Message& either = before ? *before : *after;
    const google::protobuf::Descriptor& type = *either.GetDescriptor();
    const google::protobuf::Reflection& reflection = *either.GetReflection();
    for (int i = 0; i < type.field_count(); ++i) {
        const FieldDescriptor& field = *type.field(i);
        const QString path = prefix.isEmpty() ? QString::fromStdString(field.name())
                                              : prefix + u'.' + QString::fromStdString(field.name());
        if (field.is_repeated()) {
            Q_ASSERT(field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE);
            const int beforeSize = before ? reflection.FieldSize(*before, &field) : 0;
            const int afterSize = after ? reflection.FieldSize(*after, &field) : 0;
            for (int j = 0; j < std::max(beforeSize, afterSize); ++j) {
                compare(j < beforeSize ? &reflection.GetRepeatedMessage(*before, &field, j) : nullptr,
                    j < afterSize ? &reflection.GetRepeatedMessage(*after, &field, j) : nullptr,
                    path + u'[' + QString::number(j) + u']', changes);
            }
        } else if (field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
            compare(before ? &reflection.GetMessage(*before, &field) : nullptr,
                after ? &reflection.GetMessage(*after, &field) : nullptr, path, changes);
        } else if (field.options().GetExtension(v1::secret)) {
            const std::string beforeSecret = before ? reflection.GetString(*before, &field) : std::string();
            const std::string afterSecret = after ? reflection.GetString(*after, &field) : std::string();
            if (!afterSecret.empty() && afterSecret != beforeSecret)
                changes.append({ path, {}, {}, true });
        } else {
            const QString beforeValue = before ? display(*before, field) : absent();
            const QString afterValue = after ? display(*after, field) : absent();
            if (beforeValue != afterValue)
                changes.append({ path, beforeValue, afterValue, false });
        }
    }
}

} // namespace

QString ConfigChange::toString() const
{
    if (secret)
        return Texts::tr("%1: (changed)").arg(fieldPath);
    return Texts::tr("%1: %2 → %3").arg(fieldPath, oldValue, newValue);
}

QList<ConfigChange> diff(const DeviceConfig& before, const DeviceConfig& after)
{
    const v1::DeviceConfig beforeMessage = toProto(before);
    const v1::DeviceConfig afterMessage = toProto(after);
    QList<ConfigChange> changes;
    compare(&beforeMessage, &afterMessage, {}, changes);
    return changes;
}

QList<ConfigField> listFields(const DeviceConfig& config)
{
    // A comparison with nothing: every field shows up as new, and an empty secret not at all.
    const v1::DeviceConfig message = toProto(withoutSecrets(config));
    QList<ConfigChange> changes;
    compare(nullptr, &message, {}, changes);
    QList<ConfigField> fields;
    for (const ConfigChange& change : changes)
        fields.append({ change.fieldPath, change.newValue });
    return fields;
}

} // namespace iotpro::config
