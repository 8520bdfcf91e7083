#include "configuration/ConfigRuleSupport.h"

#include <QStringList>

namespace iotpro::sim::rules {

using namespace Qt::StringLiterals;

namespace {

/// How many CT inputs a wiring meters with: the elements of the metering engine.
int usedCtInputs(v1::Wiring wiring)
{
    switch (wiring) {
    case v1::WIRING_3P3W:
        return 2;
    case v1::WIRING_1P:
        return 1;
    default:
        return 3;
    }
}

/// The phases a CT can be paired with: those the engine has a voltage element for. In 3P3W (Aron)
/// the elements measure V12 and V32, so a CT belongs on L1 or L3.
bool hasVoltageElement(v1::Wiring wiring, quint32 phase)
{
    switch (wiring) {
    case v1::WIRING_3P3W:
        return phase == 1 || phase == 3;
    case v1::WIRING_1P:
        return phase == 1;
    default:
        return phase >= 1 && phase <= 3;
    }
}

QString listed(const QList<double>& values)
{
    QStringList texts;
    for (const double value : values)
        texts.append(number(value));
    return texts.join(u", "_s);
}

QString ctField(int index, const char* field)
{
    return u"metering.ct_inputs[%1].%2"_s.arg(index).arg(QLatin1StringView(field));
}

} // namespace

void checkMetering(const v1::MeteringConfig& metering, const ConfigLimitsTable& limits, Findings& findings)
{
    const QString wiring = QString::fromStdString(v1::Wiring_Name(metering.wiring()));
    const QList<double> voltages = limits.numbers(u"metering.nominal_voltages_v."_s + wiring);
    if (!voltages.contains(metering.nominal_voltage_v()))
        findings.refuse(u"metering.nominal_voltage_v"_s,
            u"%1 V is no nominal voltage of %2; one of %3 V"_s.arg(metering.nominal_voltage_v())
                .arg(wiring, listed(voltages)));
    const QList<double> frequencies = limits.numbers(u"metering.nominal_frequencies_hz"_s);
    if (!frequencies.contains(metering.nominal_frequency_hz()))
        findings.refuse(u"metering.nominal_frequency_hz"_s,
            u"%1 Hz is no mains frequency; one of %2 Hz"_s.arg(metering.nominal_frequency_hz())
                .arg(listed(frequencies)));

    // Only the inputs the wiring meters with: the others are kept but not used.
    const int used = std::min(usedCtInputs(metering.wiring()), metering.ct_inputs_size());
    const Bounds ratings = limits.bounds(u"metering.ct_rating_a"_s);
    for (int i = 0; i < used; ++i) {
        const v1::CtInputConfig& ct = metering.ct_inputs(i);
        if (!ratings.contains(ct.rating_a()))
            findings.refuse(ctField(i, "rating_a"),
                u"CT input %1 is rated %2 A; %3 A allowed"_s.arg(i + 1)
                    .arg(ct.rating_a())
                    .arg(span(ratings)));
        if (!hasVoltageElement(metering.wiring(), ct.phase()))
            findings.refuse(ctField(i, "phase"),
                u"CT input %1 on phase %2: %3 measures no voltage there"_s.arg(i + 1)
                    .arg(ct.phase())
                    .arg(wiring));
        for (int earlier = 0; earlier < i; ++earlier) {
            if (metering.ct_inputs(earlier).phase() == ct.phase())
                findings.refuse(ctField(i, "phase"),
                    u"CT inputs %1 and %2 are both on phase %3"_s.arg(earlier + 1)
                        .arg(i + 1)
                        .arg(ct.phase()));
        }
    }

    const QList<double> periods = limits.numbers(u"metering.demand_periods_s"_s);
    if (!periods.contains(metering.demand_period_s()))
        findings.refuse(u"metering.demand_period_s"_s,
            u"a demand period of %1 s; one of %2 s"_s.arg(metering.demand_period_s()).arg(listed(periods)));
}

} // namespace iotpro::sim::rules
