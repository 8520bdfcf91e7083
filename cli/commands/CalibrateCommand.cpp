#include "CalibrateCommand.h"

#include "CalibrationRecording.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "SigningKeyLoading.h"
#include "calibration/PointResultJson.h"
#include "report/CalibrationOutputs.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace iotpro::cli {

using namespace calibration;

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
        if (!m_options.batch.isEmpty() && skipPassed(context, info.serialNumber))
            return;
        m_session = std::make_unique<CalibrationSession>(*m_module, info,
            CalibrationRequest { m_options.bench, m_options.plan, m_options.reference, m_options.ambient,
                m_options.operatorName },
            std::move(m_factoryKey));
        m_factoryKey.reset();
        QObject::connect(m_session.get(), &CalibrationSession::pointFinished, m_session.get(),
            [this, &context](RunStage stage, const PointResult& result) { onPoint(context, stage, result); });
        QObject::connect(m_session.get(), &CalibrationSession::adjusted, m_session.get(),
            [this, &context](const AdjustmentOutcome& outcome) { onAdjusted(context, outcome); });
        QObject::connect(m_session.get(), &CalibrationSession::completed, m_session.get(),
            [this, &context](const Certificate& certificate) { finish(context, certificate); });
        QObject::connect(m_session.get(), &CalibrationSession::failed, m_session.get(),
            [this, &context](const Error& error) { fail(context, error); });
        m_session->start();
    });
}

bool CalibrateCommand::skipPassed(CommandContext& context, const QString& serial)
{
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

void CalibrateCommand::onAdjusted(CommandContext& context, const AdjustmentOutcome& outcome)
{
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
}

void CalibrateCommand::onPoint(CommandContext& context, RunStage stage, const PointResult& result)
{
    if (context.parser.isSet(GlobalOptions::json())) {
        QJsonObject json = pointResultJson(result);
        json.insert(u"run"_qs, stage == RunStage::AsLeft ? u"as_left"_qs : u"as_found"_qs);
        context.console.json(QJsonDocument(json));
    } else {
        context.console.line(describePointResult(result));
    }
}

void CalibrateCommand::finish(CommandContext& context, const Certificate& certificate)
{
    const report::CalibrationTargets targets { m_options.certificatePath, m_options.csvPath, m_options.batch };
    const Result<void> written = report::CalibrationOutputs::writeFiles(certificate, targets);
    if (!written)
        return fail(context, written.error());
    const bool passed = certificate.passed();
    const QString verdict = passed ? tr("PASS: module %1, certificate %2 written to %3.")
                                   : tr("FAIL: module %1, certificate %2 written to %3.");
    if (context.parser.isSet(GlobalOptions::json()))
        context.console.json(QJsonDocument(QJsonObject { { u"module"_qs, certificate.module.serialNumber },
            { u"certificate_id"_qs, certificate.id }, { u"certificate"_qs, m_options.certificatePath },
            { u"passed"_qs, passed } }));
    else
        context.console.line(verdict.arg(certificate.module.serialNumber, certificate.id, m_options.certificatePath));
    CalibrationRecording::record(context, certificate, targets);
    m_module->disconnectFromDevice();
    context.finish(passed ? ExitOk : ExitFailure);
}

void CalibrateCommand::fail(CommandContext& context, const Error& error)
{
    context.console.error(error);
    context.finish(ExitFailure);
}

} // namespace iotpro::cli
