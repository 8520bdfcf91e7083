#include "CalibrateCommand.h"

#include "CalibrationRecording.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "SigningKeyLoading.h"
#include "calibration/CalibrationCsv.h"
#include "calibration/ModuleAdjuster.h"
#include "report/CertificatePdf.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace iotpro::cli {

using namespace calibration;

namespace {

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"pass"_qs;
    case Verdict::FailInGuardBand:
        return u"fail_guard_band"_qs;
    case Verdict::Fail:
        return u"fail"_qs;
    }
    return {};
}

} // namespace

QString CalibrateCommand::summary() const
{
    return tr("Check the module against a reference meter on a production bench; write its certificate.");
}

QList<QCommandLineOption> CalibrateCommand::options() const
{
    return CalibrateOptionParser::options();
}

QString describePointResult(const PointResult& result)
{
    const QLocale locale;
    const TestPoint& p = result.point;
    const QString verdict = CertificateTexts::verdict(result.verdict);
    const QString load = p.element == 0 ? CalibrateCommand::tr("balanced") : CalibrateCommand::tr("element %1").arg(p.element);
    switch (p.kind) {
    case PointKind::Accuracy:
        return CalibrateCommand::tr("%1  %2 % In %3 %4: error %5 % (U %6 %, limit ±%7 %)  %8")
            .arg(p.id, locale.toString(p.currentPct, 'g', 4), p.powerFactorText(), load,
                locale.toString(result.errorPct, 'f', 3), locale.toString(result.uncertaintyPct, 'f', 3),
                locale.toString(result.limitPct, 'f', 2), verdict);
    case PointKind::StartingCurrent:
        return CalibrateCommand::tr("%1  starting current %2 % In: module counted %3 Wh while the reference counted %4 Wh  %5")
            .arg(p.id, locale.toString(p.currentPct, 'g', 4), locale.toString(result.moduleEnergyWh, 'f', 0),
                locale.toString(result.referenceEnergyWh, 'f', 1), verdict);
    case PointKind::NoLoad:
        return CalibrateCommand::tr("%1  no load at %2 % Un: module counted %3 Wh in %4 s  %5")
            .arg(p.id, locale.toString(p.voltagePct, 'g', 4), locale.toString(result.moduleEnergyWh, 'f', 0),
                locale.toString(result.durationS, 'f', 1), verdict);
    }
    return {};
}

QString describeAdjustment(const ElementAdjustment& a)
{
    const QLocale locale;
    return CalibrateCommand::tr("element %1 read %2 % in gain and %3° in phase (late positive): constants gain %4 %, phase %5° "
                                "(were %6 %, %7°)")
        .arg(a.element)
        .arg(locale.toString(a.gainErrorPct, 'f', 3), locale.toString(a.phaseErrorDeg, 'f', 3),
            locale.toString(a.after.gainPct, 'f', 4), locale.toString(a.after.phaseDeg, 'f', 4),
            locale.toString(a.before.gainPct, 'f', 4), locale.toString(a.before.phaseDeg, 'f', 4));
}

QJsonObject pointResultJson(const PointResult& result)
{
    const TestPoint& p = result.point;
    QJsonObject json { { u"point"_qs, p.id }, { u"current_pct"_qs, p.currentPct },
        { u"power_factor"_qs, p.powerFactor }, { u"inductive"_qs, p.inductive }, { u"voltage_pct"_qs, p.voltagePct },
        { u"element"_qs, p.element }, { u"verdict"_qs, verdictCode(result.verdict) } };
    if (p.kind == PointKind::Accuracy) {
        json.insert(u"type"_qs, u"accuracy"_qs);
        json.insert(u"error_pct"_qs, result.errorPct);
        json.insert(u"uncertainty_pct"_qs, result.uncertaintyPct);
        json.insert(u"limit_pct"_qs, result.limitPct);
        json.insert(u"samples"_qs, result.samples);
        json.insert(u"module_p_w"_qs, result.module.activePower);
        json.insert(u"reference_p_w"_qs, result.reference.activePower);
        if (result.reactiveErrorPct)
            json.insert(u"reactive_error_pct"_qs, *result.reactiveErrorPct);
    } else {
        json.insert(u"type"_qs, p.kind == PointKind::NoLoad ? u"no_load"_qs : u"starting_current"_qs);
        json.insert(u"module_energy_wh"_qs, result.moduleEnergyWh);
        json.insert(u"reference_energy_wh"_qs, result.referenceEnergyWh);
        json.insert(u"duration_s"_qs, result.durationS);
    }
    return json;
}

