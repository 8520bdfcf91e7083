#include "CtCorrection.h"

#include <QCoreApplication>

namespace iotpro::commissioning {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::commissioning::CtCorrection)
};

} // namespace

std::variant<CtArrangement, CorrectionRefusal> correctedArrangement(
    const MeteringSetup& measuredWith, const electrical::Correction& correction)
{
    const electrical::Wiring wiring = measuredWith.wiring;
    const int inputs = electrical::ctInputCount(wiring);
    if (correction.ctPhase.size() != inputs || correction.ctInverted.size() != inputs
        || measuredWith.ctPhase.size() < inputs || measuredWith.ctInverted.size() < inputs)
        return CorrectionRefusal::NotOfThisSetup;
    CtArrangement arrangement { measuredWith.ctPhase.first(inputs), measuredWith.ctInverted.first(inputs) };
    QList<bool> placed(inputs, false);
    for (int element = 1; element <= inputs; ++element) {
        // The input whose current the module showed on this element.
        const qsizetype input = measuredWith.ctPhase.first(inputs).indexOf(electrical::declaredPhase(wiring, element));
        if (input < 0 || input >= inputs || placed[input])
            return CorrectionRefusal::NotOfThisSetup;
        placed[input] = true;
        const int clamped = correction.ctPhase[element - 1];
        if (wiring == electrical::Wiring::ThreePhaseThreeWire && clamped == 2)
            return CorrectionRefusal::CtOnReferencePhase;
        arrangement.phase[input] = clamped;
        arrangement.inverted[input] = measuredWith.ctInverted[input] != correction.ctInverted[element - 1];
    }
    return arrangement;
}

config::MeteringConfig withCtArrangement(config::MeteringConfig metering, const CtArrangement& arrangement)
{
    for (qsizetype k = 0; k < arrangement.phase.size() && k < qsizetype(config::CtInputCount); ++k) {
        config::CtInputConfig& input = metering.ctInputs[std::size_t(k)];
        input.phase = quint32(arrangement.phase[k]);
        // The firmware inverts an input mounted towards the supply by itself (config.proto).
        input.inverted = arrangement.inverted.value(k) != (input.direction == config::CtDirection::TowardsSupply);
    }
    return metering;
}

QString refusalText(CorrectionRefusal refusal)
{
    switch (refusal) {
    case CorrectionRefusal::NotOfThisSetup:
        return Texts::tr("The correction found does not fit the module's present CT settings: wait for the "
                         "next steady reading, then try again.");
    case CorrectionRefusal::CtOnReferencePhase:
        return Texts::tr("A CT is on L2's conductor. In 3P3W wiring the module measures against L2 and cannot "
                         "pair a current with it, so software cannot correct this: move the CT as the finding "
                         "says.");
    }
    Q_UNREACHABLE();
}

QStringList arrangementChanges(const MeteringSetup& measuredWith, const CtArrangement& arrangement)
{
    QStringList lines;
    for (qsizetype k = 0; k < arrangement.phase.size(); ++k) {
        const int input = int(k) + 1;
        const bool remapped = arrangement.phase[k] != measuredWith.ctPhase.value(k);
        const bool inversionChanged = arrangement.inverted.value(k) != measuredWith.ctInverted.value(k);
        if (!remapped && !inversionChanged)
            continue;
        QStringList what;
        if (remapped)
            what.append(Texts::tr("paired with L%1's voltage instead of L%2's")
                            .arg(arrangement.phase[k])
                            .arg(measuredWith.ctPhase.value(k)));
        if (inversionChanged)
            what.append(arrangement.inverted.value(k) ? Texts::tr("inverted") : Texts::tr("no longer inverted"));
        lines.append(Texts::tr("CT input %1: %2").arg(input).arg(what.join(QStringLiteral(", "))));
    }
    return lines;
}

} // namespace iotpro::commissioning
