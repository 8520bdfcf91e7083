// The production bench's own speed (docs/performance.md): starts this build's iotpro-sim --bench,
// runs a 9-point plan (the built-in plan's PF 1, PF 0.5 ind, PF 0.8 cap and element points) with
// the real CalibrationRun, and prints where each point's time went. The tool's overhead per point
// is what remains beyond the plan's settle time, the sampling (samples / rate) and the simulated
// source's settling. Budgets, enforced: overhead per point under 50 ms (median), the whole plan
// under 30 s.
#include "SimProcess.h"
#include "calibration/BenchLinks.h"
#include "calibration/CalibrationRun.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace iotpro;
using namespace iotpro::calibration;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPoints = 9;
constexpr qint64 kOverheadBudgetMs = 50;
constexpr qint64 kPlanBudgetMs = 30000;
/// The simulated source's settling time (BenchRig::kSettlingTime) at the default bench speed.
constexpr double kSourceSettlingMs = 2000.0 / 60.0;
constexpr std::chrono::seconds kWatchdog(90);

int fail(const QString& why)
{
    std::fprintf(stderr, "bench_calibration: %s\n", qPrintable(why));
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    SimProcess sim;
    if (!sim.start({ u"--pty"_qs, u"--bench"_qs, u"--modbus-tcp"_qs, u"0"_qs }) || sim.extraLines().isEmpty())
        return fail(u"iotpro-sim --bench did not start: "_qs + sim.failureReason());

    TestPlan plan = TestPlan::builtIn();
    plan.points = plan.points.mid(0, kPoints);
    if (!std::all_of(plan.points.cbegin(), plan.points.cend(), [](const TestPoint& p) { return p.kind == PointKind::Accuracy; }))
        return fail(u"the built-in plan no longer starts with 9 accuracy points"_qs);

    DeviceClient module;
    BenchLinks bench;
    std::unique_ptr<CalibrationRun> run;
    std::vector<qint64> overheads;
    QElapsedTimer planClock;
    int exitCode = EXIT_FAILURE;
    const auto finish = [&](int code) {
        exitCode = code;
        QCoreApplication::quit();
    };

    QObject::connect(&module, &DeviceClient::connectionFailed, &app, [&](const Error& e) { finish(fail(e.toString())); });
    QObject::connect(&module, &DeviceClient::connected, &app, [&] {
        BenchAddresses addresses { modbus::ModbusAddress::parse(sim.extraLines().first()).value(), std::nullopt };
        ReferenceStandard reference;
        reference.calibrationDue = QDate(2099, 12, 31);
        bench.open(addresses, reference, &app, [&](Result<ReferenceStandard> opened) {
            if (!opened)
                return finish(fail(opened.error().toString()));
            run = std::make_unique<CalibrationRun>(module, bench.reference(), bench.source(), plan,
                opened->standardUncertaintyPct());
            QObject::connect(run.get(), &CalibrationRun::pointFinished, &app,
                [&](const PointResult& result, const PointTiming& timing) {
                    const double expected = result.point.settleS * 1000.0
                        + 1000.0 * result.point.samples / plan.sampleRateHz + kSourceSettlingMs;
                    const auto overhead = static_cast<qint64>(double(timing.totalMs) - expected);
                    overheads.push_back(overhead);
                    std::printf("%-3s total %5lld ms: apply %3lld, until settled %4lld, settle %5lld, measure %5lld "
                                "-> overhead %4lld ms\n",
                        qPrintable(result.point.id), timing.totalMs, timing.applyMs, timing.settledWaitMs,
                        timing.settleMs, timing.measureMs, overhead);
                });
            QObject::connect(run.get(), &CalibrationRun::failed, &app, [&](const Error& e) { finish(fail(e.toString())); });
            QObject::connect(run.get(), &CalibrationRun::finished, &app, [&] {
                const qint64 planMs = planClock.elapsed();
                std::vector<qint64> sorted = overheads;
                std::sort(sorted.begin(), sorted.end());
                const qint64 median = sorted[sorted.size() / 2];
                std::printf("%d points in %lld ms (budget %lld ms); overhead per point median %lld ms, max %lld ms "
                            "(budget %lld ms)\n",
                    kPoints, planMs, kPlanBudgetMs, median, sorted.back(), kOverheadBudgetMs);
                if (planMs >= kPlanBudgetMs)
                    return finish(fail(u"the 9-point plan took longer than 30 s"_qs));
                if (median >= kOverheadBudgetMs)
                    return finish(fail(u"the tool's overhead per point is over 50 ms"_qs));
                finish(EXIT_SUCCESS);
            });
            planClock.start();
            run->start();
        });
    });
    module.connectToDevice(DeviceAddress::parse(sim.address()).value());
    QTimer::singleShot(kWatchdog, &app, [&] { finish(fail(u"no result within the watchdog"_qs)); });
    QCoreApplication::exec();
    return exitCode;
}
