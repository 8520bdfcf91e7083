#include "CalibrationSession.h"

#include "ModuleAdjuster.h"
#include "device/DeviceClient.h"

#include <QDate>

namespace iotpro::calibration {

CalibrationSession::CalibrationSession(DeviceClient& module, const DeviceInfo& info, CalibrationRequest request,
    std::optional<security::SigningKey> factoryKey, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_request(std::move(request))
    , m_factoryKey(std::move(factoryKey))
{
    m_certificate.module = info;
}

CalibrationSession::~CalibrationSession() = default;

void CalibrationSession::start()
{
    // Refused before anything is touched: results against an overdue reference are not traceable.
    const Result<void> traceable = m_request.reference.checkTraceable(QDate::currentDate());
    if (!traceable)
        return fail(traceable.error());
    m_bench = std::make_unique<BenchLinks>();
    m_bench->open(m_request.bench, m_request.reference, this, [this](Result<ReferenceStandard> reference) {
        if (!reference)
            return fail(reference.error());
        onBenchOpen(reference.value());
    });
}

void CalibrationSession::onBenchOpen(const ReferenceStandard& reference)
{
    m_certificate.reference = reference;
    m_certificate.referenceAddress = m_request.bench.reference.toString();
    m_certificate.sourceIdentity = m_bench->source().identity();
    m_certificate.plan = m_request.plan;
    m_certificate.ambient = m_request.ambient;
    m_certificate.operatorName = m_request.operatorName;
    m_asFoundRun = startRun();
}

std::unique_ptr<CalibrationRun> CalibrationSession::startRun()
{
    auto run = std::make_unique<CalibrationRun>(m_module, m_bench->reference(), m_bench->source(), m_request.plan,
        m_certificate.reference.standardUncertaintyPct());
    const RunStage runStage = m_asFoundRun ? RunStage::AsLeft : RunStage::AsFound;
    connect(run.get(), &CalibrationRun::pointStarted, this,
        [this, runStage](int index, const TestPoint& point) { Q_EMIT pointStarted(runStage, index, point); });
    connect(run.get(), &CalibrationRun::pointFinished, this,
        [this, runStage](const PointResult& result) { Q_EMIT pointFinished(runStage, result); });
    connect(run.get(), &CalibrationRun::finished, this, [this, runStage](const QList<PointResult>& results) {
        if (runStage == RunStage::AsFound)
            return onAsFound(results);
        m_certificate.asLeft = results;
        complete();
    });
    connect(run.get(), &CalibrationRun::failed, this, &CalibrationSession::fail);
    run->start();
    return run;
}

void CalibrationSession::onAsFound(const QList<PointResult>& results)
{
    m_certificate.asFound = results;
    if (!m_factoryKey)
        return complete();
    security::SigningKey key = std::move(*m_factoryKey);
    m_factoryKey.reset();
    ModuleAdjuster::adjust(m_module, results, std::move(key), this, [this](Result<AdjustmentOutcome> outcome) {
        if (!outcome)
            return fail(outcome.error());
        m_certificate.adjustment = outcome.value();
        Q_EMIT adjusted(outcome.value());
        m_asLeftRun = startRun();
    });
}

void CalibrationSession::complete()
{
    m_certificate.issued = QDateTime::currentDateTimeUtc();
    m_certificate.id = newCertificateId(m_certificate.module.serialNumber, m_certificate.issued);
    m_over = true;
    Q_EMIT completed(m_certificate);
}

void CalibrationSession::fail(const Error& error)
{
    if (m_over)
        return;
    m_over = true;
    Q_EMIT failed(error);
}

} // namespace iotpro::calibration
