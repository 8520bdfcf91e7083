#include "DiagnosisMessages.h"

#include <cmath>
#include <numbers>

namespace iotpro::electrical {

namespace {

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double share)
{
    return QString::number(std::round(share * 100.0), 'f', 0);
}

bool dangerousSecondary(const Installation& installation)
{
    return installation.ctSecondary != CtSecondary::Voltage333mV;
}

QString secondaryName(CtSecondary secondary)
{
    return secondary == CtSecondary::Current1A ? u"1 A"_qs : u"5 A"_qs;
}

} // namespace

QString DiagnosisMessages::voltageMissing(int element, double volts)
{
    return tr(
        "Input %1 reads no voltage (%2 V): its voltage lead is loose or not connected, or its fuse is open. "
        "The CT on input %1 cannot be checked until it reads voltage.")
        .arg(element)
        .arg(number(volts));
}

QString DiagnosisMessages::voltageOutOfRange(int element, double volts, double low, double high)
{
    return tr(
        "Input %1 reads %2 V, outside %3-%4 V (nominal +-10 %): check its voltage lead and the declared "
        "nominal voltage.")
        .arg(element)
        .arg(number(volts), number(low, 0), number(high, 0));
}

QString DiagnosisMessages::voltageAngleUnexpected(Wiring wiring, int element, double angle)
{
    if (wiring == Wiring::ThreePhaseThreeWire)
        return tr("Input 2's voltage (V32) is at %1 deg to input 1's (V12) where +60 or -60 deg is expected: "
                  "check that "
                  "the common voltage lead is on L2 and the others on L1 and L3.")
            .arg(number(angle, 0));
    return tr("Input %1's voltage is at %2 deg to input 1's where -120 or +120 deg is expected: its voltage "
              "lead is "
              "probably on the same conductor as another input's. Put each voltage lead on its own phase.")
        .arg(element)
        .arg(number(angle, 0));
}

QString DiagnosisMessages::frequencyOutOfRange(double hertz, double low, double high)
{
    return tr("The supply frequency is %1 Hz, outside %2-%3 Hz: check the declared nominal frequency (50 or "
              "60 Hz).")
        .arg(number(hertz, 2), number(low, 2), number(high, 2));
}

QString DiagnosisMessages::currentBelowAccuracy(int element, double amps, double share, double rating)
{
    return tr("Input %1 carries %2 A, %3 % of the %4 A CT rating: below the 10 % a reliable check needs, so "
              "this CT "
              "is not judged. Switch on more load on its phase and check again.")
        .arg(element)
        .arg(number(amps), percent(share), number(rating, 0));
}

QString DiagnosisMessages::currentOverRating(int element, double amps, double share, double rating)
{
    return tr(
        "Input %1 carries %2 A, %3 % of the %4 A CT rating (at most 120 %): the CT is too small and reads "
        "wrong here. Fit a larger CT and declare its rating.")
        .arg(element)
        .arg(number(amps), percent(share), number(rating, 0));
}

QString DiagnosisMessages::ctRatioMismatch(int element, double meterAmps, double clampAmps, double tolerance,
    double declaredRating, double impliedRating)
{
    return tr(
        "Input %1 reads %2 A but the clamp meter shows %3 A, further apart than the %4 % the CT and the "
        "clamp meter allow: the CT fitted is probably not the declared %5 A one but behaves like a %6 A CT. "
        "Check the rating on its label and declare that.")
        .arg(element)
        .arg(number(meterAmps), number(clampAmps), number(tolerance * 100.0), number(declaredRating, 0),
            number(impliedRating, 0));
}

namespace {

/// The on-site fix, preceded by the software correction where the module offers one and by
/// the shorting rule for current-output CTs.
QString fix(const Installation& installation, const QString& softwareAction, const QString& physicalAction)
{
    QString text;
    if (installation.softwareCorrection && !softwareAction.isEmpty())
        text = softwareAction + u' ' + DiagnosisMessages::tr("To fix it on site instead: ");
    else
        text = DiagnosisMessages::tr("To fix it: ");
    if (dangerousSecondary(installation)) {
        text += DiagnosisMessages::tr("first short the CT's secondary (an open %1 secondary under load gives "
                                      "dangerous voltages), then ")
                    .arg(secondaryName(installation.ctSecondary));
    }
    return text + physicalAction;
}

} // namespace

