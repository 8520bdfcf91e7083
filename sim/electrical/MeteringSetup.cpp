#include "MeteringSetup.h"

#include <QCoreApplication>

namespace iotpro::sim {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::MeteringSetup)
};

/// The phases CT inputs can be paired with: those with a voltage element.
bool hasVoltageElement(Wiring wiring, int phase)
{
    for (int input = 1; input <= ctInputCount(wiring); ++input) {
        if (declaredPhase(wiring, input) == phase)
            return true;
    }
    return false;
}

} // namespace

MeteringSetup uncorrectedSetup(
    Wiring wiring, double nominalVoltage, double nominalFrequency, double ctPrimaryA)
{
    MeteringSetup setup;
    setup.wiring = wiring;
    setup.nominalVoltage = nominalVoltage;
    setup.nominalFrequency = nominalFrequency;
    for (int input = 1; input <= ctInputCount(wiring); ++input) {
        setup.ctPrimaryA.append(ctPrimaryA);
        setup.ctPhase.append(declaredPhase(wiring, input));
        setup.ctInverted.append(false);
    }
    return setup;
}

std::optional<QString> setupError(const MeteringSetup& setup)
{
    const qsizetype inputs = ctInputCount(setup.wiring);
    if (setup.ctPrimaryA.size() != inputs || setup.ctPhase.size() != inputs
        || setup.ctInverted.size() != inputs)
        return Texts::tr("the metering setup needs %1 CT rating(s), phase(s) and inversion flag(s)")
            .arg(inputs);
    if (!(setup.nominalVoltage > 0.0))
        return Texts::tr("the nominal voltage must be above 0 V");
    if (setup.nominalFrequency != 50.0 && setup.nominalFrequency != 60.0)
        return Texts::tr("the nominal frequency must be 50 or 60 Hz");
    if (setup.demandPeriodS < 1 || setup.demandPeriodS > kMaxDemandPeriodS)
        return Texts::tr("the demand period must be 1 to %1 s").arg(kMaxDemandPeriodS);
    QList<int> pairedPhases;
    for (qsizetype input = 0; input < inputs; ++input) {
        if (!(setup.ctPrimaryA[input] >= 1.0 && setup.ctPrimaryA[input] <= kMaxCtPrimaryA))
            return Texts::tr("the CT primary of input %1 must be 1 to %2 A")
                .arg(input + 1)
                .arg(kMaxCtPrimaryA);
        const int phase = setup.ctPhase[input];
        if (!hasVoltageElement(setup.wiring, phase))
            return Texts::tr(
                "CT input %1 cannot be paired with phase %2: this wiring has no voltage element for it")
                .arg(input + 1)
                .arg(phase);
        if (pairedPhases.contains(phase))
            return Texts::tr("two CT inputs are paired with phase %1").arg(phase);
        pairedPhases.append(phase);
    }
    return std::nullopt;
}

} // namespace iotpro::sim
