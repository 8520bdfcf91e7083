#include "LiveCheckController.h"

#include "LiveStreamController.h"
#include "electrical/SnapshotWindow.h"

#include <QLoggingCategory>
#include <algorithm>

namespace iotpro::ui {

Q_LOGGING_CATEGORY(lcLiveCheck, "iotpro.ui.livecheck")

using namespace electrical;

namespace {

/// Bounds a window whatever the module's clock does (at 20 Hz a window holds 40).
constexpr qsizetype kMaxWindowSnapshots = 200;

} // namespace

LiveCheckController::LiveCheckController(const DiagnosisThresholds& thresholds, QObject* parent)
    : QObject(parent)
    , m_thresholds(thresholds)
{ }

Installation LiveCheckController::installation() const
{
    Installation installation = m_setup ? toInstallation(*m_setup) : Installation {};
    installation.ctSecondary = m_ctSecondary;
    return installation;
}

int LiveCheckController::inputCount() const
{
    return m_setup ? ctInputCount(m_setup->wiring) : 0;
}

void LiveCheckController::addSnapshot(const LiveSnapshot& snapshot)
{
    if (m_setup != snapshot.setup) {
        // Another installation (a configuration was written): nothing said so far applies.
        qCDebug(lcLiveCheck) << "metering setup changed; starting over";
        m_setup = snapshot.setup;
        m_window.clear();
        m_lastSteadyMean.reset();
        setDiagnosis(std::nullopt);
        setWindowState(WindowState::Collecting);
    }
    const bool clockWentBack = !m_window.isEmpty() && snapshot.timestampUs < m_windowStartUs;
    const qint64 windowLengthUs = std::chrono::microseconds(kWindowLength).count();
    if (clockWentBack) {
        m_window.clear();
    } else if (!m_window.isEmpty()
        && (snapshot.timestampUs - m_windowStartUs >= windowLengthUs
            || m_window.size() >= kMaxWindowSnapshots)) {
        closeWindow();
    }
    if (m_window.isEmpty())
        m_windowStartUs = snapshot.timestampUs;
    m_window.append(toElectricalSnapshot(snapshot));
    m_latest = snapshot;
    // Also names in the diagram what a diagnosis just found.
    updateReadings();
}

void LiveCheckController::closeWindow()
{
    const AveragedSnapshot averaged = averageSnapshots(m_window, installation(), m_thresholds);
    m_window.clear();
    if (!averaged.stable) {
        setWindowState(WindowState::Unsteady, averaged.reason);
        return;
    }
    m_lastSteadyMean = averaged.mean;
    setWindowState(WindowState::Steady);
    diagnoseLastSteadyWindow();
}

bool LiveCheckController::diagnoseLastSteadyWindow()
{
    return m_lastSteadyMean
        && setDiagnosis(diagnose(installation(), *m_lastSteadyMean, m_clampMeter, m_thresholds));
}

void LiveCheckController::reset()
{
    m_latest.reset();
    m_setup.reset();
    m_window.clear();
    m_lastSteadyMean.reset();
    setDiagnosis(std::nullopt);
    setWindowState(WindowState::NoReadings);
    updateReadings();
}

void LiveCheckController::setClampMeterReadings(const ClampMeterReadings& readings)
{
    if (readings == m_clampMeter)
        return;
    m_clampMeter = readings;
    if (diagnoseLastSteadyWindow())
        updateReadings(); // the diagram names what the diagnosis found
}

void LiveCheckController::setCtSecondary(CtSecondary secondary)
{
    if (secondary == m_ctSecondary)
        return;
    m_ctSecondary = secondary;
    if (diagnoseLastSteadyWindow())
        updateReadings();
}

void LiveCheckController::refreshTexts()
{
    diagnoseLastSteadyWindow();
    updateReadings();
}

void LiveCheckController::setWindowState(WindowState state, const QString& reason)
{
    if (state == m_windowState && reason == m_unsteadyReason)
        return;
    m_windowState = state;
    m_unsteadyReason = reason;
    Q_EMIT windowStateChanged();
}

bool LiveCheckController::setDiagnosis(const std::optional<Diagnosis>& diagnosis)
{
    if (diagnosis == m_diagnosis)
        return false;
    m_diagnosis = diagnosis;
    Q_EMIT diagnosisChanged();
    return true;
}

void LiveCheckController::updateReadings()
{
    if (!m_latest) {
        if (m_phasorDiagram.isEmpty() && m_loadGauges.isEmpty())
            return;
        m_phasorDiagram = {};
        m_loadGauges.clear();
    } else {
        m_phasorDiagram = graphics::buildPhasorDiagram(*m_latest, m_diagnosis, m_thresholds);
        m_loadGauges = loadGaugesOf(*m_latest);
    }
    Q_EMIT readingsChanged();
}

QList<LoadGauge> LiveCheckController::loadGaugesOf(const LiveSnapshot& snapshot) const
{
    const Installation declared = toInstallation(snapshot.setup);
    const int inputs = std::min(ctInputCount(declared.wiring), int(snapshot.elements.size()));
    QList<LoadGauge> gauges;
    gauges.reserve(inputs);
    for (int k = 0; k < inputs; ++k) {
        const LiveElement& element = snapshot.elements[k];
        const double rating = snapshot.setup.ctPrimaryA.value(k, declared.ctPrimaryA);
        LoadGauge gauge;
        gauge.input = k + 1;
        gauge.phase = declaredPhase(declared.wiring, k + 1);
        gauge.currentA = element.current;
        gauge.neededA = m_thresholds.minLoadShare * rating;
        gauge.limitA = m_thresholds.maxLoadShare * rating;
        if (element.voltage < m_thresholds.voltageMissingShare * declared.nominalVoltage)
            gauge.level = LoadGauge::Level::NoVoltage;
        else if (element.current < gauge.neededA)
            gauge.level = LoadGauge::Level::TooLittle;
        else if (element.current > gauge.limitA)
            gauge.level = LoadGauge::Level::OverRating;
        else
            gauge.level = LoadGauge::Level::Enough;
        gauges.append(gauge);
    }
    return gauges;
}

void connectLiveCheck(LiveStreamController& stream, LiveCheckController& check)
{
    QObject::connect(
        &stream, &LiveStreamController::snapshotReceived, &check, &LiveCheckController::addSnapshot);
    QObject::connect(&stream, &LiveStreamController::stopped, &check, &LiveCheckController::reset);
}

} // namespace iotpro::ui
