#include "InputWiring.h"

#include "Ds18b20Rom.h"

namespace iotpro::sim {

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

Ds18b20Device demoSensor(const QString& rom, double temperatureC)
{
    // The demo codes are written with their CRC: parseRom() accepts them.
    return { ds18b20::parseRom(rom).value(), temperatureC, {} };
}

} // namespace

InputWiring demoInputWiring()
{
    InputWiring wiring;
    wiring.digital[0].signal = { { 0ms, 0.0, false, 0ms } };
    wiring.digital[1].signal = { { 0ms, 0.5, false, 50ms } };
    wiring.digital[2].sensors = {
        demoSensor(u"28FF4A1D931603D1"_s, 4.5),
        demoSensor(u"28FF7C2E9316048A"_s, 3.8),
        demoSensor(u"28FF19B0A2160596"_s, -18.2),
    };
    wiring.analog = { { 0ms, 6.0 } };
    return wiring;
}

} // namespace iotpro::sim
