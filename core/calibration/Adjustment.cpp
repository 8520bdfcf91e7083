#include "Adjustment.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::Adjustment)
};

constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;

bool carried(const TestPoint& point, int element)
{
    return point.kind == PointKind::Accuracy && point.currentPct >= kAdjustmentMinCurrentPct
        && (point.element == 0 || point.element == element);
}

std::complex<double> apparent(const ElementQuantities& e)
{
    return { e.activePower, e.reactivePower };
}

} // namespace

Result<QList<ElementAdjustment>> computeAdjustment(const QList<PointResult>& results, const CalibrationConstants& present)
{
    qsizetype elements = 0;
    for (const PointResult& result : results)
        elements = std::max(elements, result.module.elements.size());

    QList<ElementAdjustment> adjustment;
    for (int element = 1; element <= int(elements); ++element) {
        std::complex<double> module;
        std::complex<double> reference;
        for (const PointResult& result : results) {
            if (!carried(result.point, element) || result.module.elements.size() < element
                || result.reference.elements.size() < element)
                continue;
            module += apparent(result.module.elements.at(element - 1));
            reference += apparent(result.reference.elements.at(element - 1));
        }
        if (std::abs(reference) <= 0.0)
            continue;
        const std::complex<double> ratio = module / reference;
        ElementAdjustment a;
        a.element = element;
        a.gainErrorPct = (std::abs(ratio) - 1.0) * 100.0;
        a.phaseErrorDeg = std::arg(ratio) * kDegreesPerRadian;
        a.before = present.of(element);
        // The run measured with the present constants: the new ones are those times the inverse
        // of what remained.
        a.after = { element, ((1.0 + a.before.gainPct / 100.0) / std::abs(ratio) - 1.0) * 100.0,
            a.before.phaseDeg + a.phaseErrorDeg };
        if (!(std::abs(a.after.gainPct) <= kMaxConstantGainPct && std::abs(a.after.phaseDeg) <= kMaxConstantPhaseDeg))
            return Errors::make(ErrorKind::NotAdjustable,
                Texts::tr("element %1 reads %2 % and %3° off: correcting it needs a gain of %4 % and a phase of "
                          "%5°, beyond the ±%6 % and ±%7° calibration may correct. Check the element's wiring "
                          "and current transformer; the module may be faulty.")
                    .arg(element)
                    .arg(a.gainErrorPct, 0, 'f', 3)
                    .arg(a.phaseErrorDeg, 0, 'f', 3)
                    .arg(a.after.gainPct, 0, 'f', 3)
                    .arg(a.after.phaseDeg, 0, 'f', 3)
                    .arg(kMaxConstantGainPct)
                    .arg(kMaxConstantPhaseDeg));
        adjustment.append(a);
    }
    if (adjustment.isEmpty())
        return Errors::make(ErrorKind::NotAdjustable,
            Texts::tr("no accuracy point of the plan loads an element with at least %1 % of In: the errors "
                      "cannot be measured well enough to adjust. Use a plan with such points.")
                .arg(kAdjustmentMinCurrentPct));
    return adjustment;
}

QList<ElementConstants> constantsAfter(const QList<ElementAdjustment>& adjustment, const CalibrationConstants& present)
{
    QList<ElementConstants> constants = present.elements;
    for (const ElementAdjustment& a : adjustment) {
        const auto kept = std::find_if(constants.begin(), constants.end(),
            [&a](const ElementConstants& c) { return c.element == a.element; });
        if (kept != constants.end())
            *kept = a.after;
        else
            constants.append(a.after);
    }
    std::sort(constants.begin(), constants.end(),
        [](const ElementConstants& x, const ElementConstants& y) { return x.element < y.element; });
    return constants;
}

} // namespace iotpro::calibration
