#include "LoraPhysics.h"

#include <algorithm>
#include <cmath>

namespace iotpro::sim::lora {

namespace {

constexpr double kPreambleSymbols = 8.0;
constexpr double kSyncSymbols = 4.25;
constexpr int kCodingRate = 1; // 4/5
constexpr int kLowDataRateFromSf = 11;
constexpr int kFloorSf7Tenths = -75;
constexpr int kFloorStepTenths = -25;

} // namespace

std::chrono::milliseconds airtime(int spreadingFactor, int bandwidthKhz, int payloadBytes, bool payloadCrc)
{
    const double symbolMs = std::ldexp(1.0, spreadingFactor) / bandwidthKhz;
    const int lowDataRate = spreadingFactor >= kLowDataRateFromSf && bandwidthKhz == 125 ? 1 : 0;
    const double bits = 8.0 * payloadBytes - 4.0 * spreadingFactor + 28.0 + (payloadCrc ? 16.0 : 0.0);
    const double payloadSymbols = 8.0
        + std::max(std::ceil(bits / (4.0 * (spreadingFactor - 2 * lowDataRate))) * (kCodingRate + 4), 0.0);
    const double totalMs = (kPreambleSymbols + kSyncSymbols + payloadSymbols) * symbolMs;
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(std::ceil(totalMs)));
}

double demodulationFloorDb(int spreadingFactor)
{
    return (kFloorSf7Tenths + kFloorStepTenths * (spreadingFactor - 7)) / 10.0;
}

RegionPlan regionPlan(v1::LorawanRegion region)
{
    switch (region) {
    case v1::LORAWAN_REGION_US915:
        return { true, 3, 12, 500 };
    case v1::LORAWAN_REGION_AU915:
        return { true, 5, 12, 500 };
    case v1::LORAWAN_REGION_AS923_1:
    case v1::LORAWAN_REGION_AS923_2:
    case v1::LORAWAN_REGION_AS923_3:
    case v1::LORAWAN_REGION_AS923_4:
    case v1::LORAWAN_REGION_IN865:
        return { false, 5, 10, 125 };
    default: // EU868, KR920
        return { false, 5, 12, 125 };
    }
}

} // namespace iotpro::sim::lora
