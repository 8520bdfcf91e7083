#include "Certificate.h"

#include <QRandomGenerator>

#include <algorithm>

namespace iotpro::calibration {

bool Certificate::passed() const
{
    const QList<PointResult>& results = finalResults();
    return !results.isEmpty()
        && std::all_of(results.cbegin(), results.cend(), [](const PointResult& r) { return r.passed(); });
}

QString newCertificateId(const QString& moduleSerial, const QDateTime& issued)
{
    const quint32 random = QRandomGenerator::system()->bounded(0x10000u);
    return QStringLiteral("CAL-%1-%2-%3")
        .arg(moduleSerial, issued.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")),
            QString::number(random, 16).toUpper().rightJustified(4, u'0'));
}

QString CertificateTexts::method(const Certificate& certificate)
{
    const TestPlan& plan = certificate.plan;
    return tr("Comparison with a reference standard meter on a three-phase test bench, plan \"%1\". For each "
              "point the test source was set, the run waited until the source reported its outputs settled and "
              "then for the point's settle time, and averaged the module's live readings against readings of "
              "the reference taken at the same moments (%2 readings per second). The error is that of active "
              "power, (module - reference) / reference; the reactive error is reported where |sin φ| ≥ 0.5. The "
              "starting-current point passes when the module registers at least %3 Wh while the reference "
              "counts the point's energy; the no-load point at %4 % of Un passes when it registers at most %3 "
              "Wh. Ratings: Un %5 V, In %6 A, Imax %7 A, %8 Hz.")
        .arg(plan.name)
        .arg(plan.sampleRateHz)
        .arg(kRegisteredEnergyWh)
        .arg(plan.accuracyClass.noLoadVoltagePct)
        .arg(plan.nominalVoltageV)
        .arg(plan.ratedCurrentA)
        .arg(plan.maxCurrentA)
        .arg(plan.nominalFrequencyHz);
}

QString CertificateTexts::decisionRule()
{
    return tr("Guarded acceptance (ILAC-G8:2019, 4.2.2) with the guard band equal to the expanded uncertainty U "
              "(k = 2, about 95 %): a point passes when |error| + U ≤ limit, and fails otherwise; a point whose "
              "error is within the limit but not by U is reported as \"fail (within the guard band)\". U combines "
              "the reference's uncertainty (its accuracy / √3) with the scatter of the point's readings (standard "
              "deviation of the mean). The module passes when every point passes.");
}

QString CertificateTexts::verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Pass");
    case Verdict::FailInGuardBand:
        return tr("Fail (within the guard band)");
    case Verdict::Fail:
        return tr("Fail");
    }
    return {};
}

} // namespace iotpro::calibration
