#include "CheckConversions.h"

#include "ProtoConversions.h"
#include "config/ProtoEnums.h"

namespace iotpro {

namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

CheckState state(v1::CheckState wire)
{
    switch (wire) {
    case v1::CHECK_STATE_DISABLED:
        return CheckState::Disabled;
    case v1::CHECK_STATE_NOT_FITTED:
        return CheckState::NotFitted;
    case v1::CHECK_STATE_PASSED:
        return CheckState::Passed;
    case v1::CHECK_STATE_FAILED:
        return CheckState::Failed;
    default:
        return CheckState::Unknown;
    }
}

WifiFailure failure(v1::WifiFailure wire)
{
    switch (wire) {
    case v1::WIFI_FAILURE_NONE:
        return WifiFailure::None;
    case v1::WIFI_FAILURE_NETWORK_NOT_FOUND:
        return WifiFailure::NetworkNotFound;
    case v1::WIFI_FAILURE_WRONG_PASSPHRASE:
        return WifiFailure::WrongPassphrase;
    case v1::WIFI_FAILURE_DHCP_TIMEOUT:
        return WifiFailure::DhcpTimeout;
    case v1::WIFI_FAILURE_TIMEOUT:
        return WifiFailure::Timeout;
    default:
        return WifiFailure::Other;
    }
}

LorawanFailure failure(v1::LorawanFailure wire)
{
    switch (wire) {
    case v1::LORAWAN_FAILURE_NONE:
        return LorawanFailure::None;
    case v1::LORAWAN_FAILURE_NO_JOIN_ACCEPT:
        return LorawanFailure::NoJoinAccept;
    case v1::LORAWAN_FAILURE_NO_LINK_CHECK:
        return LorawanFailure::NoLinkCheck;
    case v1::LORAWAN_FAILURE_TIMEOUT:
        return LorawanFailure::Timeout;
    default:
        return LorawanFailure::Other;
    }
}

CellularFailure failure(v1::CellularFailure wire)
{
    switch (wire) {
    case v1::CELLULAR_FAILURE_NONE:
        return CellularFailure::None;
    case v1::CELLULAR_FAILURE_NO_SIM:
        return CellularFailure::NoSim;
    case v1::CELLULAR_FAILURE_SIM_LOCKED:
        return CellularFailure::SimLocked;
    case v1::CELLULAR_FAILURE_NO_SIGNAL:
        return CellularFailure::NoSignal;
    case v1::CELLULAR_FAILURE_REGISTRATION_DENIED:
        return CellularFailure::RegistrationDenied;
    case v1::CELLULAR_FAILURE_APN_REJECTED:
        return CellularFailure::ApnRejected;
    case v1::CELLULAR_FAILURE_TIMEOUT:
        return CellularFailure::Timeout;
    default:
        return CellularFailure::Other;
    }
}

GpsFailure failure(v1::GpsFailure wire)
{
    switch (wire) {
    case v1::GPS_FAILURE_NONE:
        return GpsFailure::None;
    case v1::GPS_FAILURE_NO_FIX:
        return GpsFailure::NoFix;
    case v1::GPS_FAILURE_NO_SATELLITES:
        return GpsFailure::NoSatellites;
    case v1::GPS_FAILURE_ANTENNA:
        return GpsFailure::Antenna;
    default:
        return GpsFailure::Other;
    }
}

QList<Ds18b20Reading> readings(const google::protobuf::RepeatedPtrField<v1::Ds18b20Reading>& sensors)
{
    QList<Ds18b20Reading> result;
    for (const v1::Ds18b20Reading& sensor : sensors)
        result.append({ text(sensor.rom_code()), widen(sensor.temperature_c()), sensor.present() });
    return result;
}

} // namespace

NetworkCheckReport fromProto(const v1::NetworkCheckReport& p)
{
    NetworkCheckReport report;
    const v1::WifiCheck& wifi = p.wifi();
    report.wifi = { state(wifi.state()), failure(wifi.failure()), text(wifi.ssid()), text(wifi.bssid()),
        wifi.rssi_dbm(), wifi.channel(), text(wifi.ip_address()), text(wifi.gateway()) };
    const v1::LorawanCheck& lorawan = p.lorawan();
    report.lorawan = { state(lorawan.state()), failure(lorawan.failure()), lorawan.join_attempts(),
        QByteArray::fromStdString(lorawan.dev_addr()), lorawan.rssi_dbm(), widen(lorawan.snr_db()),
        lorawan.link_margin_db(), lorawan.gateway_count(), lorawan.data_rate() };
    const v1::CellularCheck& cellular = p.cellular();
    report.cellular = { state(cellular.state()), failure(cellular.failure()), text(cellular.operator_name()),
        config::protoenums::fromProto<config::CellularRat>(cellular.rat()), cellular.rsrp_dbm(),
        widen(cellular.rsrq_db()), cellular.signal_quality(), text(cellular.ip_address()) };
    const v1::GpsCheck& gps = p.gps();
    report.gps = { state(gps.state()), failure(gps.failure()), gps.satellites_in_view(), gps.satellites_used(),
        gps.latitude_deg(), gps.longitude_deg(), widen(gps.altitude_m()), widen(gps.hdop()), gps.time_to_fix_s() };
    report.durationMs = p.duration_ms();
    return report;
}

IoState fromProto(const v1::IoState& p)
{
    IoState state;
    for (const v1::DigitalInputState& input : p.digital_inputs()) {
        state.digitalInputs.append({ config::protoenums::fromProto<config::DigitalInputMode>(input.mode()),
            input.contact_closed(), input.active(), input.pulse_count(), input.pulse_total(),
            readings(input.sensors()) });
    }
    const v1::AnalogInputState& analog = p.analog_input();
    state.analogInput = { analog.enabled(), widen(analog.input_v()), analog.value(), analog.alarm_low(),
        analog.alarm_high() };
    state.timestampUs = p.timestamp_us();
    return state;
}

Ds18b20ScanResult fromProto(const v1::Ds18b20ScanResult& p)
{
    return { p.input(), readings(p.sensors()) };
}

} // namespace iotpro