QString DiagnosisMessages::ctReversed(const Installation& installation, int input)
{
    return tr("The CT on input %1 faces the wrong way.").arg(input) + u' '
        + fix(installation,
            tr("The module can invert input %1 in software; that is offered first, so the panel need not be "
               "opened "
               "again.")
                .arg(input),
            tr("turn the CT so its arrow points to the load, or swap its two leads at the module's "
               "terminals."));
}

QString DiagnosisMessages::ctSwapped(
    const Installation& installation, int input, int actualPhase, bool inverted, std::optional<int> occupant)
{
    const int rightPhase = declaredPhase(installation.wiring, input);
    QString problem = inverted ? tr("The CT on input %1 is on L%2's conductor and faces the wrong way.")
                               : tr("The CT on input %1 is on L%2's conductor.");
    problem = problem.arg(input).arg(actualPhase);
    QString physical = inverted
        ? tr("move it to L%1's conductor and turn it so its arrow points to the load.").arg(rightPhase)
        : tr("move it to L%1's conductor.").arg(rightPhase);
    if (occupant)
        physical += u' ' + tr("The CT now on L%1 belongs to input %2.").arg(rightPhase).arg(*occupant);
    // Aron needs I1 and I3: the module can re-pair inputs, but not measure a phase without a CT.
    const bool remappable = installation.wiring != Wiring::ThreePhaseThreeWire || actualPhase != 2;
    const QString software = remappable ? tr("The module can pair input %1 with L%2's voltage%3 in software; "
                                             "that is offered first, so the panel "
                                             "need not be opened again.")
                                              .arg(input)
                                              .arg(actualPhase)
                                              .arg(inverted ? tr(" and invert it") : QString())
                                        : QString();
    return problem + u' ' + fix(installation, software, physical);
}

QString DiagnosisMessages::phaseSequenceReversed(std::optional<std::pair<int, int>> leadSwap)
{
    if (leadSwap) {
        return tr(
            "The voltages rotate L1-L3-L2 while the CTs follow L1-L2-L3: the voltage leads of L%1 and L%2 "
            "are "
            "most likely swapped. Swapping those two voltage leads fixes the rotation and the CT findings on "
            "those inputs at once.")
            .arg(leadSwap->first)
            .arg(leadSwap->second);
    }
    return tr(
        "The voltages rotate L1-L3-L2 (negative sequence). Metering stays right while every CT follows its "
        "voltage, but either the supply turns the other way or two voltage leads are swapped together with "
        "their CTs: check the phase labels with a rotation tester.");
}

QString DiagnosisMessages::describe(
    const Installation& installation, const WiringHypothesis& hypothesis, const std::array<bool, 3>& judged)
{
    QStringList faults;
    QStringList exports;
    for (int input = 1; input <= ctInputCount(installation.wiring); ++input) {
        const auto k = std::size_t(input - 1);
        const bool moved = hypothesis.phase[k] != declaredPhase(installation.wiring, input);
        if (moved && hypothesis.inverted[k]) {
            faults << tr("the CT on input %1 is on L%2 and faces the wrong way")
                          .arg(input)
                          .arg(hypothesis.phase[k]);
        } else if (moved) {
            faults << tr("the CT on input %1 is on L%2").arg(input).arg(hypothesis.phase[k]);
        } else if (hypothesis.inverted[k]) {
            faults << tr("the CT on input %1 faces the wrong way").arg(input);
        }
        if (judged[k] && hypothesis.exporting[k])
            exports << tr("L%1 exports (generation running)").arg(hypothesis.phase[k]);
    }
    if (faults.isEmpty())
        faults << tr("the CTs are wired right");
    return (faults + exports).join(u"; ");
}

namespace {

QString changeText(PowerChange change)
{
    switch (change) {
    case PowerChange::Rises:
        return DiagnosisMessages::tr("rises");
    case PowerChange::Falls:
        return DiagnosisMessages::tr("falls");
    case PowerChange::Unchanged:
        return DiagnosisMessages::tr("stays the same");
    }
    return {};
}

} // namespace

