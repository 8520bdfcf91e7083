#include "DeviceConfig.h"

namespace iotpro::config {

namespace {

/// Drops a secret, remembering that one was there: the module stores it and reports "set".
void removeSecret(QString& secret, bool& secretSet)
{
    secretSet = secretSet || !secret.isEmpty();
    secret.clear();
}

} // namespace

DeviceConfig factoryDefaultConfig()
{
    DeviceConfig config;

    MeteringConfig& metering = config.metering;
    metering.wiring = Wiring::ThreePhaseFourWire;
    metering.nominalVoltageV = 230;
    metering.nominalFrequencyHz = 50;
    for (std::size_t i = 0; i < CtInputCount; ++i) {
        metering.ctInputs[i] = { 100, CtSecondary::Voltage333mV, CtDirection::TowardsLoad,
            static_cast<quint32>(i + 1), false };
    }
    metering.demandPeriodS = 900;
    metering.exportPossible = false;

    // Inputs are off, but each mode's settings are ones that pass validation, so switching a mode
    // on starts from sensible values.
    for (DigitalInputConfig& input : config.inputs.digitalInputs) {
        input.mode = DigitalInputMode::Off;
        input.dryContact = { ContactType::NormallyOpen, 30 };
        input.pulse = { 1.0, QStringLiteral("Wh"), 30 };
    }
    AnalogInputConfig& analog = config.inputs.analogInput;
    analog.enabled = false;
    analog.unit = QStringLiteral("V");
    analog.pointA = { 0.0, 0.0 };
    analog.pointB = { 30.0, 30.0 };
    analog.alarmLow = 0.0;
    analog.alarmHigh = 30.0;

    NetworkConfig& network = config.network;
    network.wifi.security = WifiSecurity::Wpa2Psk;
    network.wifi.ipv4.mode = Ipv4Mode::Dhcp;
    network.lorawan.region = LorawanRegion::Eu868;
    network.lorawan.deviceClass = LorawanClass::A;
    network.lorawan.adr = true;
    network.cellular.rat = CellularRat::LteM;
    network.uplinkIntervalS = 900;

    config.gps = { false, 3600 };
    return config;
}

DeviceConfig withoutSecrets(DeviceConfig config)
{
    NetworkConfig& network = config.network;
    removeSecret(network.wifi.passphrase, network.wifi.passphraseSet);
    removeSecret(network.lorawan.appKey, network.lorawan.appKeySet);
    removeSecret(network.cellular.password, network.cellular.passwordSet);
    return config;
}

} // namespace iotpro::config
