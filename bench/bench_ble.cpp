// Bluetooth LE through the mock (docs/performance.md): the real DeviceClient and ConfigWriter over
// QtBluetooth's BlueZ D-Bus backend, against the tests/ble fixture's mock BlueZ bridged to a real
// iotpro-sim. Run by CTest with that fixture (label bench), which sets the ATT payload size:
//   bench_ble live    at 244 bytes: live snapshots per second sustained at the highest rate the
//                     protocol allows (20/s) for 10 s, and gaps; budget, enforced: at least 10/s and
//                     no gap
//   bench_ble apply   at 20 bytes: a full configuration (tests/config fullConfig(): every section,
//                     all three secrets sealed) applied and verified: read state, validate, opening
//                     readings, pair, sign, upload, commit, read back; 1 warm-up and 3 measured
//                     runs, network check excluded; budget, enforced: median under 5 s
#include "ConfigSamples.h"
#include "MedianTime.h"
#include "WriteStepClock.h"
#include "commissioning/ConfigWriter.h"
#include "device/DeviceClient.h"
#include "device/TrustRequests.h"
#include "security/KeyStore.h"
#include "transport/DeviceAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace iotpro;
using namespace iotpro::commissioning;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kLiveRateHz = 20;
constexpr std::chrono::seconds kLiveWarmUp(1);
constexpr std::chrono::seconds kLiveWindow(10);
constexpr double kLiveBudgetPerS = 10.0;
constexpr int kApplyWarmUpRuns = 1;
constexpr int kApplyMeasuredRuns = 3;
constexpr double kApplyBudgetMs = 5000.0;
/// The fixture's module (tests/ble/CMakeLists.txt: SIM_ARGS --pop).
const QString kLabelCode = u"4821-0937"_s;
const QString kKeyName = u"bench"_s;
/// Far beyond the runs; only a hang reaches it.
constexpr std::chrono::seconds kWatchdog(150);

int fail(const QString& why)
{
    std::fprintf(stderr, "bench_ble: %s\n", qPrintable(why));
    return EXIT_FAILURE;
}

