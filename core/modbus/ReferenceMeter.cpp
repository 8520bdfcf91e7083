#include "ReferenceMeter.h"

namespace iotpro::modbus {

namespace {

const QStringList kPhaseSuffixes { QStringLiteral("_l1"), QStringLiteral("_l2"), QStringLiteral("_l3") };
const QStringList kPhaseQuantities { QStringLiteral("voltage"), QStringLiteral("current"),
    QStringLiteral("active_power"), QStringLiteral("reactive_power") };
const QStringList kTotals { QStringLiteral("total_active_power"), QStringLiteral("total_reactive_power"),
    QStringLiteral("frequency"), QStringLiteral("import_active_energy") };

} // namespace

QStringList ReferenceMeter::requiredRegisters()
{
    QStringList names;
    for (const QString& quantity : kPhaseQuantities) {
        for (const QString& suffix : kPhaseSuffixes)
            names.append(quantity + suffix);
    }
    return names + kTotals;
}

ReferenceMeter::ReferenceMeter(
    ModbusClient& client, RegisterMap map, int unitId, QList<RegisterDefinition> definitions)
    : m_client(client)
    , m_map(std::move(map))
    , m_unitId(unitId)
    , m_definitions(std::move(definitions))
{ }

Result<ReferenceMeter> ReferenceMeter::make(ModbusClient& client, RegisterMap map, std::optional<int> unitId)
{
    Result<QList<RegisterDefinition>> selected = map.select(requiredRegisters());
    if (!selected)
        return selected.error();
    const int unit = unitId.value_or(map.defaultUnitId);
    return ReferenceMeter(client, std::move(map), unit, std::move(selected).value());
}

void ReferenceMeter::read(QObject* context, ModbusClient::Callback<ReferenceReading> done)
{
    m_client.read(m_unitId, m_map, m_definitions, context, [done = std::move(done)](Result<RegisterValues> values) {
        if (!values)
            return done(values.error());
        done(toReferenceReading(values.value()));
    });
}

void ReferenceMeter::readSerialNumber(QObject* context, ModbusClient::Callback<std::optional<quint32>> done)
{
    const RegisterDefinition* serial = m_map.find(QStringLiteral("serial_number"));
    if (!serial)
        return done(std::optional<quint32>());
    m_client.read(m_unitId, m_map, { *serial }, context, [done = std::move(done)](Result<RegisterValues> values) {
        if (!values)
            return done(values.error());
        done(std::optional(static_cast<quint32>(values->value(QStringLiteral("serial_number")))));
    });
}

ReferenceReading toReferenceReading(const RegisterValues& values)
{
    ReferenceReading reading;
    for (qsizetype p = 0; p < kPhaseSuffixes.size(); ++p) {
        ReferencePhase& phase = reading.phases[static_cast<std::size_t>(p)];
        const QString& suffix = kPhaseSuffixes.at(p);
        phase.voltage = values.value(QStringLiteral("voltage") + suffix);
        phase.current = values.value(QStringLiteral("current") + suffix);
        phase.activePower = values.value(QStringLiteral("active_power") + suffix);
        phase.reactivePower = values.value(QStringLiteral("reactive_power") + suffix);
    }
    reading.totalActivePower = values.value(QStringLiteral("total_active_power"));
    reading.totalReactivePower = values.value(QStringLiteral("total_reactive_power"));
    reading.frequency = values.value(QStringLiteral("frequency"));
    reading.importActiveEnergyKwh = values.value(QStringLiteral("import_active_energy"));
    return reading;
}

} // namespace iotpro::modbus
