#include "BenchLinks.h"

#include "SimulatedSource.h"

#include <QCoreApplication>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::BenchLinks)
};

/// A built-in profile's name, or a profile file.
Result<modbus::RegisterMap> registerProfile(const QString& nameOrPath)
{
    if (modbus::RegisterMap::builtInNames().contains(nameOrPath))
        return modbus::RegisterMap::builtIn(nameOrPath);
    if (!nameOrPath.contains(u'/') && !nameOrPath.endsWith(QStringLiteral(".json")))
        return Errors::make(ErrorKind::InvalidFile,
            Texts::tr("no built-in register profile \"%1\"; the built-in ones are %2, or give a profile file "
                      "(.json)")
                .arg(nameOrPath, modbus::RegisterMap::builtInNames().join(QStringLiteral(", "))));
    return modbus::RegisterMap::load(nameOrPath);
}

} // namespace

bool sameLink(const modbus::ModbusAddress& a, const modbus::ModbusAddress& b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind == modbus::ModbusAddress::Kind::Tcp ? a.host == b.host && a.port == b.port : a.device == b.device;
}

BenchLinks::BenchLinks(QObject* parent)
    : QObject(parent)
{ }

BenchLinks::~BenchLinks() = default;

void BenchLinks::open(const BenchAddresses& addresses, const ReferenceStandard& standard, QObject* context,
    Callback<ReferenceStandard> done)
{
    Result<modbus::RegisterMap> profile = registerProfile(standard.registerProfile);
    if (!profile)
        return done(profile.error());
    m_referenceClient = std::make_unique<modbus::ModbusClient>();
    Result<modbus::ReferenceMeter> meter
        = modbus::ReferenceMeter::make(*m_referenceClient, std::move(profile).value(), addresses.reference.unitId);
    if (!meter)
        return done(meter.error());
    m_reference = std::make_unique<modbus::ReferenceMeter>(std::move(meter).value());
    m_referenceClient->open(addresses.reference, {}, context,
        [this, addresses, standard, context, done = std::move(done)](Result<void> opened) {
            if (!opened)
                return done(opened.error());
            openSource(addresses, standard, context, done);
        });
}

void BenchLinks::openSource(
    const BenchAddresses& addresses, ReferenceStandard standard, QObject* context, Callback<ReferenceStandard> done)
{
    const modbus::ModbusAddress where = addresses.source.value_or(addresses.reference);
    const bool shared = sameLink(where, addresses.reference);
    if (!shared)
        m_sourceClient = std::make_unique<modbus::ModbusClient>();
    modbus::ModbusClient& client = shared ? *m_referenceClient : *m_sourceClient;
    // The simulated source keeps its own unit id unless the source address names one.
    Result<std::unique_ptr<SimulatedSource>> source = SimulatedSource::make(client,
        modbus::RegisterMap::builtIn(QStringLiteral("simulated-source")), addresses.source ? where.unitId : std::nullopt,
        where.toString());
    if (!source)
        return done(source.error());
    m_source = std::move(source).value();
    if (shared)
        return identifyReference(std::move(standard), context, std::move(done));
    client.open(where, {}, context, [this, standard, context, done = std::move(done)](Result<void> opened) {
        if (!opened)
            return done(opened.error());
        identifyReference(standard, context, done);
    });
}

void BenchLinks::identifyReference(ReferenceStandard standard, QObject* context, Callback<ReferenceStandard> done)
{
    if (standard.model.isEmpty())
        standard.model = m_reference->map().model;
    m_reference->readSerialNumber(context, [standard, done = std::move(done)](Result<std::optional<quint32>> serial) mutable {
        if (!serial)
            return done(serial.error());
        if (!serial.value())
            return done(standard);
        const QString read = QString::number(**serial);
        if (!standard.serialNumber.isEmpty() && standard.serialNumber != read)
            return done(Errors::make(ErrorKind::NotTraceable,
                Texts::tr("the reference meter on the bench has serial number %1, but its description names %2: "
                          "check that the description belongs to this meter.")
                    .arg(read, standard.serialNumber)));
        standard.serialNumber = read;
        done(standard);
    });
}

} // namespace iotpro::calibration
