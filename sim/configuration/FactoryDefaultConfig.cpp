#include "FactoryDefaultConfig.h"

#include <QtGlobal>

namespace iotpro::sim {

namespace {

constexpr int kCtInputs = 3;
constexpr int kDigitalInputs = 4;

} // namespace

v1::DeviceConfig factoryDefaultConfig()
{
    v1::DeviceConfig config;
    config.mutable_installation()->set_point(v1::INSTALLATION_POINT_UNSPECIFIED);

    v1::MeteringConfig& metering = *config.mutable_metering();
    metering.set_wiring(v1::WIRING_3P4W);
    metering.set_nominal_voltage_v(230);
    metering.set_nominal_frequency_hz(50);
    for (int input = 1; input <= kCtInputs; ++input) {
        v1::CtInputConfig& ct = *metering.add_ct_inputs();
        ct.set_rating_a(100);
        ct.set_secondary(v1::CT_SECONDARY_333MV);
        ct.set_direction(v1::CT_DIRECTION_TOWARDS_LOAD);
        ct.set_phase(static_cast<quint32>(input));
        ct.set_inverted(false);
    }
    metering.set_demand_period_s(900);
    metering.set_export_possible(false);

    // Inputs are off, with settings that pass validation when a mode is switched on.
    v1::InputsConfig& inputs = *config.mutable_inputs();
    for (int input = 0; input < kDigitalInputs; ++input) {
        v1::DigitalInputConfig& digital = *inputs.add_digital_inputs();
        digital.set_mode(v1::DIGITAL_INPUT_MODE_OFF);
        digital.mutable_dry_contact()->set_contact(v1::CONTACT_TYPE_NORMALLY_OPEN);
        digital.mutable_dry_contact()->set_debounce_ms(30);
        digital.mutable_pulse()->set_weight(1.0);
        digital.mutable_pulse()->set_unit("Wh");
        digital.mutable_pulse()->set_min_pulse_width_ms(30);
        digital.mutable_ds18b20();
    }
    v1::AnalogInputConfig& analog = *inputs.mutable_analog_input();
    analog.set_enabled(false);
    analog.set_unit("V");
    analog.mutable_point_a()->set_input_v(0.0);
    analog.mutable_point_a()->set_value(0.0);
    analog.mutable_point_b()->set_input_v(30.0);
    analog.mutable_point_b()->set_value(30.0);
    analog.set_alarm_low(0.0);
    analog.set_alarm_high(30.0);

    v1::NetworkConfig& network = *config.mutable_network();
    network.mutable_wifi()->set_security(v1::WIFI_SECURITY_WPA2_PSK);
    network.mutable_wifi()->mutable_ipv4()->set_mode(v1::IPV4_MODE_DHCP);
    network.mutable_lorawan()->set_region(v1::LORAWAN_REGION_EU868);
    network.mutable_lorawan()->set_device_class(v1::LORAWAN_CLASS_A);
    network.mutable_lorawan()->set_adr(true);
    network.mutable_cellular()->set_rat(v1::CELLULAR_RAT_LTE_M);
    network.set_uplink_interval_s(900);

    config.mutable_gps()->set_enabled(false);
    config.mutable_gps()->set_fix_interval_s(3600);
    return config;
}

} // namespace iotpro::sim
