#pragma once

#include "electrical/Installation.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <array>
#include <cstddef>

/// The configuration of a module as plain values, for the wizard to edit and the CLI to apply.
/// The schema, the meaning, unit and range of every field and the rules of the format are in
/// core/protocol/proto/config.proto (iotpro.v1.DeviceConfig); each struct here mirrors the message
/// of the same name, and ConfigProto.h converts losslessly both ways. The generated protobuf types
/// stay inside core.
///
/// Enums have no "unspecified" value (except InstallationPoint): a configuration that does not
/// choose is refused when it is read (ConfigProto.h), so a DeviceConfig always holds a choice.
/// A value-initialised DeviceConfig is not a usable configuration; start from
/// factoryDefaultConfig() or from the one a module reports.
namespace iotpro::config {

inline constexpr std::size_t CtInputCount = 3;
inline constexpr std::size_t DigitalInputCount = 4;

enum class InstallationPoint {
    Unspecified, ///< not declared yet
    MainIncomer,
    SubDistribution, ///< sub-distribution board or motor control centre (MCC)
    HighLoadEquipment,
    ColdChainFeed,
    TenantFeeder, ///< a tenant's or the common areas' feeder
    UpsGenerator,
    EvCharging,
};

struct InstallationConfig
{
    QString site;
    QString panel;
    QString circuit;
    InstallationPoint point = InstallationPoint::Unspecified;
    QString notes;

    friend bool operator==(const InstallationConfig&, const InstallationConfig&) = default;
};

using electrical::CtSecondary;
using electrical::Wiring;

/// Which way the arrow on the CT body points, as mounted.
enum class CtDirection {
    TowardsLoad,
    TowardsSupply,
};

struct CtInputConfig
{
    quint32 ratingA = 0; ///< rated primary current, A
    CtSecondary secondary = CtSecondary::Voltage333mV;
    CtDirection direction = CtDirection::TowardsLoad;
    quint32 phase = 0; ///< software remap: the phase (1-3) whose conductor the CT clamps
    bool inverted = false; ///< software inversion

    friend bool operator==(const CtInputConfig&, const CtInputConfig&) = default;
};

struct MeteringConfig
{
    Wiring wiring = Wiring::ThreePhaseFourWire;
    quint32 nominalVoltageV = 0; ///< L-N for 3P4W and 1P, L-L for 3P3W
    quint32 nominalFrequencyHz = 0;
    std::array<CtInputConfig, CtInputCount> ctInputs {}; ///< CT inputs 1 to 3
    quint32 demandPeriodS = 0;
    bool exportPossible = false;

    friend bool operator==(const MeteringConfig&, const MeteringConfig&) = default;
};

enum class DigitalInputMode {
    Off,
    DryContact,
    Pulse,
    Ds18b20,
};

enum class ContactType {
    NormallyOpen,
    NormallyClosed,
};

struct DryContactConfig
{
    ContactType contact = ContactType::NormallyOpen;
    quint32 debounceMs = 0;

    friend bool operator==(const DryContactConfig&, const DryContactConfig&) = default;
};

struct PulseConfig
{
    double weight = 0; ///< quantity per pulse, in `unit`
    QString unit;
    quint32 minPulseWidthMs = 0;

    friend bool operator==(const PulseConfig&, const PulseConfig&) = default;
};

struct Ds18b20Sensor
{
    QString romCode; ///< 16 hex digits, bus order: family code first, CRC last
    QString name;

    friend bool operator==(const Ds18b20Sensor&, const Ds18b20Sensor&) = default;
};

struct Ds18b20Config
{
    QList<Ds18b20Sensor> sensors;

    friend bool operator==(const Ds18b20Config&, const Ds18b20Config&) = default;
};

/// One digital input; the settings of every mode are kept, only those of `mode` are used.
struct DigitalInputConfig
{
    QString name;
    DigitalInputMode mode = DigitalInputMode::Off;
    DryContactConfig dryContact;
    PulseConfig pulse;
    Ds18b20Config ds18b20;

    friend bool operator==(const DigitalInputConfig&, const DigitalInputConfig&) = default;
};

/// A point of the analog input's linear scaling: `inputV` volts read as `value`.
struct AnalogPoint
{
    double inputV = 0;
    double value = 0;

