#include "ConfigProto.h"

#include "ProtoEnums.h"

#include <QCoreApplication>
#include <optional>

namespace iotpro::config {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::config::ConfigProto)
};

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// ---- DeviceConfig -> message

void write(const InstallationConfig& from, v1::InstallationConfig& to)
{
    to.set_site(utf8(from.site));
    to.set_panel(utf8(from.panel));
    to.set_circuit(utf8(from.circuit));
    to.set_point(protoenums::toProto(from.point));
    to.set_notes(utf8(from.notes));
}

void write(const MeteringConfig& from, v1::MeteringConfig& to)
{
    to.set_wiring(protoenums::toProto(from.wiring));
    to.set_nominal_voltage_v(from.nominalVoltageV);
    to.set_nominal_frequency_hz(from.nominalFrequencyHz);
    for (const CtInputConfig& input : from.ctInputs) {
        v1::CtInputConfig& ct = *to.add_ct_inputs();
        ct.set_rating_a(input.ratingA);
        ct.set_secondary(protoenums::toProto(input.secondary));
        ct.set_direction(protoenums::toProto(input.direction));
        ct.set_phase(input.phase);
        ct.set_inverted(input.inverted);
    }
    to.set_demand_period_s(from.demandPeriodS);
    to.set_export_possible(from.exportPossible);
}

void write(const DigitalInputConfig& from, v1::DigitalInputConfig& to)
{
    to.set_name(utf8(from.name));
    to.set_mode(protoenums::toProto(from.mode));
    v1::DryContactConfig& dryContact = *to.mutable_dry_contact();
    dryContact.set_contact(protoenums::toProto(from.dryContact.contact));
    dryContact.set_debounce_ms(from.dryContact.debounceMs);
    v1::PulseConfig& pulse = *to.mutable_pulse();
    pulse.set_weight(from.pulse.weight);
    pulse.set_unit(utf8(from.pulse.unit));
    pulse.set_min_pulse_width_ms(from.pulse.minPulseWidthMs);
    v1::Ds18b20Config& ds18b20 = *to.mutable_ds18b20();
    for (const Ds18b20Sensor& sensor : from.ds18b20.sensors) {
        v1::Ds18b20Sensor& entry = *ds18b20.add_sensors();
        entry.set_rom_code(utf8(sensor.romCode));
        entry.set_name(utf8(sensor.name));
    }
}

void write(const AnalogPoint& from, v1::AnalogPoint& to)
{
    to.set_input_v(from.inputV);
    to.set_value(from.value);
}

void write(const InputsConfig& from, v1::InputsConfig& to)
{
    for (const DigitalInputConfig& input : from.digitalInputs)
        write(input, *to.add_digital_inputs());
    const AnalogInputConfig& analog = from.analogInput;
    v1::AnalogInputConfig& out = *to.mutable_analog_input();
    out.set_enabled(analog.enabled);
    out.set_name(utf8(analog.name));
    out.set_unit(utf8(analog.unit));
    write(analog.pointA, *out.mutable_point_a());
    write(analog.pointB, *out.mutable_point_b());
    out.set_alarm_low_enabled(analog.alarmLowEnabled);
    out.set_alarm_low(analog.alarmLow);
    out.set_alarm_high_enabled(analog.alarmHighEnabled);
    out.set_alarm_high(analog.alarmHigh);
}