void CalibrateCommand::run(CommandContext& context)
{
    Result<CalibrateOptions> options = CalibrateOptionParser::parse(context.parser);
    if (!options) {
        context.console.error(options.error());
        return context.finish(ExitUsage);
    }
    m_options = std::move(options).value();
    // Refuse before touching anything: results against an overdue reference are not traceable.
    const Result<void> traceable = m_options.reference.checkTraceable(QDate::currentDate());
    if (!traceable)
        return fail(context, traceable.error());
    if (m_options.adjust) {
        Result<security::SigningKey> key = SigningKeyLoading::load(m_options.factoryKeyPath, m_options.passphrasePath);
        if (!key)
            return fail(context, key.error());
        m_factoryKey.emplace(std::move(key).value());
    }

    m_module = std::make_unique<DeviceClient>();
    connectToModule(context, *m_module, [this, &context](const DeviceInfo& info) {
        m_certificate.module = info;
        if (!m_options.batch.isEmpty() && skipPassed(context))
            return;
        m_bench = std::make_unique<BenchLinks>();
        m_bench->open(m_options.bench, m_options.reference, m_bench.get(),
            [this, &context](Result<ReferenceStandard> reference) {
                if (!reference)
                    return fail(context, reference.error());
                onBenchOpen(context, reference.value());
            });
    });
}

bool CalibrateCommand::skipPassed(CommandContext& context)
{
    const QString serial = m_certificate.module.serialNumber;
    const Result<std::optional<storage::CalibrationRecord>> passed
        = CalibrationRecording::passedInBatch(context, m_options.batch, serial);
    if (!passed) {
        fail(context, passed.error());
        return true;
    }
    if (!passed.value())
        return false;
    const storage::CalibrationRecord& record = *passed.value();
    if (context.parser.isSet(GlobalOptions::json()))
        context.console.json(QJsonDocument(QJsonObject { { u"module"_qs, serial }, { u"skipped"_qs, true },
            { u"batch"_qs, m_options.batch }, { u"certificate_id"_qs, record.certificateId },
            { u"certificate"_qs, record.certificatePath }, { u"passed"_qs, true } }));
    else
        context.console.line(tr("SKIPPED: module %1 already passed in batch %2 (certificate %3, %4).")
                                 .arg(serial, m_options.batch, record.certificateId,
                                     QLocale().toString(record.issued.toLocalTime(), QLocale::ShortFormat)));
    m_module->disconnectFromDevice();
    context.finish(ExitOk);
    return true;
}

void CalibrateCommand::onBenchOpen(CommandContext& context, const ReferenceStandard& reference)
{
    m_certificate.reference = reference;
    m_certificate.referenceAddress = m_options.bench.reference.toString();
    m_certificate.sourceIdentity = m_bench->source().identity();
    m_certificate.plan = m_options.plan;
    m_certificate.ambient = m_options.ambient;
    m_certificate.operatorName = m_options.operatorName;
    m_asFoundRun = startRun(context);
}

std::unique_ptr<CalibrationRun> CalibrateCommand::startRun(CommandContext& context)
{
    auto run = std::make_unique<CalibrationRun>(*m_module, m_bench->reference(), m_bench->source(), m_options.plan,
        m_certificate.reference.standardUncertaintyPct());
    const bool asFound = !m_asFoundRun;
    QObject::connect(run.get(), &CalibrationRun::pointFinished, run.get(),
        [this, &context](const PointResult& result) { onPoint(context, result); });
    QObject::connect(run.get(), &CalibrationRun::finished, run.get(),
        [this, &context, asFound](const QList<PointResult>& results) {
            if (!asFound) {
                m_certificate.asLeft = results;
                return finish(context);
            }
            onAsFound(context, results);
        });
    QObject::connect(run.get(), &CalibrationRun::failed, run.get(), [this, &context](const Error& error) { fail(context, error); });
    run->start();
    return run;
}

