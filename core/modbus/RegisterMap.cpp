#include "RegisterMap.h"

#include "common/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace iotpro::modbus {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::modbus::RegisterMap)
};

const QStringList kTables { QStringLiteral("holding"), QStringLiteral("input") };
const QStringList kTypes { QStringLiteral("float32"), QStringLiteral("int32"), QStringLiteral("uint32"),
    QStringLiteral("uint16") };
const QStringList kWordOrders { QStringLiteral("high_first"), QStringLiteral("low_first") };

RegisterDefinition readDefinition(
    JsonFieldReader& reader, const QJsonObject& object, const QString& path, WordOrder profileOrder)
{
    reader.rejectUnknownKeys(object, path,
        { QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("table"), QStringLiteral("type"),
            QStringLiteral("word_order"), QStringLiteral("scale"), QStringLiteral("unit"),
            QStringLiteral("writable") });
    RegisterDefinition definition;
    definition.name = reader.text(object, path, QStringLiteral("name"));
    definition.address = static_cast<quint16>(reader.integer(object, path, QStringLiteral("address"), 0, 0xFFFF));
    definition.table = static_cast<RegisterTable>(reader.choice(object, path, QStringLiteral("table"), kTables));
    definition.type = static_cast<ValueType>(reader.choice(object, path, QStringLiteral("type"), kTypes));
    definition.wordOrder = static_cast<WordOrder>(reader.choice(
        object, path, QStringLiteral("word_order"), kWordOrders, static_cast<int>(profileOrder)));
    definition.scale = reader.number(object, path, QStringLiteral("scale"), -1e9, 1e9, 1.0);
    if (definition.scale == 0.0)
        reader.fail(JsonFieldReader::join(path, QStringLiteral("scale")), Texts::tr("must not be 0"));
    definition.unit = reader.text(object, path, QStringLiteral("unit"), QString());
    definition.writable = reader.boolean(object, path, QStringLiteral("writable"), false);
    if (definition.writable && definition.table == RegisterTable::Input)
        reader.fail(JsonFieldReader::join(path, QStringLiteral("writable")),
            Texts::tr("input registers are read-only; use \"table\": \"holding\""));
    if (definition.address + definition.count() > 0x10000)
        reader.fail(JsonFieldReader::join(path, QStringLiteral("address")),
            Texts::tr("the value runs past the last register, 0xFFFF"));
    return definition;
}

} // namespace

const RegisterDefinition* RegisterMap::find(const QString& wanted) const
{
    const auto it = std::find_if(
        registers.cbegin(), registers.cend(), [&wanted](const RegisterDefinition& d) { return d.name == wanted; });
    return it == registers.cend() ? nullptr : &*it;
}

Result<QList<RegisterDefinition>> RegisterMap::select(const QStringList& names) const
{
    QList<RegisterDefinition> selected;
    for (const QString& wanted : names) {
        const RegisterDefinition* definition = find(wanted);
        if (!definition)
            return Errors::make(ErrorKind::InvalidFile,
                Texts::tr("the register profile \"%1\" has no register \"%2\", which this task needs")
                    .arg(name, wanted));
        selected.append(*definition);
    }
    return selected;
}

Result<RegisterMap> RegisterMap::fromJson(const QByteArray& json, const QString& source)
{
    JsonFieldReader reader(source);
    const std::optional<QJsonObject> root = reader.parseObject(json);
    if (!root)
        return *reader.error();
    reader.rejectUnknownKeys(*root, {},
        { QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("default_unit_id"),
            QStringLiteral("word_order"), QStringLiteral("max_registers_per_read"),
            QStringLiteral("max_read_gap"), QStringLiteral("registers") });
    RegisterMap map;
    map.name = reader.text(*root, {}, QStringLiteral("name"));
    map.model = reader.text(*root, {}, QStringLiteral("model"));
    map.defaultUnitId = reader.integer(*root, {}, QStringLiteral("default_unit_id"), 1, 247, 1);
    const auto order
        = static_cast<WordOrder>(reader.choice(*root, {}, QStringLiteral("word_order"), kWordOrders, 0));
    map.maxRegistersPerRead = reader.integer(*root, {}, QStringLiteral("max_registers_per_read"), 2, 125, 80);
    map.maxReadGap = reader.integer(*root, {}, QStringLiteral("max_read_gap"), 0, 125, 0);
    const QJsonArray registers = reader.array(*root, {}, QStringLiteral("registers"));
    for (qsizetype i = 0; i < registers.size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("registers"), i);
        if (!registers.at(i).isObject()) {
            reader.fail(path, Texts::tr("must be an object { … }"));
            continue;
        }
        const RegisterDefinition definition = readDefinition(reader, registers.at(i).toObject(), path, order);
        if (reader.ok() && map.find(definition.name))
            reader.fail(JsonFieldReader::join(path, QStringLiteral("name")),
                Texts::tr("\"%1\" is defined twice").arg(definition.name));
        map.registers.append(definition);
    }
    if (!reader.ok())
        return *reader.error();
    return map;
}

Result<RegisterMap> RegisterMap::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errors::make(ErrorKind::InvalidFile,
            Texts::tr("cannot read the register profile %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

QStringList RegisterMap::builtInNames()
{
    return { QStringLiteral("sdm630"), QStringLiteral("simulated-source") };
}

RegisterMap RegisterMap::builtIn(const QString& name)
{
    Q_ASSERT(builtInNames().contains(name));
    const QString path = QStringLiteral(":/iotpro/modbus/%1.json").arg(name);
    Result<RegisterMap> map = load(path);
    // The built-in profiles are part of the program; tst_registermap reads each of them.
    Q_ASSERT_X(map.ok(), "RegisterMap::builtIn", qPrintable(map.ok() ? QString() : map.error().toString()));
    return map.ok() ? std::move(map).value() : RegisterMap {};
}

QList<RegisterBlock> planReads(QList<RegisterDefinition> definitions, int maxRegistersPerRead, int maxReadGap)
{
    std::sort(definitions.begin(), definitions.end(), [](const RegisterDefinition& a, const RegisterDefinition& b) {
        return std::pair(a.table, a.address) < std::pair(b.table, b.address);
    });
    QList<RegisterBlock> blocks;
    for (const RegisterDefinition& definition : std::as_const(definitions)) {
        const int end = definition.address + definition.count();
        if (!blocks.isEmpty()) {
            RegisterBlock& last = blocks.last();
            const int lastEnd = last.start + last.count;
            const bool joins = last.table == definition.table && definition.address <= lastEnd + maxReadGap
                && std::max(end, lastEnd) - last.start <= maxRegistersPerRead;
            if (joins) {
                last.count = std::max(end, lastEnd) - last.start;
                continue;
            }
        }
        blocks.append({ definition.table, definition.address, definition.count() });
    }
    return blocks;
}

} // namespace iotpro::modbus
