#pragma once

#include "CheckClock.h"
#include "RadioSite.h"
#include "SeededRandom.h"
#include "iotpro.pb.h"

namespace iotpro::sim {

/// The module joining Wi-Fi as `config` says (its passphrase included): scan for the SSID,
/// associate, the WPA2 4-way handshake or the WPA3 SAE exchange, then a DHCP lease or the static
/// address. Steps take their time on `clock`; a step cut by its deadline ends the check with
/// WIFI_FAILURE_TIMEOUT. docs/simulator.md, "The radio site", gives every duration.
v1::WifiCheck joinWifi(const v1::WifiConfig& config, const QList<WifiAccessPoint>& accessPoints,
    SeededRandom& random, CheckClock& clock);

} // namespace iotpro::sim