QString DiagnosisMessages::ambiguous(const Installation& installation,
    const QList<WiringHypothesis>& candidates, const std::array<bool, 3>& judged,
    const std::optional<SeparatingTest>& test)
{
    QString text
        = tr("%n explanation(s) fit these readings about equally well:", nullptr, int(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i)
        text += u' ' + tr("(%1) %2.").arg(i + 1).arg(describe(installation, candidates[i], judged));
    if (!test) {
        return text + u' '
            + tr("To tell them apart, check with a clamp meter which conductor each CT is on and that its "
                 "arrow "
                 "points to the load.");
    }
    const QString where = test->returnPhase == 0
        ? tr("on L%1 only").arg(test->loadPhase)
        : tr("between L%1 and L%2 only").arg(test->loadPhase).arg(test->returnPhase);
    if (test->watchInputs.size() == 1) {
        text += u' '
            + tr("To tell them apart, switch on a resistive load of known power (a heater) %1 and watch "
                 "input %2's "
                 "active power:")
                  .arg(where)
                  .arg(test->watchInputs[0]);
        QStringList outcomes;
        for (qsizetype e = 0; e < test->expected.size(); ++e)
            outcomes << tr("it %1 if (%2)").arg(changeText(test->expected[e][0])).arg(e + 1);
        return text + u' ' + outcomes.join(u", ") + u'.';
    }
    QStringList inputs;
    for (int input : test->watchInputs)
        inputs << QString::number(input);
    const QString last = inputs.takeLast();
    text += u' '
        + tr("To tell them apart, switch on a resistive load of known power (a heater) %1 and watch the "
             "active power "
             "of inputs %2 and %3:")
              .arg(where, inputs.join(u", "), last);
    QStringList outcomes;
    for (qsizetype e = 0; e < test->expected.size(); ++e) {
        QStringList responses;
        for (qsizetype w = 0; w < test->watchInputs.size(); ++w)
            responses << tr("input %1 %2").arg(test->watchInputs[w]).arg(changeText(test->expected[e][w]));
        outcomes << tr("%1 if (%2)").arg(responses.join(tr(" and "))).arg(e + 1);
    }
    return text + u' ' + outcomes.join(u"; ") + u'.';
}

namespace {

/// "0.87 lagging", "0.95 leading", "1.00".
QString powerFactorText(double loadAngle)
{
    const QString factor = number(std::cos(loadAngle * std::numbers::pi / 180.0), 2);
    if (loadAngle > 0.5)
        return DiagnosisMessages::tr("%1 lagging").arg(factor);
    if (loadAngle < -0.5)
        return DiagnosisMessages::tr("%1 leading").arg(factor);
    return factor;
}

} // namespace

QString DiagnosisMessages::wiringUnexplained(
    const Installation& installation, const WiringHypothesis& closest, const std::array<bool, 3>& judged)
{
    QStringList factors;
    for (int input = 1; input <= ctInputCount(installation.wiring); ++input) {
        if (judged[std::size_t(input - 1)])
            factors << tr("input %1: %2")
                           .arg(input)
                           .arg(powerFactorText(closest.loadAngle[std::size_t(input - 1)]));
    }
    return tr(
        "The readings fit no CT arrangement with a usual load (PF 0.5 lagging to 0.8 leading, similar on "
        "every "
        "phase). The closest is: %1, with load power factors %2. Check that each voltage lead is on its own "
        "phase, or check again with a more usual load such as a heater switched on.")
        .arg(describe(installation, closest, judged), factors.join(u", "));
}

QString DiagnosisMessages::elementCountMismatch(Wiring wiring, qsizetype got)
{
    return tr("The reading has %1 metering element(s) but this wiring has %2: check the declared wiring.")
        .arg(got)
        .arg(ctInputCount(wiring));
}

QString DiagnosisMessages::also(const QString& message)
{
    return tr("Also: %1").arg(message);
}

} // namespace iotpro::electrical
