#include "ReportPdf.h"

#include "PdfDocument.h"
#include "ReportJson.h"
#include "ReportTexts.h"
#include "commissioning/ConfigWrite.h"
#include "commissioning/NetworkCheckText.h"
#include "graphics/PhasorPainter.h"

#include <QBuffer>
#include <QPainter>
#include <QTimeZone>
#include <cmath>

namespace iotpro::report {

namespace {

using Doc = PdfDocument;
using storage::SessionRecord;

constexpr QColor kPassed { 0x1b, 0x5e, 0x20 };
constexpr QColor kWarning { 0x8a, 0x4b, 0x00 };
constexpr QColor kFailed { 0xc6, 0x28, 0x28 };
constexpr QColor kMuted { 0x55, 0x55, 0x55 };
/// The phasor diagram's side on paper, device units (1/300 in): 65 mm.
constexpr double kPhasorSide = 65.0 / 25.4 * Doc::kDpi;

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString notPerformed()
{
    return ReportPdf::tr("not performed");
}

QString orNotRecorded(const QString& value)
{
    return value.isEmpty() ? ReportPdf::tr("not recorded") : value;
}

QTimeZone zoneOf(const SessionRecord& session)
{
    const QTimeZone zone(session.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

/// Date and time in the session's zone, in the reader's locale.
QString localDateTime(const QDateTime& utc, const QTimeZone& zone)
{
    return QLocale().toString(utc.toTimeZone(zone), QLocale::ShortFormat);
}

QColor resultColour(storage::SessionResult result)
{
    switch (result) {
    case storage::SessionResult::Passed:
        return kPassed;
    case storage::SessionResult::Warnings:
        return kWarning;
    case storage::SessionResult::Failed:
        return kFailed;
    case storage::SessionResult::Incomplete:
        return kMuted;
    }
    return kMuted;
}

void addTitle(QList<PdfBlock>& blocks, const CommissioningReport& report)
{
    const SessionRecord& session = report.session;
    const config::InstallationConfig& place = session.config.installation;
    blocks.append(Doc::paragraph(ReportPdf::tr("Commissioning report"), Doc::kTitlePt, true));
    QStringList where;
    for (const QString& part : { place.site, place.panel, place.circuit }) {
        if (!part.isEmpty())
            where.append(part);
    }
    blocks.append(
        Doc::paragraph(ReportPdf::tr("IoT Pro Energy Module %1 — %2")
                           .arg(session.module.serialNumber,
                               where.isEmpty() ? ReportPdf::tr("place not recorded") : where.join(u" · "_qs)),
            Doc::kHeadingPt));
    blocks.append(Doc::spacer(Doc::kGap / 2));
    blocks.append(Doc::paragraph(
        texts::result(session.result()), Doc::kHeadingPt, true, resultColour(session.result())));
    blocks.append(Doc::spacer(Doc::kGap));
}

void addJob(QList<PdfBlock>& blocks, const CommissioningReport& report)
{
    const SessionRecord& session = report.session;
    const config::InstallationConfig& place = session.config.installation;
    const QTimeZone zone = zoneOf(session);
    blocks.append(Doc::heading(ReportPdf::tr("Job")));
    blocks.append(Doc::keyValue(ReportPdf::tr("Report"), report.reportId));
    blocks.append(Doc::keyValue(ReportPdf::tr("Company"), orNotRecorded(session.company)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Technician"), orNotRecorded(session.technician)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Site"), orNotRecorded(place.site)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Panel"), orNotRecorded(place.panel)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Circuit"), orNotRecorded(place.circuit)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Installation point"), texts::installationPoint(place.point)));
    if (!place.notes.isEmpty())
        blocks.append(Doc::keyValue(ReportPdf::tr("Notes"), place.notes));
    const QDateTime started = session.startedAt.toTimeZone(zone);
    blocks.append(
        Doc::keyValue(ReportPdf::tr("Date"), QLocale().toString(started.date(), QLocale::LongFormat)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Time"),
        ReportPdf::tr("%1 to %2")
            .arg(QLocale().toString(started.time(), QLocale::ShortFormat),
                QLocale().toString(session.finishedAt.toTimeZone(zone).time(), QLocale::ShortFormat))));
    blocks.append(Doc::keyValue(ReportPdf::tr("Time zone"),
        u"%1 (%2)"_qs.arg(QString::fromUtf8(zone.id()), zone.displayName(started, QTimeZone::OffsetName))));
    QString position = notPerformed();
    if (session.network && session.network->gps.state == CheckState::Passed) {
        const GpsCheck& gps = session.network->gps;
        position = ReportPdf::tr(
            "%1° %2, %3° %4, altitude %5 m (%n satellite(s) used)", nullptr, int(gps.satellitesUsed))
                       .arg(number(std::abs(gps.latitudeDeg), 6),
                           gps.latitudeDeg >= 0 ? ReportPdf::tr("N", "north") : ReportPdf::tr("S", "south"),
                           number(std::abs(gps.longitudeDeg), 6),
                           gps.longitudeDeg >= 0 ? ReportPdf::tr("E", "east") : ReportPdf::tr("W", "west"),
                           number(gps.altitudeM, 1));
    }
    blocks.append(Doc::keyValue(ReportPdf::tr("GPS position"), position));
    blocks.append(Doc::keyValue(ReportPdf::tr("Recorded by"),
        ReportPdf::tr("%1, %2, session %3")
            .arg(texts::origin(session.origin), session.toolVersion)
            .arg(session.id)));
    blocks.append(Doc::spacer(Doc::kGap));
}

void addModule(QList<PdfBlock>& blocks, const storage::ModuleIdentity& module)
{
    blocks.append(Doc::heading(ReportPdf::tr("Module")));
    blocks.append(Doc::keyValue(ReportPdf::tr("Serial number"), module.serialNumber));
    blocks.append(Doc::keyValue(ReportPdf::tr("Hardware revision"), module.hardwareRevision));
    blocks.append(Doc::keyValue(ReportPdf::tr("Firmware"), module.firmwareVersion));
    blocks.append(Doc::keyValue(ReportPdf::tr("Metering engine"),
        ReportPdf::tr("%1, firmware %2").arg(module.meteringEngineModel, module.meteringEngineFirmware)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Options fitted"), texts::options(module.options)));
    blocks.append(Doc::spacer(Doc::kGap));
}

void addWiring(QList<PdfBlock>& blocks, const CommissioningReport& report)
{
    const config::MeteringConfig& metering = report.session.config.metering;
    blocks.append(Doc::heading(ReportPdf::tr("Wiring and current transformers")));
    blocks.append(Doc::keyValue(ReportPdf::tr("Wiring"), texts::wiring(metering.wiring)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Nominal voltage"),
        metering.wiring == electrical::Wiring::ThreePhaseThreeWire
            ? ReportPdf::tr("%1 V line to line").arg(metering.nominalVoltageV)
            : ReportPdf::tr("%1 V line to neutral").arg(metering.nominalVoltageV)));
    blocks.append(Doc::keyValue(
        ReportPdf::tr("Nominal frequency"), ReportPdf::tr("%1 Hz").arg(metering.nominalFrequencyHz)));
    blocks.append(
        Doc::keyValue(ReportPdf::tr("Demand period"), ReportPdf::tr("%1 s").arg(metering.demandPeriodS)));
    blocks.append(Doc::keyValue(ReportPdf::tr("Export possible"), texts::yesNo(metering.exportPossible)));
    blocks.append(Doc::spacer(Doc::kGap / 2));

    static const QList<double> shares { 0.1, 0.14, 0.13, 0.17, 0.14, 0.1, 0.22 };
    blocks.append(
        Doc::tableHeader({ ReportPdf::tr("CT input"), ReportPdf::tr("Rating"), ReportPdf::tr("Secondary"),
                             ReportPdf::tr("Arrow points"), ReportPdf::tr("Clamps phase"),
                             ReportPdf::tr("Inverted"), ReportPdf::tr("Software correction") },
            shares));
    QStringList corrected;
    for (const CtRow& row : report.cts) {
        if (row.softwareCorrection)
            corrected.append(QString::number(row.input));
        blocks.append(Doc::tableRow(
            { QString::number(row.input), ReportPdf::tr("%1 A").arg(row.ct.ratingA),
                texts::ctSecondary(row.ct.secondary), texts::ctDirection(row.ct.direction),
                ReportPdf::tr("L%1").arg(row.ct.phase), texts::yesNo(row.ct.inverted),
                row.softwareCorrection ? ReportPdf::tr("⚑ yes, flagged") : ReportPdf::tr("no") },
            shares, Doc::kTablePt, row.softwareCorrection, true));
    }
    if (!corrected.isEmpty()) {
        blocks.append(Doc::spacer(Doc::kGap / 3));
        blocks.append(
            Doc::paragraph(ReportPdf::tr("⚑ The module remaps or inverts CT input(s) %1 in software: the "
                                         "wiring on site differs from the terminal labels. Keep this report "
                                         "with the panel's documents.")
                               .arg(corrected.join(u", "_qs)),
                Doc::kBodyPt, false, kWarning));
    }
    blocks.append(Doc::spacer(Doc::kGap));
}

/// The live check's phasor diagram, with a legend beside it.
PdfBlock phasorBlock(const storage::LiveCheckRecord& check)
{
    electrical::Diagnosis diagnosis;
    diagnosis.verdict = check.verdict;
    for (const storage::RecordedFinding& recorded : check.findings)
        diagnosis.findings.append(recorded.finding);
    const graphics::PhasorDiagram diagram = graphics::buildPhasorDiagram(check.snapshot, diagnosis);
    const QString legend
        = ReportPdf::tr("Phasor diagram of the reading the verdict was taken from. Black: the "
                        "voltages. Blue: the currents; the shaded sectors are where each current "
                        "belongs (power factor 0.5 lagging to 0.8 leading). Red, dashed: a current "
                        "out of place. Grey: too little current to judge.");
    return { [](QPainter&, double) { return kPhasorSide; },
        [diagram, legend](QPainter& painter, const QRectF& area) {
            const QRectF square(area.topLeft(), QSizeF(kPhasorSide, kPhasorSide));
            painter.setFont(Doc::font(Doc::kTablePt, true));
            if (diagram.isEmpty()) {
                painter.drawText(square, Qt::AlignCenter | Qt::TextWordWrap,
                    ReportPdf::tr("No diagram: the reading does not have the wiring's number of elements."));
            } else {
                graphics::PhasorPainter(square, Doc::kDpi / 96.0).paint(painter, diagram);
            }
            painter.setFont(Doc::font(Doc::kTablePt));
            painter.setPen(kMuted);
            const QRectF text = area.adjusted(kPhasorSide + Doc::kGap, Doc::kGap, 0, 0);
            painter.drawText(text, Qt::TextWordWrap, legend);
            painter.setPen(Qt::black);
        } };
}

void addLiveCheck(QList<PdfBlock>& blocks, const CommissioningReport& report)
{
    blocks.append(Doc::heading(ReportPdf::tr("Live check")));
    const std::optional<storage::LiveCheckRecord>& check = report.session.liveCheck;
    if (!check) {
        blocks.append(Doc::keyValue(ReportPdf::tr("Live check"), notPerformed()));
        blocks.append(Doc::spacer(Doc::kGap));
        return;
    }
    const QColor colour = check->verdict == electrical::Verdict::Pass ? kPassed
        : check->verdict == electrical::Verdict::Warn                 ? kWarning
                                                                      : kFailed;
    QString verdict = ReportPdf::tr("Verdict: %1").arg(texts::verdict(check->verdict));
    if (check->acknowledgedWithoutPass)
        verdict += ReportPdf::tr(" — the technician went on without a passing verdict");
    blocks.append(Doc::paragraph(verdict, Doc::kBodyPt, true, colour));
    blocks.append(Doc::keyValue(ReportPdf::tr("Load level"),
        ReportPdf::tr("%1 % of the CT rating (highest phase) at the time of the check")
            .arg(number(report.loadLevelPct.value_or(0), 1))));
    blocks.append(Doc::keyValue(
        ReportPdf::tr("Frequency"), ReportPdf::tr("%1 Hz").arg(number(check->snapshot.frequency, 2))));
    blocks.append(Doc::spacer(Doc::kGap / 2));
    blocks.append(phasorBlock(*check));
    blocks.append(Doc::spacer(Doc::kGap / 2));

    static const QList<double> phaseShares { 0.1, 0.11, 0.11, 0.12, 0.12, 0.12, 0.08, 0.12, 0.12 };
    blocks.append(Doc::tableHeader(
        { ReportPdf::tr("Element"), ReportPdf::tr("Voltage (V)"), ReportPdf::tr("Current (A)"),
            ReportPdf::tr("Active (kW)"), ReportPdf::tr("Reactive (kvar)"), ReportPdf::tr("Apparent (kVA)"),
            ReportPdf::tr("PF"), ReportPdf::tr("Angle (°)"), ReportPdf::tr("Load (% CT)") },
        phaseShares));
    const electrical::Wiring wiring = check->snapshot.setup.wiring;
    for (const PhaseRow& row : report.phases) {
        const LiveElement& e = row.reading;
        blocks.append(
            Doc::tableRow({ graphics::voltageName(wiring, row.element) + u" / "_qs
                                  + graphics::currentName(wiring, row.element),
                              number(e.voltage, 1), number(e.current, 2), number(e.activePower / 1000.0, 2),
                              number(e.reactivePower / 1000.0, 2), number(e.apparentPower / 1000.0, 2),
                              number(e.powerFactor, 3), number(e.viAngle, 1), number(row.loadPct, 1) },
                phaseShares, Doc::kTablePt, false, true));
    }
    blocks.append(Doc::spacer(Doc::kGap));

    if (check->findings.isEmpty()) {
        blocks.append(
            Doc::keyValue(ReportPdf::tr("Findings"), ReportPdf::tr("none: the wiring is as declared")));
    } else {
        static const QList<double> findingShares { 0.05, 0.1, 0.1, 0.53, 0.22 };
        blocks.append(
            Doc::tableHeader({ ReportPdf::tr("#"), ReportPdf::tr("Element"), ReportPdf::tr("Severity"),
                                 ReportPdf::tr("Finding"), ReportPdf::tr("Resolution") },
                findingShares));
        for (qsizetype n = 0; n < check->findings.size(); ++n) {
            const storage::RecordedFinding& recorded = check->findings.at(n);
            const electrical::Finding& finding = recorded.finding;
            blocks.append(
                Doc::tableRow({ QString::number(n + 1),
                                  finding.element ? QString::number(*finding.element) : ReportPdf::tr("all"),
                                  texts::severity(finding.severity), finding.message,
                                  texts::resolution(recorded.resolution) },
                    findingShares, Doc::kTablePt, false, true));
        }
    }
    blocks.append(Doc::spacer(Doc::kGap));
}

/// What one digital input is set to do.
QString inputSettings(const config::DigitalInputConfig& input)
{
    switch (input.mode) {
    case config::DigitalInputMode::Off:
        return QString();
    case config::DigitalInputMode::DryContact:
        return ReportPdf::tr("%1, debounce %2 ms")
            .arg(texts::contactType(input.dryContact.contact))
            .arg(input.dryContact.debounceMs);
    case config::DigitalInputMode::Pulse:
        return ReportPdf::tr("%1 %2 per pulse, minimum width %3 ms")
            .arg(QLocale().toString(input.pulse.weight), input.pulse.unit)
            .arg(input.pulse.minPulseWidthMs);
    case config::DigitalInputMode::Ds18b20: {
        QStringList sensors;
        for (const config::Ds18b20Sensor& sensor : input.ds18b20.sensors)
            sensors.append(
                sensor.name.isEmpty() ? sensor.romCode : u"%1 (%2)"_qs.arg(sensor.name, sensor.romCode));
        return ReportPdf::tr("sensors: %1")
            .arg(sensors.isEmpty() ? ReportPdf::tr("none") : sensors.join(u", "_qs));
    }
    }
    return {};
}

/// What the I/O check read on one digital input.
QString inputReading(const DigitalInputState& state, const config::DigitalInputConfig& input)
{
    if (!state.mode)
        return ReportPdf::tr("mode not known to this tool");
    switch (*state.mode) {
    case config::DigitalInputMode::Off:
        return ReportPdf::tr("off");
    case config::DigitalInputMode::DryContact:
        return (state.contactClosed ? ReportPdf::tr("contact closed") : ReportPdf::tr("contact open"))
            + (state.active ? ReportPdf::tr(", event active") : QString());
    case config::DigitalInputMode::Pulse:
        return ReportPdf::tr("%n pulse(s), total %1 %2", nullptr, int(state.pulseCount))
            .arg(QLocale().toString(state.pulseTotal), input.pulse.unit);
    case config::DigitalInputMode::Ds18b20: {
        QStringList sensors;
        for (const Ds18b20Reading& sensor : state.sensors) {
            sensors.append(sensor.present
                    ? ReportPdf::tr("%1: %2 °C").arg(sensor.romCode, number(sensor.temperatureC, 1))
                    : ReportPdf::tr("%1: NOT FOUND").arg(sensor.romCode));
        }
        return sensors.isEmpty() ? ReportPdf::tr("no sensor") : sensors.join(u"; "_qs);
    }
    }
    return {};
}

void addInputs(QList<PdfBlock>& blocks, const SessionRecord& session)
{
    const config::InputsConfig& inputs = session.config.inputs;
    blocks.append(Doc::heading(ReportPdf::tr("Inputs and I/O check")));
    if (!session.io) {
        blocks.append(Doc::keyValue(ReportPdf::tr("I/O check"), notPerformed()));
        blocks.append(Doc::spacer(Doc::kGap / 2));
    }
    static const QList<double> shares { 0.08, 0.16, 0.16, 0.3, 0.3 };
    blocks.append(Doc::tableHeader({ ReportPdf::tr("Input"), ReportPdf::tr("Name"), ReportPdf::tr("Mode"),
                                       ReportPdf::tr("Settings"), ReportPdf::tr("I/O check") },
        shares));
    for (std::size_t k = 0; k < inputs.digitalInputs.size(); ++k) {
        const config::DigitalInputConfig& input = inputs.digitalInputs[k];
        const auto index = qsizetype(k);
        const QString reading = !session.io ? notPerformed()
            : index < session.io->digitalInputs.size()
            ? inputReading(session.io->digitalInputs.at(index), input)
            : ReportPdf::tr("not reported");
        blocks.append(Doc::tableRow({ ReportPdf::tr("DI%1").arg(k + 1), input.name,
                                        texts::inputMode(input.mode), inputSettings(input), reading },
            shares, Doc::kTablePt, false, true));
    }
    const config::AnalogInputConfig& analog = inputs.analogInput;
    QString settings;
    if (analog.enabled) {
        settings = ReportPdf::tr("%1 V = %2 %3, %4 V = %5 %3")
                       .arg(QLocale().toString(analog.pointA.inputV), QLocale().toString(analog.pointA.value),
                           analog.unit, QLocale().toString(analog.pointB.inputV),
                           QLocale().toString(analog.pointB.value));
    }
    QString reading = notPerformed();
    if (session.io) {
        const AnalogInputState& state = session.io->analogInput;
        reading = !state.enabled
            ? ReportPdf::tr("off")
            : ReportPdf::tr("%1 V = %2 %3").arg(number(state.inputV, 2), number(state.value, 1), analog.unit);
        if (state.alarmLow)
            reading += ReportPdf::tr(", LOW ALARM");
        if (state.alarmHigh)
            reading += ReportPdf::tr(", HIGH ALARM");
    }
    blocks.append(Doc::tableRow(
        { ReportPdf::tr("AI"), analog.name,
            analog.enabled ? ReportPdf::tr("0-10 V analog") : ReportPdf::tr("off"), settings, reading },
        shares, Doc::kTablePt, false, true));
    blocks.append(Doc::spacer(Doc::kGap));
}

void addNetwork(QList<PdfBlock>& blocks, const SessionRecord& session)
{
    blocks.append(Doc::heading(ReportPdf::tr("Network and GPS check")));
    if (!session.network) {
        blocks.append(Doc::keyValue(ReportPdf::tr("Network check"),
            session.networkCheckError.isEmpty()
                ? notPerformed()
                : ReportPdf::tr("%1: %2").arg(notPerformed(), session.networkCheckError)));
        blocks.append(Doc::spacer(Doc::kGap));
        return;
    }
    for (const commissioning::NetworkCheckLine& line : commissioning::describeNetworkCheck(*session.network))
        blocks.append(Doc::keyValue(line.name, line.text));
    blocks.append(Doc::keyValue(ReportPdf::tr("Duration"),
        ReportPdf::tr("%1 s").arg(number(session.network->durationMs / 1000.0, 1))));
    blocks.append(Doc::spacer(Doc::kGap));
}

void addConfiguration(
    QList<PdfBlock>& blocks, const CommissioningReport& report, const QByteArray& contentSha256)
{
    const SessionRecord& session = report.session;
    const QTimeZone zone = zoneOf(session);
    blocks.append(Doc::heading(ReportPdf::tr("Configuration")));
    blocks.append(Doc::keyValue(
        ReportPdf::tr("Configuration SHA-256 (secrets removed)"), texts::groupedHex(report.configSha256)));
    if (session.written) {
        const commissioning::ConfigWriteResult& written = *session.written;
        blocks.append(Doc::keyValue(ReportPdf::tr("Written"),
            ReportPdf::tr("yes, verified by reading it back; slot %1, committed %2")
                .arg(written.slot == 1 ? u"A"_qs : u"B"_qs, localDateTime(written.committedAt, zone))));
        blocks.append(Doc::keyValue(ReportPdf::tr("Counter"),
            ReportPdf::tr("%1 (previous configuration: %2)")
                .arg(written.counter)
                .arg(written.previousCounter)));
        blocks.append(
            Doc::keyValue(ReportPdf::tr("Payload SHA-256"), texts::groupedHex(written.payloadSha256)));
        blocks.append(Doc::keyValue(
            ReportPdf::tr("Signature (Ed25519)"), texts::groupedHex(session.envelope.signature)));
        blocks.append(Doc::keyValue(ReportPdf::tr("Signer fingerprint"), written.signerFingerprint));
        if (written.recoveredAfterLinkLoss) {
            blocks.append(Doc::keyValue(ReportPdf::tr("Link"),
                ReportPdf::tr("the link broke after the upload; the tool reconnected and found it active")));
        }
    } else if (session.writeFailure) {
        const storage::WriteFailureRecord& failure = *session.writeFailure;
        commissioning::ConfigWriteFailure outcome;
        outcome.outcome = failure.outcome;
        outcome.activeCounter = failure.activeCounter;
        blocks.append(Doc::keyValue(ReportPdf::tr("Written"),
            ReportPdf::tr("NO — failed while %1: %2. %3")
                .arg(commissioning::stepText(failure.step).toLower(), failure.title, failure.detail)));
        blocks.append(Doc::keyValue(ReportPdf::tr("Module"), commissioning::outcomeText(outcome)));
        for (const config::ValidationIssue& issue : failure.issues)
            blocks.append(Doc::keyValue(issue.fieldPath, issue.message));
    } else {
        blocks.append(Doc::keyValue(ReportPdf::tr("Written"), notPerformed()));
    }
    blocks.append(
        Doc::keyValue(ReportPdf::tr("This report's content SHA-256"), texts::groupedHex(contentSha256)));
    blocks.append(
        Doc::paragraph(ReportPdf::tr("The JSON form of this report carries the same content with this "
                                     "hash and the signed configuration; \"iotpro-cli report verify\" "
                                     "checks both. No secret (passphrase, key, password) is ever part "
                                     "of a report."),
            Doc::kTablePt, false, kMuted));
    blocks.append(Doc::spacer(Doc::kGap));
}

void addChecklist(QList<PdfBlock>& blocks, const SessionRecord& session)
{
    static const QList<double> shares { 0.06, 0.64, 0.3 };
    blocks.append(Doc::heading(ReportPdf::tr("Safety checklist")));
    if (!session.checklist) {
        blocks.append(Doc::keyValue(ReportPdf::tr("Checklist"), notPerformed()));
        blocks.append(Doc::spacer(Doc::kGap));
        return;
    }
    for (storage::ChecklistItem item : storage::allChecklistItems) {
        const bool confirmed = session.checklist->contains(item);
        blocks.append(
            Doc::tableRow({ confirmed ? u"☑"_qs : u"☐"_qs, texts::checklistItem(item),
                              confirmed ? ReportPdf::tr("confirmed") : ReportPdf::tr("NOT confirmed") },
                shares, Doc::kBodyPt, !confirmed, true));
    }
    blocks.append(Doc::spacer(Doc::kGap));
}

/// Two signature boxes: the technician's (name printed) and the client's.
PdfBlock signatureBlock(const QString& technician)
{
    const QStringList titles { ReportPdf::tr("Technician"), ReportPdf::tr("Client") };
    const QStringList names { technician, QString() };
    const QStringList lines { ReportPdf::tr("Name"), ReportPdf::tr("Signature"), ReportPdf::tr("Date") };
    const auto lineHeight = [](QPainter& painter) {
        painter.setFont(Doc::font(Doc::kBodyPt));
        return painter.fontMetrics().height() * 3.2;
    };
    return { [lineHeight, lines](
                 QPainter& painter, double) { return lineHeight(painter) * double(lines.size() + 1); },
        [lineHeight, titles, names, lines](QPainter& painter, const QRectF& area) {
            const double step = lineHeight(painter);
            const double column = (area.width() - Doc::kGap * 2) / 2;
            for (qsizetype c = 0; c < titles.size(); ++c) {
                const double left = area.left() + double(c) * (column + Doc::kGap * 2);
                painter.setFont(Doc::font(Doc::kBodyPt, true));
                painter.drawText(
                    QRectF(left, area.top(), column, step), Qt::AlignLeft | Qt::AlignBottom, titles.at(c));
                painter.setFont(Doc::font(Doc::kBodyPt));
                for (qsizetype l = 0; l < lines.size(); ++l) {
                    const double bottom = area.top() + step * double(l + 2);
                    painter.setPen(kMuted);
                    painter.drawText(QRectF(left, bottom - step, column, step),
                        Qt::AlignLeft | Qt::AlignBottom, lines.at(l));
                    painter.setPen(Qt::black);
                    if (l == 0 && !names.at(c).isEmpty()) {
                        painter.drawText(QRectF(left + column * 0.28, bottom - step, column * 0.72, step - 6),
                            Qt::AlignLeft | Qt::AlignBottom, names.at(c));
                    }
                    painter.drawLine(QPointF(left + column * 0.28, bottom), QPointF(left + column, bottom));
                }
            }
        } };
}

QList<PdfBlock> reportBlocks(const CommissioningReport& report)
{
    QList<PdfBlock> blocks;
    addTitle(blocks, report);
    addJob(blocks, report);
    addModule(blocks, report.session.module);
    addWiring(blocks, report);
    addLiveCheck(blocks, report);
    addInputs(blocks, report.session);
    addNetwork(blocks, report.session);
    addConfiguration(blocks, report, contentSha256(contentJson(report)));
    addChecklist(blocks, report.session);
    blocks.append(Doc::heading(ReportPdf::tr("Signatures")));
    blocks.append(signatureBlock(report.session.technician));
    return blocks;
}

} // namespace

QPageSize ReportPdf::pageSizeFor(const QLocale& locale)
{
    return QPageSize(
        locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

QByteArray ReportPdf::render(const CommissioningReport& report)
{
    const QString id = report.reportId;
    const QString company = report.session.company;
    PdfDocument document(tr("Commissioning report %1").arg(id), pageSizeFor(QLocale()),
        company.isEmpty() ? tr("Commissioning report") : tr("Commissioning report — %1").arg(company),
        [id](int page, int pages) { return tr("Report %1 — Page %2 of %3").arg(id).arg(page).arg(pages); });
    document.append(reportBlocks(report));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    document.print(buffer);
    return bytes;
}

} // namespace iotpro::report
