#include "CommissioningReport.h"

#include "config/ConfigHash.h"

#include <algorithm>

namespace iotpro::report {

QString reportIdOf(const QUuid& uuid)
{
    return u"CR-"_qs + uuid.toString(QUuid::WithoutBraces);
}

QList<CtRow> ctRows(const config::DeviceConfig& config)
{
    const config::MeteringConfig& metering = config.metering;
    QList<CtRow> rows;
    const int inputs = electrical::ctInputCount(metering.wiring);
    for (int input = 1; input <= inputs; ++input) {
        const config::CtInputConfig& ct = metering.ctInputs[std::size_t(input - 1)];
        const bool remapped = int(ct.phase) != electrical::declaredPhase(metering.wiring, input);
        rows.append({ input, ct, remapped || ct.inverted });
    }
    return rows;
}

CommissioningReport buildReport(const storage::SessionRecord& session, const QDateTime& generatedAt,
    const QString& generator)
{
    CommissioningReport report;
    report.reportId = reportIdOf(session.uuid);
    report.generatedAt = generatedAt.toUTC();
    report.generator = generator;
    report.session = session;
    report.session.config = config::withoutSecrets(session.config);
    report.configSha256 = config::configHash(report.session.config);
    report.cts = ctRows(report.session.config);
    if (session.liveCheck) {
        const LiveSnapshot& snapshot = session.liveCheck->snapshot;
        double highest = 0;
        for (qsizetype k = 0; k < snapshot.elements.size(); ++k) {
            const double rating = snapshot.setup.ctPrimaryA.value(k);
            const double pct = rating > 0 ? 100.0 * snapshot.elements[k].current / rating : 0.0;
            highest = std::max(highest, pct);
            report.phases.append({ int(k) + 1, snapshot.elements[k], pct });
        }
        report.loadLevelPct = highest;
    }
    return report;
}

} // namespace iotpro::report
