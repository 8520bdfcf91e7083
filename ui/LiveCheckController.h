#pragma once

#include "LoadGauge.h"
#include "graphics/PhasorDiagram.h"
#include "device/LiveSnapshot.h"
#include "electrical/Diagnosis.h"

#include <QList>
#include <QObject>
#include <chrono>
#include <optional>

namespace iotpro::ui {

class LiveStreamController;

/// The live wiring check, without widgets: collects live snapshots into windows of
/// kWindowLength (module time), averages each, and diagnoses every steady one; in between it
/// keeps the last steady result. Per snapshot it also gives the phasor diagram and how much
/// load each CT still needs for a verdict.
class LiveCheckController : public QObject
{
    Q_OBJECT

public:
    /// Long enough to average out noise, short enough to answer within seconds.
    static constexpr std::chrono::milliseconds kWindowLength { 2000 };

    enum class WindowState {
        NoReadings,
        Collecting, ///< the first window is not complete yet
        Steady, ///< the last window was steady: the diagnosis is of it
        Unsteady, ///< the last window was not: the diagnosis (if any) is of an earlier one
    };
    Q_ENUM(WindowState)

    explicit LiveCheckController(
        const electrical::DiagnosisThresholds& thresholds = electrical::defaultDiagnosisThresholds,
        QObject* parent = nullptr);

    // --- inputs --------------------------------------------------------------------------
    void addSnapshot(const iotpro::LiveSnapshot& snapshot);
    /// The stream ended: forget the readings and the result (the user's entries stay).
    void reset();
    /// Currents the electrician read with a clamp meter, per element; checked at once.
    void setClampMeterReadings(const electrical::ClampMeterReadings& readings);
    /// What the CTs deliver; decides which fixes are safe to advise. The module does not
    /// report it: the electrician says, 333 mV by default.
    void setCtSecondary(electrical::CtSecondary secondary);
    /// Writes the diagnosis' sentences and the diagram's labels again, in the UI's language now.
    void refreshTexts();

    // --- state ---------------------------------------------------------------------------
    WindowState windowState() const { return m_windowState; }
    /// Why the last window was not steady; empty otherwise.
    const QString& unsteadyReason() const { return m_unsteadyReason; }
    /// The diagnosis of the last steady window; none before the first.
    const std::optional<electrical::Diagnosis>& diagnosis() const { return m_diagnosis; }
    /// The latest snapshot; none without readings.
    const std::optional<LiveSnapshot>& latestSnapshot() const { return m_latest; }
    /// How the module meters, from the latest snapshot.
    const std::optional<MeteringSetup>& meteringSetup() const { return m_setup; }
    /// The installation as diagnosed: the module's metering setup and the CT secondary.
    electrical::Installation installation() const;
    electrical::CtSecondary ctSecondary() const { return m_ctSecondary; }
    const electrical::ClampMeterReadings& clampMeterReadings() const { return m_clampMeter; }
    /// Of the latest snapshot.
    const graphics::PhasorDiagram& phasorDiagram() const { return m_phasorDiagram; }
    /// One per CT input, of the latest snapshot.
    const QList<LoadGauge>& loadGauges() const { return m_loadGauges; }
    /// The number of CT inputs of the latest snapshot's wiring; 0 without readings.
    int inputCount() const;

Q_SIGNALS:
    /// A new snapshot: phasor diagram and load gauges changed.
    void readingsChanged();
    void windowStateChanged();
    void diagnosisChanged();

private:
    void closeWindow();
    /// True when the diagnosis changed.
    bool diagnoseLastSteadyWindow();
    void setWindowState(WindowState state, const QString& reason = {});
    bool setDiagnosis(const std::optional<electrical::Diagnosis>& diagnosis);
    void updateReadings();
    QList<LoadGauge> loadGaugesOf(const LiveSnapshot& snapshot) const;

    const electrical::DiagnosisThresholds m_thresholds;
    electrical::CtSecondary m_ctSecondary = electrical::CtSecondary::Voltage333mV;
    electrical::ClampMeterReadings m_clampMeter;

    std::optional<LiveSnapshot> m_latest;
    /// The setup the window and the diagnosis belong to: a new one starts over.
    std::optional<MeteringSetup> m_setup;
    QList<electrical::Snapshot> m_window;
    qint64 m_windowStartUs = 0;
    std::optional<electrical::Snapshot> m_lastSteadyMean;

    WindowState m_windowState = WindowState::NoReadings;
    QString m_unsteadyReason;
    std::optional<electrical::Diagnosis> m_diagnosis;
    graphics::PhasorDiagram m_phasorDiagram;
    QList<LoadGauge> m_loadGauges;
};

/// Feeds `check` from `stream`: every snapshot, and a reset when the readings end.
void connectLiveCheck(LiveStreamController& stream, LiveCheckController& check);

} // namespace iotpro::ui
