#include "CalibrationRun.h"

#include "device/DeviceClient.h"

#include <QLoggingCategory>

#include <algorithm>

namespace iotpro::calibration {

Q_LOGGING_CATEGORY(lcCalibration, "iotpro.calibration", QtWarningMsg)

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::CalibrationRun)
};

constexpr double kWhPerKwh = 1000.0;

} // namespace

SourceOutput sourceOutputFor(const TestPoint& point, const TestPlan& plan)
{
    SourceOutput output;
    for (std::size_t p = 0; p < 3; ++p) {
        const bool carries = point.element == 0 || point.element == int(p) + 1;
        output.voltageV[p] = plan.nominalVoltageV * point.voltagePct / 100.0;
        output.currentA[p] = carries ? plan.ratedCurrentA * point.currentPct / 100.0 : 0.0;
        output.angleDeg[p] = point.angleDeg();
    }
    output.frequencyHz = plan.nominalFrequencyHz;
    return output;
}

SourceOutput switchedOff(const TestPlan& plan)
{
    SourceOutput output;
    output.frequencyHz = plan.nominalFrequencyHz;
    return output;
}

PowerReading toPowerReading(const LiveSnapshot& snapshot)
{
    PowerReading reading;
    for (const LiveElement& element : snapshot.elements)
        reading.append({ element.voltage, element.current, element.activePower, element.reactivePower });
    return reading;
}

PowerReading toPowerReading(const modbus::ReferenceReading& reading)
{
    PowerReading converted;
    for (const modbus::ReferencePhase& phase : reading.phases)
        converted.append({ phase.voltage, phase.current, phase.activePower, phase.reactivePower });
    return converted;
}

