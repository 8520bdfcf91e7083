#include "LiveSnapshots.h"

#include "electrical/Phasor.h"

#include <cmath>

namespace livesnapshots {

using namespace iotpro;

Site correctSite(phasormodel::Wiring wiring, double loadAngleDeg, double current)
{
    Site site;
    site.real = phasormodel::correctInstallation(wiring);
    site.load = phasormodel::balancedLoad(loadAngleDeg, current);
    return site;
}

Site reversedCt(Site site, int input)
{
    site.real.ctReversed[input - 1] = true;
    return site;
}

LiveSnapshot snapshotOf(const Site& site, quint64 sequence, qint64 startUs, const phasormodel::Noise& noise)
{
    const electrical::Installation declared = phasormodel::declaredInstallation(site.real.wiring);
    const electrical::Snapshot measured = phasormodel::measure(site.real, site.load, noise, true);
    LiveSnapshot snapshot;
    snapshot.sequence = sequence;
    snapshot.timestampUs = startUs + qint64(sequence) * 100'000;
    snapshot.frequency = measured.frequency;
    for (const electrical::ElementReading& reading : measured.elements) {
        LiveElement element;
        element.voltage = reading.voltage;
        element.current = reading.current;
        element.activePower = reading.activePower;
        element.reactivePower = reading.reactivePower;
        element.apparentPower = std::hypot(reading.activePower, reading.reactivePower);
        element.powerFactor
            = element.apparentPower > 0.0 ? std::abs(reading.activePower) / element.apparentPower : 0.0;
        element.viAngle = electrical::powerAngleDegrees(reading.activePower, reading.reactivePower);
        element.voltageAngle = reading.voltageAngle.value_or(0.0);
        element.thdVoltage = 2.1;
        element.thdCurrent = 8.4;
        snapshot.elements.append(element);
    }
    snapshot.energy = { 1'234'567, 890, 1'235'457, 45'678, 12, 45'690 };
    snapshot.demand = { 900, 27'600.0, 31'250.0 };
    MeteringSetup& setup = snapshot.setup;
    setup.wiring = site.real.wiring;
    setup.nominalVoltage = declared.nominalVoltage;
    setup.nominalFrequency = declared.nominalFrequency;
    setup.exportPossible = site.exportPossible;
    for (int input = 1; input <= electrical::ctInputCount(site.real.wiring); ++input) {
        setup.ctPrimaryA.append(site.ctRatingA);
        setup.ctPhase.append(electrical::declaredPhase(site.real.wiring, input));
        setup.ctInverted.append(false);
    }
    return snapshot;
}

} // namespace livesnapshots