    friend bool operator==(const AnalogPoint&, const AnalogPoint&) = default;
};

struct AnalogInputConfig
{
    bool enabled = false;
    QString name;
    QString unit;
    AnalogPoint pointA;
    AnalogPoint pointB;
    bool alarmLowEnabled = false;
    double alarmLow = 0;
    bool alarmHighEnabled = false;
    double alarmHigh = 0;

    friend bool operator==(const AnalogInputConfig&, const AnalogInputConfig&) = default;
};

struct InputsConfig
{
    std::array<DigitalInputConfig, DigitalInputCount> digitalInputs {}; ///< digital inputs 1 to 4
    AnalogInputConfig analogInput;

    friend bool operator==(const InputsConfig&, const InputsConfig&) = default;
};

enum class WifiSecurity {
    Wpa2Psk,
    Wpa3Sae,
};

enum class Ipv4Mode {
    Dhcp,
    Static,
};

/// Dotted-decimal IPv4 settings, used in Ipv4Mode::Static only.
struct Ipv4Config
{
    Ipv4Mode mode = Ipv4Mode::Dhcp;
    QString address;
    QString netmask;
    QString gateway;
    QString dns;

    friend bool operator==(const Ipv4Config&, const Ipv4Config&) = default;
};

struct WifiConfig
{
    bool enabled = false;
    QString ssid;
    WifiSecurity security = WifiSecurity::Wpa2Psk;
    QString passphrase; ///< secret: empty means "keep the stored one"
    bool passphraseSet = false; ///< the module holds a passphrase
    Ipv4Config ipv4;

    friend bool operator==(const WifiConfig&, const WifiConfig&) = default;
};

enum class LorawanRegion {
    Eu868,
    Us915,
    Au915,
    As923_1,
    As923_2,
    As923_3,
    As923_4,
    In865,
    Kr920,
};

enum class LorawanClass {
    A,
    C,
};

struct LorawanConfig
{
    bool enabled = false;
    LorawanRegion region = LorawanRegion::Eu868;
    quint32 subBand = 0; ///< 1-8 in regions with sub-bands, else 0
    LorawanClass deviceClass = LorawanClass::A;
    QString devEui; ///< 16 hex digits
    QString joinEui; ///< 16 hex digits
    QString appKey; ///< secret, 32 hex digits: empty means "keep the stored one"
    bool appKeySet = false; ///< the module holds an AppKey
    bool adr = false;

    friend bool operator==(const LorawanConfig&, const LorawanConfig&) = default;
};

enum class CellularRat {
    LteM,
    NbIot,
};

struct CellularConfig
{
    bool enabled = false;
    QString apn;
    QString user;
    QString password; ///< secret: empty means "keep the stored one"
    bool passwordSet = false; ///< the module holds an APN password
    CellularRat rat = CellularRat::LteM;

    friend bool operator==(const CellularConfig&, const CellularConfig&) = default;
};

struct NetworkConfig
{
    WifiConfig wifi;
    LorawanConfig lorawan;
    CellularConfig cellular;
    quint32 uplinkIntervalS = 0;

    friend bool operator==(const NetworkConfig&, const NetworkConfig&) = default;
};

struct GpsConfig
{
    bool enabled = false;
    quint32 fixIntervalS = 0;

    friend bool operator==(const GpsConfig&, const GpsConfig&) = default;
};

struct DeviceConfig
{
    InstallationConfig installation;
    MeteringConfig metering;
    InputsConfig inputs;
    NetworkConfig network;
    GpsConfig gps;

    friend bool operator==(const DeviceConfig&, const DeviceConfig&) = default;
};

/// The configuration of a module fresh from production: 3P4W, 230 V, 50 Hz; 100 A 333 mV CTs
/// mounted towards the load on phases 1, 2, 3, not inverted; a 15-minute demand period; every
/// input off; every network off; GPS off; a report every 900 s. (The configuration counter, 0 on
/// such a module, travels in the signed envelope, not here.)
DeviceConfig factoryDefaultConfig();

/// `config` with every secret emptied and its "set" flag raised where a secret was present: the
/// same configuration as a module reports it back after storing it. Reports, exports, logs and
/// the configuration hash only ever see this form.
DeviceConfig withoutSecrets(DeviceConfig config);

} // namespace iotpro::config
