#include "DraftEdits.h"

#include <cmath>
#include <limits>

namespace iotpro::commissioning {

namespace {

/// The line-to-line voltage of a three-phase supply is sqrt(3) times its line-to-neutral voltage.
const double kLineToLineRatio = std::sqrt(3.0);

bool isLineToLine(config::Wiring wiring)
{
    return wiring == config::Wiring::ThreePhaseThreeWire;
}

/// The voltage in `choices` nearest to `target`; `fallback` when there are none.
quint32 nearest(const QList<quint32>& choices, double target, quint32 fallback)
{
    quint32 best = fallback;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const quint32 choice : choices) {
        const double distance = std::abs(static_cast<double>(choice) - target);
        if (distance < bestDistance) {
            best = choice;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

config::MeteringConfig withWiring(
    config::MeteringConfig metering, config::Wiring wiring, const config::ConfigLimits::Metering& limits)
{
    if (wiring == metering.wiring)
        return metering;
    const QList<quint32> voltages = limits.nominalVoltagesV.value(wiring);
    if (!voltages.contains(metering.nominalVoltageV)) {
        double sameSupply = metering.nominalVoltageV;
        if (isLineToLine(wiring) && !isLineToLine(metering.wiring))
            sameSupply *= kLineToLineRatio;
        else if (!isLineToLine(wiring) && isLineToLine(metering.wiring))
            sameSupply /= kLineToLineRatio;
        metering.nominalVoltageV = nearest(voltages, sameSupply, metering.nominalVoltageV);
    }
    metering.wiring = wiring;
    for (std::size_t i = 0; i < config::CtInputCount; ++i) {
        config::CtInputConfig& input = metering.ctInputs[i];
        const int inputNumber = static_cast<int>(i) + 1;
        input.phase = static_cast<quint32>(
            inputNumber <= electrical::ctInputCount(wiring) ? electrical::declaredPhase(wiring, inputNumber)
                                                            : inputNumber);
        input.inverted = false;
    }
    return metering;
}

} // namespace iotpro::commissioning
