#include "MeterRegisterStore.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <array>
#include <type_traits>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcRegisters, "iotpro.sim.registers", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

constexpr auto kFileName = u"meter-registers.json";
// Raised when a change of the layout would make an older sim misread the file.
constexpr int kFormat = 1;
constexpr QLatin1StringView kFormatKey("format");
constexpr QLatin1StringView kMaxDemandKey("max_demand_w");
constexpr QLatin1StringView kFractionSuffix("_fraction");

/// The registers with their keys, in one place for saving and loading.
template <typename Energy> auto registersByKey(Energy& energy)
{
    using Register = std::conditional_t<std::is_const_v<Energy>, const EnergyRegister, EnergyRegister>;
    return std::array<std::pair<QLatin1StringView, Register*>, 4> { {
        { "active_import_wh"_L1, &energy.activeImportWh },
        { "active_export_wh"_L1, &energy.activeExportWh },
        { "reactive_import_varh"_L1, &energy.reactiveImportVarh },
        { "reactive_export_varh"_L1, &energy.reactiveExportVarh },
    } };
}

QString fractionKey(QLatin1StringView key)
{
    return key + kFractionSuffix;
}

} // namespace

MeterRegisterStore::MeterRegisterStore(const QString& directory)
    : m_file(directory, QString::fromUtf16(kFileName))
{ }

std::optional<MeterRegisters> MeterRegisterStore::load()
{
    if (!m_file.exists())
        return MeterRegisters {};
    const std::optional<QJsonObject> object = m_file.read();
    if (!object) {
        m_errorString = m_file.errorString();
        return std::nullopt;
    }
    MeterRegisters registers;
    bool intact = object->value(kFormatKey).toInt() == kFormat;
    for (const auto& [key, energyRegister] : registersByKey(registers.energy)) {
        const qint64 whole = object->value(key).toInteger(-1);
        const double fraction = object->value(fractionKey(key)).toDouble(-1.0);
        intact = intact && whole >= 0 && fraction >= 0.0 && fraction < 1.0;
        if (intact)
            *energyRegister = EnergyRegister(static_cast<quint64>(whole), fraction);
    }
    if (object->contains(kMaxDemandKey)) {
        intact = intact && object->value(kMaxDemandKey).isDouble();
        registers.maxDemandW = object->value(kMaxDemandKey).toDouble();
    }
    if (!intact) {
        m_errorString = tr("%1 is damaged or was written by a newer iotpro-sim; delete it to start "
                           "with zero energy registers.")
                            .arg(filePath());
        return std::nullopt;
    }
    return registers;
}

bool MeterRegisterStore::save(const MeterRegisters& registers)
{
    QJsonObject object { { kFormatKey, kFormat } };
    for (const auto& [key, energyRegister] : registersByKey(registers.energy)) {
        object.insert(key, static_cast<qint64>(energyRegister->whole()));
        object.insert(fractionKey(key), energyRegister->fraction());
    }
    if (registers.maxDemandW)
        object.insert(kMaxDemandKey, *registers.maxDemandW);
    if (!m_file.write(object)) {
        m_errorString = m_file.errorString();
        return false;
    }
    qCDebug(lcRegisters) << "saved" << filePath();
    return true;
}

} // namespace iotpro::sim