void write(const NetworkConfig& from, v1::NetworkConfig& to)
{
    v1::WifiConfig& wifi = *to.mutable_wifi();
    wifi.set_enabled(from.wifi.enabled);
    wifi.set_ssid(utf8(from.wifi.ssid));
    wifi.set_security(protoenums::toProto(from.wifi.security));
    wifi.set_passphrase(utf8(from.wifi.passphrase));
    wifi.set_passphrase_set(from.wifi.passphraseSet);
    v1::Ipv4Config& ipv4 = *wifi.mutable_ipv4();
    ipv4.set_mode(protoenums::toProto(from.wifi.ipv4.mode));
    ipv4.set_address(utf8(from.wifi.ipv4.address));
    ipv4.set_netmask(utf8(from.wifi.ipv4.netmask));
    ipv4.set_gateway(utf8(from.wifi.ipv4.gateway));
    ipv4.set_dns(utf8(from.wifi.ipv4.dns));

    v1::LorawanConfig& lorawan = *to.mutable_lorawan();
    lorawan.set_enabled(from.lorawan.enabled);
    lorawan.set_region(protoenums::toProto(from.lorawan.region));
    lorawan.set_sub_band(from.lorawan.subBand);
    lorawan.set_device_class(protoenums::toProto(from.lorawan.deviceClass));
    lorawan.set_dev_eui(utf8(from.lorawan.devEui));
    lorawan.set_join_eui(utf8(from.lorawan.joinEui));
    lorawan.set_app_key(utf8(from.lorawan.appKey));
    lorawan.set_app_key_set(from.lorawan.appKeySet);
    lorawan.set_adr(from.lorawan.adr);

    v1::CellularConfig& cellular = *to.mutable_cellular();
    cellular.set_enabled(from.cellular.enabled);
    cellular.set_apn(utf8(from.cellular.apn));
    cellular.set_user(utf8(from.cellular.user));
    cellular.set_password(utf8(from.cellular.password));
    cellular.set_password_set(from.cellular.passwordSet);
    cellular.set_rat(protoenums::toProto(from.cellular.rat));

    to.set_uplink_interval_s(from.uplinkIntervalS);
}

// ---- message -> DeviceConfig

/// Reads a message field by field and keeps the first problem. A failed read still returns a
/// value, so the conversion reads straight through and reports once at the end.
class Reader
{
public:
    template <typename Ours> Ours choice(int wireNumber, const QString& path)
    {
        if (const std::optional<Ours> value = protoenums::fromProto<Ours>(wireNumber))
            return *value;
        const QString choices = protoenums::protoNames<Ours>().join(u", ");
        fail(path,
            wireNumber == 0
                ? Texts::tr("No value is chosen; choose one of %1.").arg(choices)
                : Texts::tr("The value %1 is unknown to this version of the tool; choose one of %2.")
                      .arg(wireNumber)
                      .arg(choices));
        return protoenums::Mapping<Ours>::table.front().first;
    }

    /// Whether a fixed-length list has its length; `what` names its entries for people.
    bool hasLength(int actual, std::size_t expected, const QString& path, const QString& what)
    {
        if (actual == static_cast<int>(expected))
            return true;
        fail(path,
            Texts::tr("There are %1 %2; a configuration has exactly %3, one per input of the module.")
                .arg(actual)
                .arg(what)
                .arg(expected));
        return false;
    }

    const std::optional<ValidationIssue>& problem() const { return m_problem; }

private:
    void fail(const QString& path, const QString& message)
    {
        if (!m_problem)
            m_problem = ValidationIssue { path, message };
    }

    std::optional<ValidationIssue> m_problem;
};

QString indexed(const char* list, std::size_t index, const char* field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1StringView(list)).arg(index).arg(QLatin1StringView(field));
}

InstallationConfig read(const v1::InstallationConfig& from, Reader& reader)
{
    return {
        text(from.site()),
        text(from.panel()),
        text(from.circuit()),
        reader.choice<InstallationPoint>(from.point(), u"installation.point"_qs),
        text(from.notes()),
    };
}

MeteringConfig read(const v1::MeteringConfig& from, Reader& reader)
{
    MeteringConfig to;
    to.wiring = reader.choice<Wiring>(from.wiring(), u"metering.wiring"_qs);
    to.nominalVoltageV = from.nominal_voltage_v();
    to.nominalFrequencyHz = from.nominal_frequency_hz();
    if (reader.hasLength(
            from.ct_inputs_size(), CtInputCount, u"metering.ct_inputs"_qs, Texts::tr("CT inputs"))) {
        for (std::size_t i = 0; i < CtInputCount; ++i) {
            const v1::CtInputConfig& ct = from.ct_inputs(static_cast<int>(i));
            to.ctInputs[i] = {
                ct.rating_a(),
                reader.choice<CtSecondary>(ct.secondary(), indexed("metering.ct_inputs", i, "secondary")),
                reader.choice<CtDirection>(ct.direction(), indexed("metering.ct_inputs", i, "direction")),
                ct.phase(),
                ct.inverted(),
            };
        }
    }
    to.demandPeriodS = from.demand_period_s();
    to.exportPossible = from.export_possible();
    return to;
}

