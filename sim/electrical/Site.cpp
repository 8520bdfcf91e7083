#include "Site.h"

#include <cmath>

namespace iotpro::sim {

double thdPercent(const HarmonicContent& harmonics)
{
    double sumOfSquares = 0.0;
    for (const Harmonic& harmonic : harmonics)
        sumOfSquares += harmonic.percent * harmonic.percent;
    return std::sqrt(sumOfSquares);
}

double defaultNominalVoltage(Wiring wiring)
{
    return wiring == Wiring::ThreePhaseThreeWire ? 400.0 : 230.0;
}

SiteWiring correctWiring(Wiring wiring, double ctPrimaryA)
{
    SiteWiring correct;
    for (int input = 1; input <= ctInputCount(wiring); ++input)
        correct.cts.append({ declaredPhase(wiring, input), false, ctPrimaryA });
    for (int tap = 1; tap <= conductorCount(wiring); ++tap)
        correct.voltageTaps.append(tap);
    return correct;
}

} // namespace iotpro::sim
