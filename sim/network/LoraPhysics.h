#pragma once

#include "iotpro.pb.h"

#include <chrono>

namespace iotpro::sim::lora {

/// The LoRa physical layer and the regional parameters (LoRaWAN RP002-1.0.4) a join and a
/// link check need.

/// Time on air of one LoRa frame (Semtech AN1200.13): 8 preamble symbols, explicit header,
/// coding rate 4/5, low data rate optimisation at SF11 and SF12 on 125 kHz. Uplinks carry a
/// payload CRC, downlinks do not.
std::chrono::milliseconds airtime(int spreadingFactor, int bandwidthKhz, int payloadBytes, bool payloadCrc);

/// SNR below which a LoRa receiver cannot demodulate this spreading factor, in dB: -7.5 at SF7
/// down to -20 at SF12. LinkCheckAns reports the margin above it.
double demodulationFloorDb(int spreadingFactor);

struct RegionPlan
{
    bool hasSubBands = false;
    /// The data rate index of SF7 on 125 kHz: each step down in rate is one SF up.
    int sf7DataRate = 5;
    /// RX2, the second receive window's default data rate.
    int rx2SpreadingFactor = 12;
    int rx2BandwidthKhz = 125;
};

RegionPlan regionPlan(v1::LorawanRegion region);

} // namespace iotpro::sim::lora
