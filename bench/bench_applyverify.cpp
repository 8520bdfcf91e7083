// Apply-and-verify of a full configuration over the pseudo-terminal (docs/performance.md): starts
// this build's iotpro-sim trusting a fresh key, then writes tests/config's fullConfig() (every
// section filled, all three secrets sealed) with the real ConfigWriter again and again: read
// state, validate, opening readings, pair with the label code (CPace), sign, upload, commit, read
// back and compare. The network check is not run: the figure excludes the simulated
// network join. Prints every run, the median per step and the median in all. Budget, enforced:
// median under 1 s.
#include "ConfigSamples.h"
#include "MedianTime.h"
#include "SimProcess.h"
#include "WriteStepClock.h"
#include "commissioning/ConfigWriter.h"
#include "device/DeviceClient.h"
#include "security/KeyStore.h"
#include "transport/DeviceAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace iotpro;
using namespace iotpro::commissioning;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWarmUpRuns = 1;
constexpr int kMeasuredRuns = 9;
constexpr double kBudgetMs = 1000.0;
const QString kLabelCode = u"7391-2204"_s;
const QString kKeyName = u"bench"_s;
/// Far beyond ten writes of well under a second; only a hang reaches it.
constexpr std::chrono::seconds kWatchdog(120);

int fail(const QString& why)
{
    std::fprintf(stderr, "bench_applyverify: %s\n", qPrintable(why));
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir keyDir;
    security::KeyStore keys(keyDir.path());
    if (!keyDir.isValid())
        return fail(u"cannot create a key directory: "_s + keyDir.errorString());
    if (const Result<security::PublicKey> key = keys.generate(kKeyName); !key)
        return fail(key.error().toString());
    SimProcess sim;
    if (!sim.start({ u"--pty"_s, u"--trust"_s, keys.privateKeyPath(kKeyName) + u".pub"_s, u"--pop"_s, kLabelCode }))
        return fail(u"iotpro-sim did not start: "_s + sim.failureReason());
    const Result<DeviceAddress> address = DeviceAddress::parse(sim.address());
    if (!address)
        return fail(address.error().toString());

    DeviceClient client;
    ConfigWriter writer(client);
    const config::DeviceConfig full = samples::fullConfig();
    std::vector<double> totals;
    QElapsedTimer runClock;
    WriteStepClock steps(writer);
    int run = 0;
    int exitCode = EXIT_FAILURE;
    bool done = false;
    const auto finish = [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        QCoreApplication::exit(code);
    };
    const auto writeOnce = [&] {
        Result<security::SigningKey> key = keys.load(kKeyName);
        if (!key)
            return finish(fail(key.error().toString()));
        ConfigWriteRequest request;
        request.config = full;
        request.labelCode = kLabelCode;
        request.runNetworkCheck = false;
        steps.setCounting(run >= kWarmUpRuns);
        runClock.start();
        writer.start(std::move(request), std::move(key.value()));
    };

    QObject::connect(&writer, &ConfigWriter::written, &app, [&](const ConfigWriteResult& result) {
        const double ms = double(runClock.nsecsElapsed()) / 1e6;
        const bool warmUp = run < kWarmUpRuns;
        std::printf("run %d%s: counter %llu written and read back in %.1f ms\n", run + 1, warmUp ? " (warm-up)" : "",
            static_cast<unsigned long long>(result.counter), ms);
        if (!warmUp)
            totals.push_back(ms);
    });
    QObject::connect(&writer, &ConfigWriter::failed, &app, [&](const ConfigWriteFailure& failure) {
        finish(fail(u"write %1 failed at \"%2\": %3"_s.arg(run + 1).arg(stepText(failure.step), failure.error.toString())));
    });
    QObject::connect(&writer, &ConfigWriter::finished, &app, [&] {
        if (done)
            return;
        if (++run < kWarmUpRuns + kMeasuredRuns) {
            QTimer::singleShot(0, &app, writeOnce);
            return;
        }
        steps.printMedians(kMeasuredRuns);
        const double median = medianOf(totals);
        std::printf("apply and verify a full configuration over the pty: median %.1f ms, min %.1f ms, max %.1f ms "
                    "(target < %.0f ms, network join excluded)\n",
            median, *std::min_element(totals.cbegin(), totals.cend()), *std::max_element(totals.cbegin(), totals.cend()),
            kBudgetMs);
        finish(median < kBudgetMs ? EXIT_SUCCESS : fail(u"median over budget"_s));
    });
    QObject::connect(&client, &DeviceClient::connected, &app, [&] { writeOnce(); });
    QObject::connect(&client, &DeviceClient::connectionFailed, &app,
        [&](const Error& error) { finish(fail(error.toString())); });
    QObject::connect(&client, &DeviceClient::linkLost, &app, [&](const Error& error) { finish(fail(error.toString())); });

    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] { finish(fail(u"no result within the watchdog time"_s)); });
    watchdog.start(kWatchdog);
    client.connectToDevice(address.value());
    QCoreApplication::exec();
    return exitCode;
}
