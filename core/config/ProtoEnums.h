#pragma once

#include "DeviceConfig.h"
#include "config.pb.h"

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

/// The one table per enum that pairs our enum values with the schema's (core/config internal).
/// A schema value missing from a table (0 = "not set", or a number from a newer schema) is one
/// a configuration cannot hold.
namespace iotpro::config::protoenums {

template <typename Ours> struct Mapping;

template <> struct Mapping<InstallationPoint>
{
    using Wire = v1::InstallationPoint;
    static constexpr std::array<std::pair<InstallationPoint, Wire>, 8> table { {
        { InstallationPoint::Unspecified, v1::INSTALLATION_POINT_UNSPECIFIED },
        { InstallationPoint::MainIncomer, v1::INSTALLATION_POINT_MAIN_INCOMER },
        { InstallationPoint::SubDistribution, v1::INSTALLATION_POINT_SUB_DISTRIBUTION },
        { InstallationPoint::HighLoadEquipment, v1::INSTALLATION_POINT_HIGH_LOAD_EQUIPMENT },
        { InstallationPoint::ColdChainFeed, v1::INSTALLATION_POINT_COLD_CHAIN_FEED },
        { InstallationPoint::TenantFeeder, v1::INSTALLATION_POINT_TENANT_FEEDER },
        { InstallationPoint::UpsGenerator, v1::INSTALLATION_POINT_UPS_GENERATOR },
        { InstallationPoint::EvCharging, v1::INSTALLATION_POINT_EV_CHARGING },
    } };
};

template <> struct Mapping<Wiring>
{
    using Wire = v1::Wiring;
    static constexpr std::array<std::pair<Wiring, Wire>, 3> table { {
        { Wiring::ThreePhaseFourWire, v1::WIRING_3P4W },
        { Wiring::ThreePhaseThreeWire, v1::WIRING_3P3W },
        { Wiring::SinglePhase, v1::WIRING_1P },
    } };
};

template <> struct Mapping<CtSecondary>
{
    using Wire = v1::CtSecondary;
    static constexpr std::array<std::pair<CtSecondary, Wire>, 3> table { {
        { CtSecondary::Voltage333mV, v1::CT_SECONDARY_333MV },
        { CtSecondary::Current1A, v1::CT_SECONDARY_1A },
        { CtSecondary::Current5A, v1::CT_SECONDARY_5A },
    } };
};

template <> struct Mapping<CtDirection>
{
    using Wire = v1::CtDirection;
    static constexpr std::array<std::pair<CtDirection, Wire>, 2> table { {
        { CtDirection::TowardsLoad, v1::CT_DIRECTION_TOWARDS_LOAD },
        { CtDirection::TowardsSupply, v1::CT_DIRECTION_TOWARDS_SUPPLY },
    } };
};

template <> struct Mapping<DigitalInputMode>
{
    using Wire = v1::DigitalInputMode;
    static constexpr std::array<std::pair<DigitalInputMode, Wire>, 4> table { {
        { DigitalInputMode::Off, v1::DIGITAL_INPUT_MODE_OFF },
        { DigitalInputMode::DryContact, v1::DIGITAL_INPUT_MODE_DRY_CONTACT },
        { DigitalInputMode::Pulse, v1::DIGITAL_INPUT_MODE_PULSE },
        { DigitalInputMode::Ds18b20, v1::DIGITAL_INPUT_MODE_DS18B20 },
    } };
};

template <> struct Mapping<ContactType>
{
    using Wire = v1::ContactType;
    static constexpr std::array<std::pair<ContactType, Wire>, 2> table { {
        { ContactType::NormallyOpen, v1::CONTACT_TYPE_NORMALLY_OPEN },
        { ContactType::NormallyClosed, v1::CONTACT_TYPE_NORMALLY_CLOSED },
    } };
};

template <> struct Mapping<WifiSecurity>
{
    using Wire = v1::WifiSecurity;
    static constexpr std::array<std::pair<WifiSecurity, Wire>, 2> table { {
        { WifiSecurity::Wpa2Psk, v1::WIFI_SECURITY_WPA2_PSK },
        { WifiSecurity::Wpa3Sae, v1::WIFI_SECURITY_WPA3_SAE },
    } };
};

template <> struct Mapping<Ipv4Mode>
{
    using Wire = v1::Ipv4Mode;
    static constexpr std::array<std::pair<Ipv4Mode, Wire>, 2> table { {
        { Ipv4Mode::Dhcp, v1::IPV4_MODE_DHCP },
        { Ipv4Mode::Static, v1::IPV4_MODE_STATIC },
    } };
};

template <> struct Mapping<LorawanRegion>
{
    using Wire = v1::LorawanRegion;
    static constexpr std::array<std::pair<LorawanRegion, Wire>, 9> table { {
        { LorawanRegion::Eu868, v1::LORAWAN_REGION_EU868 },
        { LorawanRegion::Us915, v1::LORAWAN_REGION_US915 },
        { LorawanRegion::Au915, v1::LORAWAN_REGION_AU915 },
        { LorawanRegion::As923_1, v1::LORAWAN_REGION_AS923_1 },
        { LorawanRegion::As923_2, v1::LORAWAN_REGION_AS923_2 },
        { LorawanRegion::As923_3, v1::LORAWAN_REGION_AS923_3 },
        { LorawanRegion::As923_4, v1::LORAWAN_REGION_AS923_4 },
        { LorawanRegion::In865, v1::LORAWAN_REGION_IN865 },
        { LorawanRegion::Kr920, v1::LORAWAN_REGION_KR920 },
    } };
};

template <> struct Mapping<LorawanClass>
{
    using Wire = v1::LorawanClass;
    static constexpr std::array<std::pair<LorawanClass, Wire>, 2> table { {
        { LorawanClass::A, v1::LORAWAN_CLASS_A },
        { LorawanClass::C, v1::LORAWAN_CLASS_C },
    } };
};

template <> struct Mapping<CellularRat>
{
    using Wire = v1::CellularRat;
    static constexpr std::array<std::pair<CellularRat, Wire>, 2> table { {
        { CellularRat::LteM, v1::CELLULAR_RAT_LTE_M },
        { CellularRat::NbIot, v1::CELLULAR_RAT_NB_IOT },
    } };
};

template <typename Ours> typename Mapping<Ours>::Wire toProto(Ours value)
{
    for (const auto& [ours, wire] : Mapping<Ours>::table) {
        if (ours == value)
            return wire;
    }
    Q_UNREACHABLE();
}

/// Our value for a schema number; nullopt when a configuration cannot hold it.
template <typename Ours> std::optional<Ours> fromProto(int wireNumber)
{
    for (const auto& [ours, wire] : Mapping<Ours>::table) {
        if (static_cast<int>(wire) == wireNumber)
            return ours;
    }
    return std::nullopt;
}

/// The schema's name of a value, as the JSON form spells it ("WIRING_3P4W").
template <typename Ours> QString protoName(Ours value)
{
    using Wire = typename Mapping<Ours>::Wire;
    const google::protobuf::EnumValueDescriptor* descriptor
        = google::protobuf::GetEnumDescriptor<Wire>()->FindValueByNumber(toProto(value));
    return QString::fromStdString(descriptor->name());
}

/// Our value for a schema name ("WIRING_3P4W"); nullopt for any other name.
template <typename Ours> std::optional<Ours> fromProtoName(const QString& name)
{
    using Wire = typename Mapping<Ours>::Wire;
    const google::protobuf::EnumValueDescriptor* descriptor
        = google::protobuf::GetEnumDescriptor<Wire>()->FindValueByName(name.toStdString());
    return descriptor ? fromProto<Ours>(descriptor->number()) : std::nullopt;
}

/// The schema names a configuration can hold, for messages that list the choices.
template <typename Ours> QStringList protoNames()
{
    QStringList names;
    for (const auto& entry : Mapping<Ours>::table)
        names.append(protoName(entry.first));
    return names;
}

} // namespace iotpro::config::protoenums
