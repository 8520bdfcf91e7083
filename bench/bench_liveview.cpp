// The live view under load (docs/performance.md): the commissioner's main window (offscreen)
// connected to this build's iotpro-sim over a pseudo-terminal, live readings streaming.
//  1. At 10 Hz: how old a snapshot is when the phasor view paints it (the module's timestamp
//     to the start of the paint; both clocks are this machine's).
//  2. At 20 Hz: the CPU time of this (the GUI) process over 10 s, as % of one core.
// Prints the figures against their targets; fails only when the live view stops working.
#include "CommissionerFixture.h"
#include "LiveCheckView.h"
#include "PhasorView.h"
#include "SimProcess.h"

#include <QApplication>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace iotpro;
using namespace iotpro::ui;
using namespace std::chrono_literals;

namespace {

constexpr auto kWarmUp = 2s;
constexpr auto kMeasureAge = 10s;
constexpr auto kMeasureCpu = 10s;
constexpr double kAgeTargetMs = 100.0;
constexpr double kCpuTargetPercent = 15.0;

/// Runs the event loop for `duration`, sleeping in it rather than spinning.
void runEventLoopFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    for (auto waited = 0ms; !done(); waited += 20ms) {
        if (waited >= timeout)
            return false;
        runEventLoopFor(20ms);
    }
    return true;
}

std::chrono::microseconds processCpuTime()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto toMicroseconds = [](const timeval& t) {
        return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
    };
    return toMicroseconds(usage.ru_utime) + toMicroseconds(usage.ru_stime);
}

qint64 unixMicroseconds()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double percentileMs(std::vector<qint64> samplesUs, double fraction)
{
    std::sort(samplesUs.begin(), samplesUs.end());
    const auto rank = static_cast<std::size_t>(fraction * static_cast<double>(samplesUs.size() - 1) + 0.5);
    return static_cast<double>(samplesUs[rank]) / 1000.0;
}

/// Notes the age of the newest snapshot each time the phasor view starts painting it.
class PaintAgeProbe : public QObject
{
public:
    void onSnapshot(const LiveSnapshot& snapshot)
    {
        m_newest = snapshot;
        ++m_snapshots;
    }

    bool recording = false;
    std::vector<qint64> agesUs;
    int snapshots() const { return m_snapshots; }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && recording && m_newest.sequence != m_paintedSequence) {
            m_paintedSequence = m_newest.sequence;
            agesUs.push_back(unixMicroseconds() - m_newest.timestampUs);
        }
        return false;
    }

private:
    LiveSnapshot m_newest;
    quint64 m_paintedSequence = 0;
    int m_snapshots = 0;
};

int fail(const char* what)
{
    std::fprintf(stderr, "bench_liveview: %s\n", what);
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_liveview"));

    SimProcess sim;
    if (!sim.start())
        return fail(qPrintable(sim.failureReason()));

    // The object graph of iotpro-commissioner's main(), with private settings.
    Commissioner commissioner;
    MainWindow& window = commissioner.window;
    LiveStreamController& liveStream = commissioner.liveStream;
    window.show();
    // The live check in front, as the electrician has it (the wizard would keep its own page).
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    auto* liveCheck = window.findChild<LiveCheckView*>(QStringLiteral("liveCheckView"));
    if (!tabs || !liveCheck)
        return fail("no live check tab in the main window");
    tabs->setCurrentWidget(liveCheck);

    auto* phasors = window.findChild<PhasorView*>(QStringLiteral("phasorView"));
    if (!phasors)
        return fail("no phasor view in the main window");
    PaintAgeProbe probe;
    phasors->installEventFilter(&probe);
    QObject::connect(
        &liveStream, &LiveStreamController::snapshotReceived, &probe, &PaintAgeProbe::onSnapshot);

    commissioner.controller.connectTo(ConnectionTarget::device(DeviceAddress::parse(sim.address()).value()));
    if (!waitFor([&] { return liveStream.state() == LiveStreamController::State::Live; }, 10s))
        return fail("the live stream did not start");
    runEventLoopFor(kWarmUp);

    // 1. Snapshot age when drawn, 10 Hz.
    probe.recording = true;
    const int snapshotsBefore = probe.snapshots();
    const auto ageStart = std::chrono::steady_clock::now();
    runEventLoopFor(kMeasureAge);
    const auto ageWall = std::chrono::steady_clock::now() - ageStart;
    probe.recording = false;
    const int snapshotsAt10Hz = probe.snapshots() - snapshotsBefore;
    if (probe.agesUs.empty())
        return fail("the phasor view painted no snapshot");

    // 2. CPU of the GUI process, 20 Hz.
    liveStream.setRateHz(20);
    if (!waitFor([&] { return liveStream.state() == LiveStreamController::State::Live; }, 5s))
        return fail("the live stream did not restart at 20 Hz");
    runEventLoopFor(kWarmUp);
    const int snapshotsBefore20 = probe.snapshots();
    const auto cpuBefore = processCpuTime();
    const auto wallBefore = std::chrono::steady_clock::now();
    runEventLoopFor(kMeasureCpu);
    const auto cpu = processCpuTime() - cpuBefore;
    const auto wall = std::chrono::steady_clock::now() - wallBefore;
    const int snapshotsAt20Hz = probe.snapshots() - snapshotsBefore20;
    if (liveStream.state() != LiveStreamController::State::Live || snapshotsAt20Hz == 0)
        return fail("the live stream stopped during the measurement");
    const double cpuPercent
        = 100.0 * std::chrono::duration<double>(cpu).count() / std::chrono::duration<double>(wall).count();

    const double medianMs = percentileMs(probe.agesUs, 0.5);
    std::printf("link %s, main window %dx%d (QPA %s)\n", qPrintable(sim.address()), window.width(),
        window.height(), qPrintable(QApplication::platformName()));
    std::printf("snapshot age when painted, 10 Hz for %.1f s: %zu paints of %d snapshots; median %.1f ms, "
                "p90 %.1f ms, max %.1f ms (target: median < %.0f ms: %s)\n",
        std::chrono::duration<double>(ageWall).count(), probe.agesUs.size(), snapshotsAt10Hz, medianMs,
        percentileMs(probe.agesUs, 0.9), percentileMs(probe.agesUs, 1.0), kAgeTargetMs,
        medianMs < kAgeTargetMs ? "met" : "MISSED");
    std::printf(
        "GUI process CPU, 20 Hz for %.1f s: %d snapshots; %.1f %% of one core (target: < %.0f %%: %s)\n",
        std::chrono::duration<double>(wall).count(), snapshotsAt20Hz, cpuPercent, kCpuTargetPercent,
        cpuPercent < kCpuTargetPercent ? "met" : "MISSED");

    commissioner.controller.disconnectFromDevice();
    return EXIT_SUCCESS;
}