DigitalInputConfig read(const v1::DigitalInputConfig& from, std::size_t index, Reader& reader)
{
    DigitalInputConfig to;
    to.name = text(from.name());
    to.mode = reader.choice<DigitalInputMode>(from.mode(), indexed("inputs.digital_inputs", index, "mode"));
    to.dryContact = {
        reader.choice<ContactType>(
            from.dry_contact().contact(), indexed("inputs.digital_inputs", index, "dry_contact.contact")),
        from.dry_contact().debounce_ms(),
    };
    to.pulse = { from.pulse().weight(), text(from.pulse().unit()), from.pulse().min_pulse_width_ms() };
    for (const v1::Ds18b20Sensor& sensor : from.ds18b20().sensors())
        to.ds18b20.sensors.append({ text(sensor.rom_code()), text(sensor.name()) });
    return to;
}

AnalogPoint read(const v1::AnalogPoint& from)
{
    return { from.input_v(), from.value() };
}

InputsConfig read(const v1::InputsConfig& from, Reader& reader)
{
    InputsConfig to;
    if (reader.hasLength(from.digital_inputs_size(), DigitalInputCount, u"inputs.digital_inputs"_qs,
            Texts::tr("digital inputs"))) {
        for (std::size_t i = 0; i < DigitalInputCount; ++i)
            to.digitalInputs[i] = read(from.digital_inputs(static_cast<int>(i)), i, reader);
    }
    const v1::AnalogInputConfig& analog = from.analog_input();
    to.analogInput = {
        analog.enabled(),
        text(analog.name()),
        text(analog.unit()),
        read(analog.point_a()),
        read(analog.point_b()),
        analog.alarm_low_enabled(),
        analog.alarm_low(),
        analog.alarm_high_enabled(),
        analog.alarm_high(),
    };
    return to;
}

NetworkConfig read(const v1::NetworkConfig& from, Reader& reader)
{
    NetworkConfig to;
    const v1::WifiConfig& wifi = from.wifi();
    to.wifi = {
        wifi.enabled(),
        text(wifi.ssid()),
        reader.choice<WifiSecurity>(wifi.security(), u"network.wifi.security"_qs),
        text(wifi.passphrase()),
        wifi.passphrase_set(),
        {
            reader.choice<Ipv4Mode>(wifi.ipv4().mode(), u"network.wifi.ipv4.mode"_qs),
            text(wifi.ipv4().address()),
            text(wifi.ipv4().netmask()),
            text(wifi.ipv4().gateway()),
            text(wifi.ipv4().dns()),
        },
    };
    const v1::LorawanConfig& lorawan = from.lorawan();
    to.lorawan = {
        lorawan.enabled(),
        reader.choice<LorawanRegion>(lorawan.region(), u"network.lorawan.region"_qs),
        lorawan.sub_band(),
        reader.choice<LorawanClass>(lorawan.device_class(), u"network.lorawan.device_class"_qs),
        text(lorawan.dev_eui()),
        text(lorawan.join_eui()),
        text(lorawan.app_key()),
        lorawan.app_key_set(),
        lorawan.adr(),
    };
    const v1::CellularConfig& cellular = from.cellular();
    to.cellular = {
        cellular.enabled(),
        text(cellular.apn()),
        text(cellular.user()),
        text(cellular.password()),
        cellular.password_set(),
        reader.choice<CellularRat>(cellular.rat(), u"network.cellular.rat"_qs),
    };
    to.uplinkIntervalS = from.uplink_interval_s();
    return to;
}

} // namespace

v1::DeviceConfig toProto(const DeviceConfig& config)
{
    v1::DeviceConfig message;
    write(config.installation, *message.mutable_installation());
    write(config.metering, *message.mutable_metering());
    write(config.inputs, *message.mutable_inputs());
    write(config.network, *message.mutable_network());
    v1::GpsConfig& gps = *message.mutable_gps();
    gps.set_enabled(config.gps.enabled);
    gps.set_fix_interval_s(config.gps.fixIntervalS);
    return message;
}

ReadResult<DeviceConfig> fromProto(const v1::DeviceConfig& message)
{
    Reader reader;
    DeviceConfig config {
        read(message.installation(), reader),
        read(message.metering(), reader),
        read(message.inputs(), reader),
        read(message.network(), reader),
        { message.gps().enabled(), message.gps().fix_interval_s() },
    };
    if (reader.problem())
        return *reader.problem();
    return config;
}

} // namespace iotpro::config
