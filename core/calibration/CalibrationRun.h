#pragma once

#include "PointResult.h"
#include "Source.h"
#include "TestPlan.h"
#include "device/LiveSnapshot.h"
#include "modbus/ReferenceMeter.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <optional>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::calibration {

/// Where one point's time went, in milliseconds: for the benchmark of the tool's own overhead.
struct PointTiming
{
    qint64 applyMs = 0; ///< the source's setting written and acknowledged
    qint64 settledWaitMs = 0; ///< until the source reported settled
    qint64 settleMs = 0; ///< the plan's settle time
    qint64 measureMs = 0; ///< sampling, or watching the energy registers
    qint64 totalMs = 0;
};

/// The source's output for `point` of `plan`: the point's voltage on every phase, its current
/// and angle on every phase (or only on its element).
SourceOutput sourceOutputFor(const TestPoint& point, const TestPlan& plan);
/// All outputs off: what the bench is left at, after the run or when it aborts.
SourceOutput switchedOff(const TestPlan& plan);

/// One module's run through a test plan (docs/calibration.md, "The run"): for each point it
/// sets the source, waits until the source reports settled and then the point's settle time,
/// and then averages the module's live snapshots against the reference meter's readings taken
/// as each snapshot arrives (accuracy points), or watches both energy registers (starting
/// current, no load). Any link error aborts the run: the source is switched off and failed()
/// tells why. The module must be connected; the run owns its live stream while it lasts.
class CalibrationRun : public QObject
{
    Q_OBJECT

public:
    /// How long a source may take to report settled before the run gives up.
    static constexpr std::chrono::seconds kSettledTimeout { 30 };
    /// How often the source's settled flag and, while a starting-current point runs, the
    /// reference's energy register are read.
    static constexpr std::chrono::milliseconds kPollInterval { 20 };

    /// Keeps references to the four; they must outlive the run.
    CalibrationRun(DeviceClient& module, modbus::ReferenceMeter& reference, Source& source, const TestPlan& plan,
        double referenceUncertaintyPct, QObject* parent = nullptr);
    ~CalibrationRun() override;

    void start();
    bool isRunning() const { return m_running; }
    const QList<PointResult>& results() const { return m_results; }

Q_SIGNALS:
    void pointStarted(int index, const iotpro::calibration::TestPoint& point);
    void pointFinished(const iotpro::calibration::PointResult& result, const iotpro::calibration::PointTiming& timing);
    /// Every point was measured (whether it passed or not); the source is switched off.
    void finished(const QList<iotpro::calibration::PointResult>& results);
    /// The run stopped early; the source was told to switch off.
    void failed(const iotpro::Error& error);

private:
    enum class Phase { Idle, Applying, WaitingSettled, Settling, Sampling, MarkingStart, Watching, MarkingEnd };

    void runPoint();
    void pollSettled();
    void beginMeasuring();
    void onSnapshot(const LiveSnapshot& snapshot);
    void takeSample(const LiveSnapshot& snapshot);
    void markEnergy(const LiveSnapshot& snapshot);
    void pollReferenceEnergy();
    void finishPoint(PointResult result);
    void finishRun();
    void abort(const Error& error);
    const TestPoint& point() const { return m_plan.points.at(m_index); }
    /// A callback that aborts the run on an error and otherwise calls `then`, unless the run
    /// has ended in the meantime.
    template <typename T>
    Source::Callback<T> continueWith(std::function<void(T)> then);
    Source::Callback<void> continueAfter(std::function<void()> then);

    DeviceClient& m_module;
    modbus::ReferenceMeter& m_reference;
    Source& m_source;
    const TestPlan m_plan;
    const double m_referenceUncertaintyPct;

    bool m_running = false;
    Phase m_phase = Phase::Idle;
    qsizetype m_index = 0;
    QList<PointResult> m_results;
    QList<SamplePair> m_samples;
    bool m_referencePending = false;
    QElapsedTimer m_pointClock;
    QElapsedTimer m_phaseClock;
    PointTiming m_timing;
    // Energy points: the registers at the start, and what the reference has counted since.
    quint64 m_moduleEnergyStartWh = 0;
    double m_referenceEnergyStartWh = 0.0;
    double m_referenceEnergyWh = 0.0;
};

/// A module's snapshot and a reference reading as the comparison takes them.
PowerReading toPowerReading(const LiveSnapshot& snapshot);
PowerReading toPowerReading(const modbus::ReferenceReading& reading);

} // namespace iotpro::calibration
