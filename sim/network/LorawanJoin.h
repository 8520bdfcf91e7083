#pragma once

#include "CheckClock.h"
#include "RadioSite.h"
#include "SeededRandom.h"
#include "iotpro.pb.h"

namespace iotpro::sim {

/// The module joining the LoRaWAN network over the air as `config` says (its AppKey included),
/// then proving the link with a LinkCheckReq: up to kMaxJoinAttempts join requests, at SF7, SF8,
/// then SF9, each followed by the RX1 (5 s) and RX2 (6 s) windows. The gateways hear a request
/// only on the network's region and sub-band and above the spreading factor's demodulation
/// floor; the network server answers only a device it knows with that DevEUI, JoinEUI and
/// AppKey. Steps take their time on `clock`; a step cut by its deadline ends the check with
/// LORAWAN_FAILURE_TIMEOUT. docs/simulator.md, "The radio site", gives every figure.
v1::LorawanCheck joinLorawan(
    const v1::LorawanConfig& config, const LorawanNetwork& network, SeededRandom& random, CheckClock& clock);

namespace lorawan {
inline constexpr int kMaxJoinAttempts = 3;
inline constexpr int kLinkCheckAttempts = 2;
} // namespace lorawan

} // namespace iotpro::sim
