#include "SimulatedSource.h"

#include <QCoreApplication>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::SimulatedSource)
};

const QStringList kPhases { QStringLiteral("_l1"), QStringLiteral("_l2"), QStringLiteral("_l3") };
const QString kSettled = QStringLiteral("settled");

} // namespace

QStringList SimulatedSource::requiredRegisters()
{
    QStringList names;
    for (const QString& quantity : { QStringLiteral("voltage"), QStringLiteral("current"), QStringLiteral("angle") }) {
        for (const QString& phase : kPhases)
            names.append(quantity + phase);
    }
    return names << QStringLiteral("frequency") << kSettled;
}

SimulatedSource::SimulatedSource(modbus::ModbusClient& client, modbus::RegisterMap map, int unitId, QString where)
    : m_client(client)
    , m_map(std::move(map))
    , m_unitId(unitId)
    , m_where(std::move(where))
{ }

Result<std::unique_ptr<SimulatedSource>> SimulatedSource::make(
    modbus::ModbusClient& client, modbus::RegisterMap map, std::optional<int> unitId, QString where)
{
    const Result<QList<modbus::RegisterDefinition>> selected = map.select(requiredRegisters());
    if (!selected)
        return selected.error();
    const int unit = unitId.value_or(map.defaultUnitId);
    return std::unique_ptr<SimulatedSource>(new SimulatedSource(client, std::move(map), unit, std::move(where)));
}

QString SimulatedSource::identity() const
{
    return Texts::tr("%1 at %2, unit %3").arg(m_map.model, m_where).arg(m_unitId);
}

void SimulatedSource::apply(const SourceOutput& output, QObject* context, Callback<void> done)
{
    QList<modbus::RegisterWrite> writes;
    const auto add = [this, &writes](const QString& name, double value) {
        writes.append({ *m_map.find(name), value });
    };
    // In register order, so that one request carries every setpoint and the source takes them together.
    for (std::size_t p = 0; p < 3; ++p)
        add(QStringLiteral("voltage") + kPhases.at(qsizetype(p)), output.voltageV[p]);
    for (std::size_t p = 0; p < 3; ++p)
        add(QStringLiteral("current") + kPhases.at(qsizetype(p)), output.currentA[p]);
    for (std::size_t p = 0; p < 3; ++p)
        add(QStringLiteral("angle") + kPhases.at(qsizetype(p)), output.angleDeg[p]);
    add(QStringLiteral("frequency"), output.frequencyHz);
    std::sort(writes.begin(), writes.end(), [](const modbus::RegisterWrite& a, const modbus::RegisterWrite& b) {
        return a.definition.address < b.definition.address;
    });
    m_client.write(m_unitId, writes, context, std::move(done));
}

void SimulatedSource::readSettled(QObject* context, Callback<bool> done)
{
    m_client.read(m_unitId, m_map, { *m_map.find(kSettled) }, context,
        [done = std::move(done)](Result<modbus::RegisterValues> values) {
            if (!values)
                return done(values.error());
            done(values->value(kSettled) != 0.0);
        });
}

} // namespace iotpro::calibration
