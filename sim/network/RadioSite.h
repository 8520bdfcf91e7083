#pragma once

#include "iotpro.pb.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iotpro::sim {

/// The radio surroundings of the installation (docs/simulator.md, "The radio site"): what the
/// module's Wi-Fi, LoRaWAN, cellular and GNSS receivers find when it checks its networks. The
/// module knows none of it in advance; its checks (network/*Check.h) find it out through the
/// active configuration.

/// A Wi-Fi access point, in WPA2/WPA3 transition mode: it takes either security.
struct WifiAccessPoint
{
    QString ssid;
    QString passphrase;
    QString bssid;
    quint32 channel = 0;
    int rssiDbm = 0; ///< at the module
    bool dhcpServerUp = true;
    quint32 gateway = 0; ///< IPv4, also the DHCP server; a /24 network
    quint32 firstLease = 0; ///< the DHCP pool: kDhcpPoolSize addresses from here

    friend bool operator==(const WifiAccessPoint&, const WifiAccessPoint&) = default;
};

/// A LoRaWAN gateway as it hears the module's uplinks.
struct LorawanGateway
{
    int rssiDbm = 0;
    double snrDb = 0.0;

    friend bool operator==(const LorawanGateway&, const LorawanGateway&) = default;
};

/// A device the network server (its join server) knows: OTAA credentials, 8, 8 and 16 bytes.
struct LorawanDevice
{
    QByteArray devEui;
    QByteArray joinEui;
    QByteArray appKey;

    friend bool operator==(const LorawanDevice&, const LorawanDevice&) = default;
};

/// The private LoRaWAN network around the installation.
struct LorawanNetwork
{
    v1::LorawanRegion region = v1::LORAWAN_REGION_EU868;
    /// The sub-band the gateways listen on, in regions that have them; 0 elsewhere.
    quint32 subBand = 0;
    QList<LorawanGateway> gateways; ///< in range of the module
    QList<LorawanDevice> devices;
    /// The network server answers LinkCheckReq.
    bool answersLinkCheck = true;

    friend bool operator==(const LorawanNetwork&, const LorawanNetwork&) = default;
};

/// A cell of the operator as the module receives it.
struct CellularCell
{
    v1::CellularRat rat = v1::CELLULAR_RAT_UNSPECIFIED;
    int rsrpDbm = 0;
    double rsrqDb = 0.0;

    friend bool operator==(const CellularCell&, const CellularCell&) = default;
};

/// The SIM in the module and the operator's network.
struct CellularNetwork
{
    bool simInserted = true;
    bool simPinLocked = false;
    QString operatorName;
    QList<CellularCell> cells;
    bool registrationDenied = false;
    /// The APN the operator accepts (case does not matter) and the credentials it checks; empty
    /// credentials: it checks none.
    QString apn;
    QString user;
    QString password;

    friend bool operator==(const CellularNetwork&, const CellularNetwork&) = default;
};

/// The sky as the GNSS antenna sees it.
struct GnssSky
{
    bool antennaConnected = true;
    int satellitesInView = 0;
    /// Satellites strong enough to use in a fix (4 make one).
    int satellitesUsable = 0;
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double altitudeM = 0.0;

    friend bool operator==(const GnssSky&, const GnssSky&) = default;
};

struct RadioSite
{
    QList<WifiAccessPoint> accessPoints;
    LorawanNetwork lorawan;
    CellularNetwork cellular;
    GnssSky sky;

    friend bool operator==(const RadioSite&, const RadioSite&) = default;
};

inline constexpr quint32 kDhcpPoolSize = 100;

/// The demo site every value of docs/simulator.md, "The radio site", describes.
RadioSite demoRadioSite();

/// "192.168.50.1".
QString ipv4Text(quint32 address);

} // namespace iotpro::sim
