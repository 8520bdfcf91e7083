#include "ValidationRules.h"

#include <QStringList>

namespace iotpro::config::rules {

namespace {

QString wiringName(Wiring wiring)
{
    switch (wiring) {
    case Wiring::ThreePhaseFourWire:
        return QStringLiteral("3P4W");
    case Wiring::ThreePhaseThreeWire:
        return QStringLiteral("3P3W");
    case Wiring::SinglePhase:
        return QStringLiteral("1P");
    }
    return {};
}

QString joined(const QList<quint32>& values)
{
    QStringList texts;
    for (const quint32 value : values)
        texts.append(QString::number(value));
    return texts.join(u", ");
}

/// A demand period the way meters show it: whole minutes where it is whole minutes.
QString duration(quint32 seconds)
{
    return seconds % 60 == 0 ? ConfigValidator::tr("%1 min").arg(seconds / 60)
                             : ConfigValidator::tr("%1 s").arg(seconds);
}

QString ctPath(std::size_t index, const char* field)
{
    return QStringLiteral("metering.ct_inputs[%1].%2").arg(index).arg(QLatin1StringView(field));
}

void checkCtInput(const CtInputConfig& input, std::size_t index, Wiring wiring,
    const ConfigLimits::Metering& limits, Issues& issues)
{
    const std::size_t number = index + 1;
    if (input.ratingA == 0) {
        issues.append({ ctPath(index, "rating_a"),
            ConfigValidator::tr("CT input %1 has no rating; enter the primary current printed on the CT, for "
                                "example 100 A.")
                .arg(number) });
    } else if (!limits.ctRatingA.contains(input.ratingA)) {
        issues.append({ ctPath(index, "rating_a"),
            ConfigValidator::tr("CT input %1 is rated %2 A; a CT rating is from %3 to %4 A.")
                .arg(number)
                .arg(input.ratingA)
                .arg(rules::number(limits.ctRatingA.min), rules::number(limits.ctRatingA.max)) });
    }

    if (wiring == Wiring::SinglePhase && input.phase != 1) {
        issues.append({ ctPath(index, "phase"),
            ConfigValidator::tr(
                "In 1P wiring CT input 1 is on phase 1, the only phase the module measures.") });
    } else if (input.phase < 1 || input.phase > 3) {
        issues.append({ ctPath(index, "phase"),
            ConfigValidator::tr("CT input %1 is mapped to phase %2; choose phase 1, 2 or 3.")
                .arg(number)
                .arg(input.phase) });
    } else if (wiring == Wiring::ThreePhaseThreeWire && input.phase == 2) {
        // Aron metering measures V12 and V32: L2 is the voltage reference, no element pairs a current with it.
        issues.append({ ctPath(index, "phase"),
            ConfigValidator::tr("In 3P3W wiring CT input %1 cannot be mapped to phase 2: the module measures "
                                "against L2 and pairs currents only with L1 and L3. Map it to phase 1 or 3, "
                                "and clamp the CTs on L1 and L3.")
                .arg(number) });
    }
}

} // namespace

void checkMetering(const MeteringConfig& metering, const ConfigLimits::Metering& limits, Issues& issues)
{
    const QList<quint32> voltages = limits.nominalVoltagesV.value(metering.wiring);
    if (!voltages.contains(metering.nominalVoltageV)) {
        const QString message = metering.wiring == Wiring::ThreePhaseThreeWire
            ? ConfigValidator::tr(
                "%1 V is not a nominal line-to-line voltage; for %2 wiring choose one of %3 V.")
            : ConfigValidator::tr(
                "%1 V is not a nominal line-to-neutral voltage; for %2 wiring choose one of %3 V.");
        issues.append({ u"metering.nominal_voltage_v"_qs,
            message.arg(metering.nominalVoltageV).arg(wiringName(metering.wiring), joined(voltages)) });
    }
    if (!limits.nominalFrequenciesHz.contains(metering.nominalFrequencyHz)) {
        issues.append({ u"metering.nominal_frequency_hz"_qs,
            ConfigValidator::tr("%1 Hz is not a mains frequency; choose one of %2 Hz.")
                .arg(metering.nominalFrequencyHz)
                .arg(joined(limits.nominalFrequenciesHz)) });
    }

    // Only the inputs the wiring uses: the others are kept but ignored by the module.
    const auto used = static_cast<std::size_t>(electrical::ctInputCount(metering.wiring));
    for (std::size_t i = 0; i < used; ++i) {
        checkCtInput(metering.ctInputs[i], i, metering.wiring, limits, issues);
        for (std::size_t earlier = 0; earlier < i; ++earlier) {
            if (metering.ctInputs[i].phase == metering.ctInputs[earlier].phase) {
                issues.append({ ctPath(i, "phase"),
                    ConfigValidator::tr("CT inputs %1 and %2 are both mapped to phase %3; each CT clamps a "
                                        "different phase conductor.")
                        .arg(earlier + 1)
                        .arg(i + 1)
                        .arg(metering.ctInputs[i].phase) });
                break; // one message per input is enough to act on
            }
        }
    }

    if (!limits.demandPeriodsS.contains(metering.demandPeriodS)) {
        QStringList periods;
        for (const quint32 period : limits.demandPeriodsS)
            periods.append(duration(period));
        issues.append({ u"metering.demand_period_s"_qs,
            ConfigValidator::tr("A demand period of %1 is not possible; choose one of %2.")
                .arg(duration(metering.demandPeriodS), periods.join(u", ")) });
    }
}

} // namespace iotpro::config::rules