void CalibrateCommand::onAsFound(CommandContext& context, const QList<PointResult>& results)
{
    m_certificate.asFound = results;
    if (!m_factoryKey)
        return finish(context);
    security::SigningKey key = std::move(*m_factoryKey);
    m_factoryKey.reset();
    ModuleAdjuster::adjust(*m_module, results, std::move(key), m_module.get(),
        [this, &context](Result<AdjustmentOutcome> outcome) {
            if (!outcome)
                return fail(context, outcome.error());
            onAdjusted(context, outcome.value());
        });
}

void CalibrateCommand::onAdjusted(CommandContext& context, const AdjustmentOutcome& outcome)
{
    m_certificate.adjustment = outcome;
    if (context.parser.isSet(GlobalOptions::json())) {
        for (const ElementAdjustment& a : outcome.elements)
            context.console.json(QJsonDocument(QJsonObject { { u"adjusted_element"_qs, a.element },
                { u"gain_error_pct"_qs, a.gainErrorPct }, { u"phase_error_deg"_qs, a.phaseErrorDeg },
                { u"gain_pct"_qs, a.after.gainPct }, { u"phase_deg"_qs, a.after.phaseDeg },
                { u"constants_counter"_qs, qint64(outcome.constants.counter) } }));
    } else {
        for (const ElementAdjustment& a : outcome.elements)
            context.console.line(describeAdjustment(a));
        context.console.line(tr("Calibration constants %1 written, signed with factory key %2; verifying:")
                                 .arg(outcome.constants.counter)
                                 .arg(outcome.signerFingerprint));
    }
    m_asLeftRun = startRun(context);
}

void CalibrateCommand::onPoint(CommandContext& context, const PointResult& result)
{
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonObject json = pointResultJson(result);
        json.insert(u"run"_qs, m_asLeftRun ? u"as_left"_qs : u"as_found"_qs);
        context.console.json(QJsonDocument(json));
    } else {
        context.console.line(describePointResult(result));
    }
}

void CalibrateCommand::finish(CommandContext& context)
{
    m_certificate.issued = QDateTime::currentDateTimeUtc();
    m_certificate.id = newCertificateId(m_certificate.module.serialNumber, m_certificate.issued);
    const Result<void> written = report::CertificatePdf::write(m_certificate, m_options.certificatePath);
    if (!written)
        return fail(context, written.error());
    if (!m_options.csvPath.isEmpty()) {
        const Result<void> logged = appendCalibrationCsv(m_options.csvPath, m_certificate);
        if (!logged)
            return fail(context, logged.error());
    }
    const bool passed = m_certificate.passed();
    const QString verdict = passed ? tr("PASS: module %1, certificate %2 written to %3.")
                                   : tr("FAIL: module %1, certificate %2 written to %3.");
    if (context.parser.isSet(GlobalOptions::json()))
        context.console.json(QJsonDocument(QJsonObject { { u"module"_qs, m_certificate.module.serialNumber },
            { u"certificate_id"_qs, m_certificate.id }, { u"certificate"_qs, m_options.certificatePath },
            { u"passed"_qs, passed } }));
    else
        context.console.line(verdict.arg(m_certificate.module.serialNumber, m_certificate.id, m_options.certificatePath));
    QJsonArray results;
    for (const auto& [runName, points] : { std::pair(u"as_found"_qs, &m_certificate.asFound),
             std::pair(u"as_left"_qs, &m_certificate.asLeft) }) {
        for (const PointResult& result : *points) {
            QJsonObject json = pointResultJson(result);
            json.insert(u"run"_qs, runName);
            results.append(json);
        }
    }
    CalibrationRecording::record(context, m_certificate, m_options.certificatePath, m_options.batch, results);
    m_module->disconnectFromDevice();
    context.finish(passed ? ExitOk : ExitFailure);
}

void CalibrateCommand::fail(CommandContext& context, const Error& error)
{
    context.console.error(error);
    context.finish(ExitFailure);
}

} // namespace iotpro::cli
