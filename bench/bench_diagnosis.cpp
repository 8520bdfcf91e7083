// Time of one mis-wiring diagnosis (3P4W, one CT reversed): it runs on every live update, so
// its median must stay under 50 µs. Prints the figures; fails if the fault is not found or the
// median is over budget.
#include "PhasorModel.h"
#include "electrical/Diagnosis.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace iotpro::electrical;

namespace {

constexpr int kRuns = 20000;
constexpr double kBudgetMicroseconds = 50.0;

} // namespace

int main()
{
    phasormodel::RealInstallation real = phasormodel::correctInstallation(Wiring::ThreePhaseFourWire);
    real.ctReversed = { false, true, false };
    QRandomGenerator random(20240611u);
    const Snapshot readings
        = phasormodel::measure(real, phasormodel::balancedLoad(25.0), { &random, 0.005, 0.5 }, true);
    const Installation installation = phasormodel::declaredInstallation(Wiring::ThreePhaseFourWire);
    const Correction truth { { 1, 2, 3 }, { false, true, false } };

    std::vector<qint64> nanoseconds;
    nanoseconds.reserve(kRuns);
    QElapsedTimer clock;
    for (int run = 0; run < kRuns; ++run) {
        clock.start();
        const Diagnosis diagnosis = diagnose(installation, readings);
        nanoseconds.push_back(clock.nsecsElapsed());
        if (diagnosis.correction != truth) {
            std::fprintf(stderr, "bench_diagnosis: the reversed CT was not found\n");
            return EXIT_FAILURE;
        }
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto percentile = [&nanoseconds](double share) {
        return double(nanoseconds[std::size_t(share * double(nanoseconds.size() - 1))]) / 1000.0;
    };
    const double median = percentile(0.5);
    std::printf("diagnosis 3P4W, one CT reversed: median %.2f us, p90 %.2f us, p99 %.2f us (%d runs, budget "
                "%.0f us)\n",
        median, percentile(0.9), percentile(0.99), kRuns, kBudgetMicroseconds);
    return median < kBudgetMicroseconds ? EXIT_SUCCESS : EXIT_FAILURE;
}