/// The fixture's module, as the tests find it.
Result<DeviceAddress> moduleAddress()
{
    QFile file(qEnvironmentVariable("IOTPRO_BLE_FIXTURE_DIR") + u"/module-address"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Errors::make(ErrorKind::OpenFailed, u"no module-address: run through CTest (label bench)"_s);
    return DeviceAddress::parse(u"ble:"_s + QString::fromLatin1(file.readAll()).trimmed());
}

/// Ends the event loop once, with the first exit code given.
struct Outcome
{
    int code = EXIT_FAILURE;
    bool done = false;
    void finish(int exitCode)
    {
        if (done)
            return;
        done = true;
        code = exitCode;
        QCoreApplication::exit(exitCode);
    }
};

/// Snapshots counted over the window after a warm-up, at the highest rate the protocol allows.
class LiveBench
{
public:
    LiveBench(DeviceClient& client, Outcome& outcome)
        : m_client(client)
        , m_outcome(outcome)
    {
        QObject::connect(&client, &DeviceClient::liveSnapshot, &client, [this](const LiveSnapshot&) {
            if (m_window.isValid())
                ++m_counted;
        });
        QObject::connect(&client, &DeviceClient::liveGap, &client, [this](quint64, quint64 missing) {
            if (m_window.isValid())
                m_missing += missing;
        });
        QObject::connect(&client, &DeviceClient::liveFailed, &client,
            [this](const Error& error) { m_outcome.finish(fail(error.toString())); });
    }

    void start()
    {
        QTimer::singleShot(kLiveWarmUp, &m_client, [this] { m_window.start(); });
        QTimer::singleShot(kLiveWarmUp + kLiveWindow, &m_client, [this] { conclude(); });
        m_client.startLive(kLiveRateHz);
    }

private:
    void conclude()
    {
        const double seconds = double(m_window.nsecsElapsed()) / 1e9;
        const double rate = double(m_counted) / seconds;
        m_client.stopLive();
        std::printf("live over BLE, ATT payload %s bytes: %llu snapshots in %.2f s at %u/s requested = %.1f "
                    "snapshots/s sustained, %llu missing (target >= %.0f/s)\n",
            qPrintable(qEnvironmentVariable("IOTPRO_BLE_ATT_PAYLOAD")), static_cast<unsigned long long>(m_counted),
            seconds, kLiveRateHz, rate, static_cast<unsigned long long>(m_missing), kLiveBudgetPerS);
        const bool ok = rate >= kLiveBudgetPerS && m_missing == 0;
        m_outcome.finish(ok ? EXIT_SUCCESS : fail(u"below the target or with gaps"_s));
    }

    DeviceClient& m_client;
    Outcome& m_outcome;
    QElapsedTimer m_window;
    quint64 m_counted = 0;
    quint64 m_missing = 0;
};

/// Trusts a fresh key (the fixture's module runs in factory mode), then applies and verifies
/// the full configuration again and again.
class ApplyBench
{
public:
    ApplyBench(DeviceClient& client, Outcome& outcome)
        : m_client(client)
        , m_writer(client)
        , m_outcome(outcome)
        , m_keys(m_keyDir.path())
        , m_steps(m_writer)
    {
        QObject::connect(&m_writer, &ConfigWriter::written, &m_writer, [this](const ConfigWriteResult& result) {
            const double ms = double(m_runClock.nsecsElapsed()) / 1e6;
            const bool warmUp = m_run < kApplyWarmUpRuns;
            std::printf("run %d%s: counter %llu applied and verified in %.0f ms\n", m_run + 1,
                warmUp ? " (warm-up)" : "", static_cast<unsigned long long>(result.counter), ms);
            if (!warmUp)
                m_totals.push_back(ms);
        });
        QObject::connect(&m_writer, &ConfigWriter::failed, &m_writer, [this](const ConfigWriteFailure& failure) {
            m_outcome.finish(fail(u"write %1 failed at \"%2\": %3"_s.arg(m_run + 1).arg(
                stepText(failure.step), failure.error.toString())));
        });
        QObject::connect(&m_writer, &ConfigWriter::finished, &m_writer, [this] { onFinished(); });
    }

    void start()
    {
        const Result<security::PublicKey> key = m_keys.generate(kKeyName);
        if (!key)
            return m_outcome.finish(fail(key.error().toString()));
        TrustRequests(m_client).add(key.value(), TrustRole::Configuration, kKeyName, &m_writer,
            [this](Result<TrustStore> store) {
                if (!store)
                    return m_outcome.finish(fail(u"trust add: "_s + store.error().toString()));
                writeOnce();
            });
    }

private:
    void writeOnce()
    {
        Result<security::SigningKey> key = m_keys.load(kKeyName);
        if (!key)
            return m_outcome.finish(fail(key.error().toString()));
        ConfigWriteRequest request;
        request.config = samples::fullConfig();
        request.labelCode = kLabelCode;
        request.runNetworkCheck = false;
        m_steps.setCounting(m_run >= kApplyWarmUpRuns);
        m_runClock.start();
        m_writer.start(std::move(request), std::move(key.value()));
    }

    void onFinished()
    {
        if (m_outcome.done)
            return;
        if (++m_run < kApplyWarmUpRuns + kApplyMeasuredRuns) {
            QTimer::singleShot(0, &m_writer, [this] { writeOnce(); });
            return;
        }
        m_steps.printMedians(kApplyMeasuredRuns);
        const double median = medianOf(m_totals);
        std::printf("apply and verify a full configuration over BLE, ATT payload %s bytes: median %.0f ms, min %.0f "
                    "ms, max %.0f ms (target < %.0f ms, network join excluded)\n",
            qPrintable(qEnvironmentVariable("IOTPRO_BLE_ATT_PAYLOAD")), median,
            *std::min_element(m_totals.cbegin(), m_totals.cend()), *std::max_element(m_totals.cbegin(), m_totals.cend()),
            kApplyBudgetMs);
        m_outcome.finish(median < kApplyBudgetMs ? EXIT_SUCCESS : fail(u"median over budget"_s));
    }

    DeviceClient& m_client;
    ConfigWriter m_writer;
    Outcome& m_outcome;
    QTemporaryDir m_keyDir;
    security::KeyStore m_keys;
    WriteStepClock m_steps;
    std::vector<double> m_totals;
    QElapsedTimer m_runClock;
    int m_run = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode != u"live" && mode != u"apply")
        return fail(u"usage: bench_ble live|apply"_s);
    const Result<DeviceAddress> address = moduleAddress();
    if (!address)
        return fail(address.error().toString());

    Outcome outcome;
    DeviceClient client;
    LiveBench live(client, outcome);
    ApplyBench apply(client, outcome);
    QElapsedTimer connectClock;
    QObject::connect(&client, &DeviceClient::connected, &app, [&] {
        std::printf("connected over BLE (scan, connect, GATT discovery, notifications, Hello) in %.0f ms\n",
            double(connectClock.nsecsElapsed()) / 1e6);
        if (mode == u"live")
            live.start();
        else
            apply.start();
    });
    QObject::connect(&client, &DeviceClient::connectionFailed, &app,
        [&](const Error& error) { outcome.finish(fail(error.toString())); });
    QObject::connect(&client, &DeviceClient::linkLost, &app, [&](const Error& error) { outcome.finish(fail(error.toString())); });

    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] { outcome.finish(fail(u"no result within the watchdog time"_s)); });
    watchdog.start(kWatchdog);
    connectClock.start();
    client.connectToDevice(address.value());
    QCoreApplication::exec();
    return outcome.code;
}
