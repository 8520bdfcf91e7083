#include "ElementMath.h"

#include <cmath>

namespace iotpro::sim {

namespace {

/// RMS of a quantity whose fundamental has RMS `fundamental`, distorted by `thdPct`.
double trueRms(double fundamental, double thdPct)
{
    return fundamental * std::sqrt(1.0 + thdPct * thdPct / 1e4);
}

} // namespace

QList<ElementSignals> pairElements(const MeterInputs& inputs, const MeteringSetup& setup)
{
    QList<ElementSignals> elements;
    for (int element = 1; element <= ctInputCount(setup.wiring); ++element) {
        ElementSignals paired;
        paired.voltage = inputs.elementVoltages.value(element - 1);
        const int phase = declaredPhase(setup.wiring, element);
        const qsizetype input = setup.ctPhase.indexOf(phase);
        if (input >= 0) {
            const Signal& ct = inputs.ctSignals.at(input);
            if (std::abs(ct.fundamental) >= kStartingCurrentShare) {
                const double scale
                    = setup.ctInverted.at(input) ? -setup.ctPrimaryA.at(input) : setup.ctPrimaryA.at(input);
                paired.current = { ct.fundamental * scale, ct.thdPct };
            }
        }
        elements.append(paired);
    }
    return elements;
}

QList<ElementValues> evaluateElements(const QList<ElementSignals>& elements, const MeteringSetup& setup)
{
    const double voltageThreshold = kVoltageThresholdShare * setup.nominalVoltage;
    const auto hasVoltage = [voltageThreshold](const ElementSignals& e) {
        return std::abs(e.voltage.fundamental) >= voltageThreshold;
    };
    const bool hasReference = !elements.isEmpty() && hasVoltage(elements.first());

    QList<ElementValues> values;
    for (const ElementSignals& element : elements) {
        ElementValues v;
        const bool voltage = hasVoltage(element);
        const bool current = std::abs(element.current.fundamental) > 0.0;
        if (voltage) {
            v.voltage = trueRms(std::abs(element.voltage.fundamental), element.voltage.thdPct);
            v.thdVoltagePct = element.voltage.thdPct;
            if (hasReference)
                v.voltageAngleDeg = wrappedDegrees(argDegrees(element.voltage.fundamental)
                    - argDegrees(elements.first().voltage.fundamental));
        }
        if (current) {
            v.current = trueRms(std::abs(element.current.fundamental), element.current.thdPct);
            v.thdCurrentPct = element.current.thdPct;
        }
        if (voltage && current) {
            const Phasor power = element.voltage.fundamental * std::conj(element.current.fundamental);
            v.activePower = power.real();
            v.reactivePower = power.imag();
            v.apparentPower = v.voltage * v.current;
            v.powerFactor = std::abs(v.activePower) / v.apparentPower;
            v.viAngleDeg = wrappedDegrees(argDegrees(power));
        }
        values.append(v);
    }
    return values;
}

} // namespace iotpro::sim
