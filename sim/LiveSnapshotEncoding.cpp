#include "LiveSnapshotEncoding.h"

namespace iotpro::sim {

namespace {

v1::Wiring toProto(Wiring wiring)
{
    switch (wiring) {
    case Wiring::ThreePhaseFourWire:
        return v1::WIRING_3P4W;
    case Wiring::ThreePhaseThreeWire:
        return v1::WIRING_3P3W;
    case Wiring::SinglePhase:
        return v1::WIRING_1P;
    }
    return v1::WIRING_UNSPECIFIED;
}

// The protocol carries single-precision floats.
float single(double value)
{
    return static_cast<float>(value);
}

} // namespace

v1::MeteringSetup toProto(const MeteringSetup& setup)
{
    v1::MeteringSetup proto;
    proto.set_wiring(toProto(setup.wiring));
    proto.set_nominal_voltage_v(single(setup.nominalVoltage));
    proto.set_nominal_frequency_hz(single(setup.nominalFrequency));
    for (const double rating : setup.ctPrimaryA)
        proto.add_ct_primary_a(single(rating));
    for (const int phase : setup.ctPhase)
        proto.add_ct_phase(static_cast<quint32>(phase));
    for (const bool inverted : setup.ctInverted)
        proto.add_ct_inverted(inverted);
    proto.set_export_possible(setup.exportPossible);
    return proto;
}

v1::LiveSnapshot toLiveSnapshot(const MeterReading& reading, const MeteringSetup& setup, qint64 timestampUs)
{
    v1::LiveSnapshot snapshot;
    snapshot.set_timestamp_us(timestampUs);
    snapshot.set_frequency_hz(single(reading.frequency));
    for (const ElementValues& values : reading.elements) {
        v1::ElementReading* element = snapshot.add_elements();
        element->set_voltage_v(single(values.voltage));
        element->set_current_a(single(values.current));
        element->set_active_power_w(single(values.activePower));
        element->set_reactive_power_var(single(values.reactivePower));
        element->set_apparent_power_va(single(values.apparentPower));
        element->set_power_factor(single(values.powerFactor));
        element->set_vi_angle_deg(single(values.viAngleDeg));
        element->set_voltage_angle_deg(single(values.voltageAngleDeg));
        element->set_thd_voltage_pct(single(values.thdVoltagePct));
        element->set_thd_current_pct(single(values.thdCurrentPct));
    }
    v1::EnergyRegisters* energy = snapshot.mutable_energy();
    energy->set_active_import_wh(reading.energy.activeImportWh);
    energy->set_active_export_wh(reading.energy.activeExportWh);
    energy->set_active_total_wh(reading.energy.activeTotalWh);
    energy->set_reactive_import_varh(reading.energy.reactiveImportVarh);
    energy->set_reactive_export_varh(reading.energy.reactiveExportVarh);
    energy->set_reactive_total_varh(reading.energy.reactiveTotalVarh);
    v1::Demand* demand = snapshot.mutable_demand();
    demand->set_period_s(reading.demand.periodS);
    demand->set_active_power_w(single(reading.demand.activePowerW));
    demand->set_max_active_power_w(single(reading.demand.maxActivePowerW));
    *snapshot.mutable_setup() = toProto(setup);
    return snapshot;
}

} // namespace iotpro::sim
