#include "GpsFix.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace iotpro::sim {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

constexpr auto kAntennaCheckMin = 300ms;
constexpr auto kAntennaCheckMax = 600ms;
// Warm start: kFixBase + kFixPerSatellites / usable satellites + up to kFixJitter.
constexpr auto kFixBase = 3000ms;
constexpr double kFixPerSatellitesMs = 18000.0;
constexpr auto kFixJitter = 1500ms;
// HDOP falls roughly with the square root of the satellites used.
constexpr double kHdopScale = 4.2;
constexpr double kHdopSpread = 0.1;
// Horizontal error per unit of HDOP (user equivalent range error), vertical twice that.
constexpr double kRangeErrorM = 2.5;
constexpr double kMetresPerDegree = 111320.0;

} // namespace

v1::GpsCheck fixGps(const GnssSky& sky, SeededRandom& random, CheckClock& clock)
{
    v1::GpsCheck check;
    const auto failed = [&check](v1::GpsFailure failure) {
        check.set_state(v1::CHECK_STATE_FAILED);
        check.set_failure(failure);
        return check;
    };
    if (!clock.spend(random.duration(kAntennaCheckMin, kAntennaCheckMax)))
        return failed(v1::GPS_FAILURE_NO_SATELLITES);
    if (!sky.antennaConnected)
        return failed(v1::GPS_FAILURE_ANTENNA);

    // A satellite rising or setting at the horizon: one more or one fewer in view.
    const int inView
        = sky.satellitesInView > 0 ? std::max(0, sky.satellitesInView + random.uniformInt(-1, 1)) : 0;
    const int usable = std::min(inView, sky.satellitesUsable);
    check.set_satellites_in_view(static_cast<quint32>(inView));
    if (usable < gps::kSatellitesForFix) {
        const milliseconds searched
            = std::min<milliseconds>(gps::kSearchLimit, clock.deadline()) - clock.now();
        static_cast<void>(clock.spend(searched));
        return failed(inView > 0 ? v1::GPS_FAILURE_NO_FIX : v1::GPS_FAILURE_NO_SATELLITES);
    }
    const milliseconds timeToFix = kFixBase + milliseconds(std::lround(kFixPerSatellitesMs / usable))
        + random.duration(0ms, kFixJitter);
    if (!clock.spend(timeToFix))
        return failed(v1::GPS_FAILURE_NO_FIX);

    const double hdop
        = std::round((kHdopScale / std::sqrt(usable) + std::abs(random.normal(kHdopSpread))) * 10.0) / 10.0;
    const double errorM = hdop * kRangeErrorM;
    const double latitude = sky.latitudeDeg + random.normal(errorM) / kMetresPerDegree;
    const double longitude = sky.longitudeDeg
        + random.normal(errorM) / (kMetresPerDegree * std::cos(sky.latitudeDeg * std::numbers::pi / 180.0));
    check.set_state(v1::CHECK_STATE_PASSED);
    check.set_satellites_used(static_cast<quint32>(usable));
    check.set_latitude_deg(latitude);
    check.set_longitude_deg(longitude);
    check.set_altitude_m(static_cast<float>(sky.altitudeM + random.normal(2.0 * errorM)));
    check.set_hdop(static_cast<float>(hdop));
    check.set_time_to_fix_s(static_cast<quint32>((timeToFix + 999ms) / 1000ms));
    return check;
}

} // namespace iotpro::sim
