#pragma once

#include "RadioSite.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace iotpro::sim {

/// What iotpro-sim's radio options say (docs/simulator.md, "The radio site"), as typed.
struct RadioSiteChanges
{
    QStringList wifiSites {}; ///< --wifi-site SSID:PASSPHRASE
    QString lorawanSite {}; ///< --lorawan-site REGION[:SUB_BAND]
    QString lorawanGateways {}; ///< --lorawan-gateways RSSI:SNR[,RSSI:SNR...]
    QStringList lorawanDevices {}; ///< --lorawan-device DEVEUI:JOINEUI:APPKEY
    QString cellularSite {}; ///< --cellular-site APN[:USER:PASSWORD]
    QString gpsPosition {}; ///< --gps-position LAT:LON:ALT
    QStringList faults {}; ///< --radio-fault NETWORK:FAULT

    friend bool operator==(const RadioSiteChanges&, const RadioSiteChanges&) = default;
};

/// Applies `changes` to `site`, the faults last. Returns why it cannot, in one line naming the
/// option, leaving `site` as it was.
std::optional<QString> applyRadioSiteChanges(RadioSite& site, const RadioSiteChanges& changes);

/// Every radio fault, "wifi:no_ap, wifi:dhcp_timeout, …".
QString radioFaultList();

} // namespace iotpro::sim
