#include "ReportJson.h"

#include "commissioning/CommissioningJson.h"
#include "config/ConfigJson.h"
#include "config/ProtoEnums.h"
#include "electrical/DiagnosisJson.h"
#include "security/Hash.h"
#include "storage/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace iotpro::report {

namespace {

using storage::recordjson::hex;
using storage::recordjson::isoTime;

QJsonObject notPerformed()
{
    return { { u"performed"_qs, false } };
}

/// `json` with {"performed": true} added.
QJsonObject performed(QJsonObject json)
{
    json.insert(u"performed"_qs, true);
    return json;
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject configJson(const config::DeviceConfig& config)
{
    return QJsonDocument::fromJson(config::toJson(config)).object();
}

QJsonArray ctJson(const QList<CtRow>& rows)
{
    using config::protoenums::protoName;
    QJsonArray array;
    for (const CtRow& row : rows) {
        array.append(QJsonObject { { u"input"_qs, row.input }, { u"rating_a"_qs, qint64(row.ct.ratingA) },
            { u"secondary"_qs, protoName(row.ct.secondary) }, { u"direction"_qs, protoName(row.ct.direction) },
            { u"phase"_qs, qint64(row.ct.phase) }, { u"inverted"_qs, row.ct.inverted },
            { u"software_correction"_qs, row.softwareCorrection } });
    }
    return array;
}

QJsonObject liveCheckJson(const CommissioningReport& report)
{
    const std::optional<storage::LiveCheckRecord>& check = report.session.liveCheck;
    if (!check)
        return notPerformed();
    QJsonArray phases;
    for (const PhaseRow& row : report.phases) {
        const LiveElement& e = row.reading;
        phases.append(QJsonObject { { u"element"_qs, row.element }, { u"voltage_v"_qs, e.voltage },
            { u"current_a"_qs, e.current }, { u"active_power_w"_qs, e.activePower },
            { u"reactive_power_var"_qs, e.reactivePower }, { u"apparent_power_va"_qs, e.apparentPower },
            { u"power_factor"_qs, e.powerFactor }, { u"angle_deg"_qs, e.viAngle },
            { u"load_pct"_qs, row.loadPct } });
    }
    QJsonArray findings;
    for (const storage::RecordedFinding& recorded : check->findings) {
        QJsonObject finding = electrical::toJson(recorded.finding);
        finding.insert(u"resolution"_qs, storage::resolutionName(recorded.resolution));
        findings.append(finding);
    }
    return performed({ { u"verdict"_qs, electrical::verdictName(check->verdict) },
        { u"load_level_pct"_qs, report.loadLevelPct.value_or(0) },
        { u"acknowledged_without_pass"_qs, check->acknowledgedWithoutPass }, { u"phases"_qs, phases },
        { u"findings"_qs, findings }, { u"snapshot"_qs, toJson(check->snapshot) } });
}

QJsonObject gpsPositionJson(const storage::SessionRecord& session)
{
    if (!session.network || session.network->gps.state != CheckState::Passed)
        return notPerformed();
    const GpsCheck& gps = session.network->gps;
    return performed({ { u"latitude_deg"_qs, gps.latitudeDeg }, { u"longitude_deg"_qs, gps.longitudeDeg },
        { u"altitude_m"_qs, gps.altitudeM }, { u"satellites_used"_qs, qint64(gps.satellitesUsed) } });
}

QJsonObject configurationJson(const CommissioningReport& report)
{
    const storage::SessionRecord& session = report.session;
    QJsonObject json { { u"sha256"_qs, hex(report.configSha256) }, { u"settings"_qs, configJson(session.config) },
        { u"written"_qs, session.written.has_value() },
        { u"failure"_qs,
            session.writeFailure ? QJsonValue(storage::recordjson::toJson(*session.writeFailure)) : QJsonValue() } };
    if (session.written) {
        const commissioning::ConfigWriteResult& written = *session.written;
        QJsonObject write = commissioning::toJson(written);
        for (const QString& key : write.keys()) {
            if (key != u"verified" && key != u"config_hash")
                json.insert(key, write.value(key));
        }
        json.insert(u"signature"_qs, hex(session.envelope.signature));
    }
    return json;
}

QJsonObject checklistJson(const storage::SessionRecord& session)
{
    if (!session.checklist)
        return notPerformed();
    QJsonArray items;
    for (storage::ChecklistItem item : storage::allChecklistItems) {
        items.append(QJsonObject { { u"item"_qs, storage::checklistName(item) },
            { u"confirmed"_qs, session.checklist->contains(item) } });
    }
    return performed(QJsonObject { { u"items"_qs, items } });
}

} // namespace

QJsonObject contentJson(const CommissioningReport& report)
{
    const storage::SessionRecord& session = report.session;
    const config::InstallationConfig& place = session.config.installation;
    const config::MeteringConfig& metering = session.config.metering;
    return {
        { u"format"_qs, ReportFormat.toString() },
        { u"format_version"_qs, ReportFormatVersion },
        { u"report_id"_qs, report.reportId },
        { u"generated"_qs, isoTime(report.generatedAt) },
        { u"generator"_qs, report.generator },
        { u"session"_qs,
            QJsonObject { { u"id"_qs, session.id }, { u"origin"_qs, storage::originName(session.origin) },
                { u"result"_qs, storage::resultName(session.result()) }, { u"started"_qs, isoTime(session.startedAt) },
                { u"finished"_qs, isoTime(session.finishedAt) }, { u"time_zone"_qs, session.timeZone },
                { u"tool_version"_qs, session.toolVersion } } },
        { u"company"_qs, session.company },
        { u"technician"_qs, session.technician },
        { u"installation"_qs,
            QJsonObject { { u"site"_qs, place.site }, { u"panel"_qs, place.panel }, { u"circuit"_qs, place.circuit },
                { u"installation_point"_qs, config::protoenums::protoName(place.point) },
                { u"notes"_qs, place.notes } } },
        { u"gps_position"_qs, gpsPositionJson(session) },
        { u"module"_qs, storage::recordjson::toJson(session.module) },
        { u"wiring"_qs,
            QJsonObject { { u"type"_qs, electrical::wiringName(metering.wiring) },
                { u"nominal_voltage_v"_qs, qint64(metering.nominalVoltageV) },
                { u"nominal_frequency_hz"_qs, qint64(metering.nominalFrequencyHz) },
                { u"demand_period_s"_qs, qint64(metering.demandPeriodS) },
                { u"export_possible"_qs, metering.exportPossible } } },
        { u"ct_inputs"_qs, ctJson(report.cts) },
        { u"live_check"_qs, liveCheckJson(report) },
        { u"io_check"_qs, session.io ? performed(storage::recordjson::toJson(*session.io)) : notPerformed() },
        { u"network_check"_qs,
            session.network ? performed(commissioning::toJson(*session.network))
                            : QJsonObject { { u"performed"_qs, false }, { u"error"_qs, session.networkCheckError } } },
        { u"configuration"_qs, configurationJson(report) },
        { u"checklist"_qs, checklistJson(session) },
        { u"signed_envelope"_qs,
            session.envelope.isEmpty()
                ? QJsonValue()
                : QJsonValue(QJsonObject { { u"payload"_qs, base64(session.envelope.payload) },
                    { u"signature"_qs, base64(session.envelope.signature) },
                    { u"signer_public_key"_qs, base64(session.envelope.signerPublicKey) } }) },
    };
}

QByteArray contentSha256(const QJsonObject& content)
{
    return security::sha256(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QByteArray reportFile(const QJsonObject& content)
{
    QJsonObject file = content;
    file.insert(u"integrity"_qs,
        QJsonObject { { u"algorithm"_qs, u"sha256"_qs }, { u"content_sha256"_qs, hex(contentSha256(content)) } });
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

QByteArray reportFile(const CommissioningReport& report)
{
    return reportFile(contentJson(report));
}

} // namespace iotpro::report
