#include "ConfigApplier.h"

#include "ModuleMetering.h"
#include "configuration/MeteringSetupFromConfig.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcApply, "iotpro.sim.config.apply", QtInfoMsg)

ConfigApplier::ConfigApplier(ModuleMetering& metering)
    : m_metering(metering)
{ }

void ConfigApplier::apply(const v1::DeviceConfig& config)
{
    const MeteringSetup setup = meteringSetupOf(config.metering());
    // ConfigRules admits only what the engine takes; a refusal here is a defect of the module.
    if (const std::optional<QString> problem = setupError(setup)) {
        qCCritical(lcApply) << "the metering engine refuses the configuration:" << *problem;
        return;
    }
    m_metering.setSetup(setup);
    qCDebug(lcApply) << "metering set up from the configuration";
}

} // namespace iotpro::sim