CalibrationRun::CalibrationRun(DeviceClient& module, modbus::ReferenceMeter& reference, Source& source,
    const TestPlan& plan, double referenceUncertaintyPct, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_reference(reference)
    , m_source(source)
    , m_plan(plan)
    , m_referenceUncertaintyPct(referenceUncertaintyPct)
{ }

CalibrationRun::~CalibrationRun() = default;

template <typename T>
Source::Callback<T> CalibrationRun::continueWith(std::function<void(T)> then)
{
    return [this, then = std::move(then)](Result<T> result) {
        if (!m_running)
            return;
        if (!result)
            return abort(result.error());
        then(std::move(result).value());
    };
}

Source::Callback<void> CalibrationRun::continueAfter(std::function<void()> then)
{
    return [this, then = std::move(then)](Result<void> result) {
        if (!m_running)
            return;
        if (!result)
            return abort(result.error());
        then();
    };
}

void CalibrationRun::start()
{
    Q_ASSERT(!m_running && m_module.state() == DeviceClient::State::Connected);
    m_running = true;
    m_results.clear();
    m_index = 0;
    connect(&m_module, &DeviceClient::liveSnapshot, this, &CalibrationRun::onSnapshot);
    connect(&m_module, &DeviceClient::liveFailed, this, &CalibrationRun::abort);
    connect(&m_module, &DeviceClient::linkLost, this, &CalibrationRun::abort);
    connect(&m_module, &DeviceClient::liveStarted, this, [this] {
        if (m_running && m_phase == Phase::Idle)
            runPoint();
    });
    m_module.startLive(static_cast<quint32>(m_plan.sampleRateHz));
}

void CalibrationRun::runPoint()
{
    m_timing = {};
    m_pointClock.start();
    m_phaseClock.start();
    m_phase = Phase::Applying;
    Q_EMIT pointStarted(int(m_index), point());
    m_source.apply(sourceOutputFor(point(), m_plan), this, continueAfter([this] {
        m_timing.applyMs = m_phaseClock.restart();
        m_phase = Phase::WaitingSettled;
        pollSettled();
    }));
}

void CalibrationRun::pollSettled()
{
    m_source.readSettled(this, continueWith<bool>([this](bool settled) {
        if (settled) {
            m_timing.settledWaitMs = m_phaseClock.restart();
            m_phase = Phase::Settling;
            QTimer::singleShot(std::chrono::milliseconds(qint64(point().settleS * 1000.0)), Qt::PreciseTimer, this,
                [this] {
                    if (m_running && m_phase == Phase::Settling)
                        beginMeasuring();
                });
            return;
        }
        if (std::chrono::milliseconds(m_phaseClock.elapsed()) > kSettledTimeout)
            return abort(Errors::make(ErrorKind::Timeout,
                Texts::tr("the source %1 did not report settled within %2 s of point %3.")
                    .arg(m_source.identity())
                    .arg(kSettledTimeout.count())
                    .arg(point().id)));
        QTimer::singleShot(kPollInterval, this, [this] {
            if (m_running)
                pollSettled();
        });
    }));
}

void CalibrationRun::beginMeasuring()
{
    m_timing.settleMs = m_phaseClock.restart();
    m_samples.clear();
    // Energy points mark the registers at the next snapshot; accuracy points sample from it.
    m_phase = point().kind == PointKind::Accuracy ? Phase::Sampling : Phase::MarkingStart;
}

void CalibrationRun::onSnapshot(const LiveSnapshot& snapshot)
{
    if (!m_running)
        return;
    switch (m_phase) {
    case Phase::Sampling:
        return takeSample(snapshot);
    case Phase::MarkingStart:
    case Phase::MarkingEnd:
        return markEnergy(snapshot);
    default:
        return;
    }
}

void CalibrationRun::takeSample(const LiveSnapshot& snapshot)
{
    // One reference reading per snapshot; a snapshot that arrives while the last reading is
    // still on its way is left out rather than paired with a late one.
    if (m_referencePending)
        return;
    m_referencePending = true;
    const PowerReading module = toPowerReading(snapshot);
    m_reference.read(this, continueWith<modbus::ReferenceReading>([this, module](modbus::ReferenceReading reading) {
        m_referencePending = false;
        if (m_phase != Phase::Sampling)
            return;
        m_samples.append({ module, toPowerReading(reading) });
        if (m_samples.size() < point().samples)
            return;
        m_timing.measureMs = m_phaseClock.restart();
        finishPoint(evaluateAccuracy(point(), m_plan.limitPct(point()).value_or(0.0), m_referenceUncertaintyPct, m_samples));
    }));
}

void CalibrationRun::markEnergy(const LiveSnapshot& snapshot)
{
    if (m_referencePending)
        return;
    m_referencePending = true;
    const quint64 moduleWh = snapshot.energy.activeImportWh;
    const Phase marking = m_phase;
    m_reference.read(this, continueWith<modbus::ReferenceReading>([this, moduleWh, marking](modbus::ReferenceReading reading) {
        m_referencePending = false;
        if (m_phase != marking)
            return;
        const double referenceWh = reading.importActiveEnergyKwh * kWhPerKwh;
        if (marking == Phase::MarkingStart) {
            m_moduleEnergyStartWh = moduleWh;
            m_referenceEnergyStartWh = referenceWh;
            m_referenceEnergyWh = 0.0;
            m_phase = Phase::Watching;
            m_phaseClock.restart();
            if (point().kind == PointKind::NoLoad) {
                QTimer::singleShot(std::chrono::milliseconds(qint64(point().durationS * 1000.0)), Qt::PreciseTimer,
                    this, [this] {
                        if (m_running && m_phase == Phase::Watching)
                            m_phase = Phase::MarkingEnd;
                    });
            } else {
                pollReferenceEnergy();
            }
            return;
        }
        const double moduleEnergy = double(moduleWh - std::min(moduleWh, m_moduleEnergyStartWh));
        const double referenceEnergy = referenceWh - m_referenceEnergyStartWh;
        const double seconds = double(m_phaseClock.elapsed()) / 1000.0;
        m_timing.measureMs = m_phaseClock.restart();
        finishPoint(point().kind == PointKind::NoLoad
                ? evaluateNoLoad(point(), moduleEnergy, seconds)
                : evaluateStartingCurrent(point(), moduleEnergy, referenceEnergy, seconds));
    }));
}

void CalibrationRun::pollReferenceEnergy()
{
    m_reference.read(this, continueWith<modbus::ReferenceReading>([this](modbus::ReferenceReading reading) {
        if (m_phase != Phase::Watching)
            return;
        m_referenceEnergyWh = reading.importActiveEnergyKwh * kWhPerKwh - m_referenceEnergyStartWh;
        const bool counted = m_referenceEnergyWh >= point().referenceEnergyWh;
        const bool timedOut = double(m_phaseClock.elapsed()) / 1000.0 >= point().durationS;
        if (counted || timedOut) {
            m_phase = Phase::MarkingEnd;
            return;
        }
        QTimer::singleShot(kPollInterval, this, [this] {
            if (m_running)
                pollReferenceEnergy();
        });
    }));
}

void CalibrationRun::finishPoint(PointResult result)
{
    m_timing.totalMs = m_pointClock.elapsed();
    qCDebug(lcCalibration) << "point" << result.point.id << "error" << result.errorPct << "U" << result.uncertaintyPct
                           << "verdict" << int(result.verdict);
    m_results.append(result);
    Q_EMIT pointFinished(result, m_timing);
    if (++m_index < m_plan.points.size())
        return runPoint();
    finishRun();
}

void CalibrationRun::finishRun()
{
    m_phase = Phase::Idle;
    m_module.stopLive();
    m_source.apply(switchedOff(m_plan), this, [this](Result<void> off) {
        if (!m_running)
            return;
        m_running = false;
        disconnect(&m_module, nullptr, this, nullptr);
        if (!off)
            return Q_EMIT failed(off.error());
        Q_EMIT finished(m_results);
    });
}

void CalibrationRun::abort(const Error& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_phase = Phase::Idle;
    disconnect(&m_module, nullptr, this, nullptr);
    if (m_module.state() == DeviceClient::State::Connected)
        m_module.stopLive();
    qCWarning(lcCalibration) << "run aborted:" << error.toString();
    // Best effort: a source that cannot be reached any more cannot be switched off either.
    m_source.apply(switchedOff(m_plan), this, [this, error](Result<void>) { Q_EMIT failed(error); });
}

} // namespace iotpro::calibration
