#include "MeteringSetupFromConfig.h"

namespace iotpro::sim {

namespace {

Wiring wiringOf(v1::Wiring wiring)
{
    switch (wiring) {
    case v1::WIRING_3P3W:
        return Wiring::ThreePhaseThreeWire;
    case v1::WIRING_1P:
        return Wiring::SinglePhase;
    default:
        return Wiring::ThreePhaseFourWire;
    }
}

} // namespace

MeteringSetup meteringSetupOf(const v1::MeteringConfig& metering)
{
    MeteringSetup setup;
    setup.wiring = wiringOf(metering.wiring());
    setup.nominalVoltage = metering.nominal_voltage_v();
    setup.nominalFrequency = metering.nominal_frequency_hz();
    for (int input = 0; input < ctInputCount(setup.wiring); ++input) {
        const v1::CtInputConfig& ct = metering.ct_inputs(input);
        setup.ctPrimaryA.append(ct.rating_a());
        setup.ctPhase.append(static_cast<int>(ct.phase()));
        setup.ctInverted.append((ct.direction() == v1::CT_DIRECTION_TOWARDS_SUPPLY) != ct.inverted());
    }
    setup.exportPossible = metering.export_possible();
    setup.demandPeriodS = metering.demand_period_s();
    return setup;
}

} // namespace iotpro::sim
