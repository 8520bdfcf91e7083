// Request round trip to the real virtual module (docs/performance.md): starts this build's
// iotpro-sim, connects an iotpro::DeviceClient over a pseudo-terminal or TCP, sends pings one
// after another and prints the distribution. Fails only when something breaks, never on time.
#include "device/DeviceClient.h"
#include "transport/DeviceAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>

using namespace iotpro;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWarmUpPings = 100;
constexpr int kMeasuredPings = 2000;
/// Far beyond what the run needs (about a second); only a hang reaches it.
constexpr std::chrono::seconds kWatchdog(25);

/// Nearest-rank percentile of sorted samples.
qint64 percentile(const std::vector<qint64>& sorted, double fraction)
{
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

class RoundTripBench : public QObject
{
    Q_OBJECT

public:
    explicit RoundTripBench(QString link, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onSimOutput();
    void onConnected();
    void pingNext();
    void report();
    void fail(const QString& why);
    void finish(int exitCode);

    QString m_link;
    QTemporaryDir m_stateDir;
    QProcess m_sim;
    DeviceClient m_client;
    QTimer m_watchdog;
    QElapsedTimer m_connectClock;
    qint64 m_connectMicroseconds = 0;
    int m_warmUpLeft = kWarmUpPings;
    std::vector<qint64> m_samples;
    bool m_done = false;
};

RoundTripBench::RoundTripBench(QString link, QObject* parent)
    : QObject(parent)
    , m_link(std::move(link))
{
    m_samples.reserve(kMeasuredPings);
    m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_sim, &QProcess::readyReadStandardOutput, this, &RoundTripBench::onSimOutput);
    connect(&m_sim, &QProcess::errorOccurred, this,
        [this](QProcess::ProcessError) { fail(u"iotpro-sim: "_s + m_sim.errorString()); });
    connect(&m_sim, &QProcess::finished, this,
        [this](int exitCode) { fail(u"iotpro-sim ended early with exit code %1"_s.arg(exitCode)); });
    connect(&m_client, &DeviceClient::connected, this, &RoundTripBench::onConnected);
    connect(&m_client, &DeviceClient::connectionFailed, this,
        [this](const Error& error) { fail(error.toString()); });
    connect(&m_client, &DeviceClient::linkLost, this, [this](const Error& error) { fail(error.toString()); });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { fail(u"no result within the watchdog time"_s); });
}

void RoundTripBench::start()
{
    if (!m_stateDir.isValid())
        return fail(u"cannot create a state directory: "_s + m_stateDir.errorString());
    QStringList arguments;
    if (m_link == u"pty")
        arguments << u"--pty"_s;
    else if (m_link == u"tcp")
        arguments << u"--tcp"_s << u"0"_s;
    else
        return fail(u"unknown link \"%1\"; use pty or tcp"_s.arg(m_link));
    arguments << u"--state-dir"_s << m_stateDir.path();
    m_watchdog.start(kWatchdog);
    m_sim.start(QStringLiteral(IOTPRO_BIN_DIR "/iotpro-sim"), arguments);
}

void RoundTripBench::onSimOutput()
{
    // Only the first line matters: the primary address (sim contract).
    if (m_connectClock.isValid() || !m_sim.canReadLine())
        return;
    const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
    const Result<DeviceAddress> address = DeviceAddress::parse(line);
    if (!address)
        return fail(u"iotpro-sim printed no address: "_s + line);
    m_connectClock.start();
    m_client.connectToDevice(address.value());
}

void RoundTripBench::onConnected()
{
    m_connectMicroseconds = m_connectClock.nsecsElapsed() / 1000;
    pingNext();
}

void RoundTripBench::pingNext()
{
    m_client.ping(this, [this](Result<std::chrono::microseconds> roundTrip) {
        if (!roundTrip)
            return fail(roundTrip.error().toString());
        if (m_warmUpLeft > 0)
            --m_warmUpLeft;
        else
            m_samples.push_back(roundTrip.value().count());
        if (static_cast<int>(m_samples.size()) < kMeasuredPings)
            pingNext();
        else
            report();
    });
}

void RoundTripBench::report()
{
    std::vector<qint64> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const double mean = static_cast<double>(std::accumulate(sorted.begin(), sorted.end(), qint64(0)))
        / static_cast<double>(sorted.size());
    const QByteArray address = m_client.address()->toString().toUtf8();
    std::printf("link %s (%s)\n", qPrintable(m_link), address.constData());
    std::printf("connect (open + Hello): %lld us\n", static_cast<long long>(m_connectMicroseconds));
    std::printf("ping round trip, %zu sequential pings after %d warm-up: median %lld us, p99 %lld us, "
                "min %lld us, max %lld us, mean %.0f us\n",
        sorted.size(), kWarmUpPings, static_cast<long long>(percentile(sorted, 0.5)),
        static_cast<long long>(percentile(sorted, 0.99)), static_cast<long long>(sorted.front()),
        static_cast<long long>(sorted.back()), mean);
    finish(EXIT_SUCCESS);
}

void RoundTripBench::fail(const QString& why)
{
    if (m_done)
        return;
    std::fprintf(stderr, "bench_roundtrip: %s\n", qPrintable(why));
    finish(EXIT_FAILURE);
}

void RoundTripBench::finish(int exitCode)
{
    m_done = true;
    m_watchdog.stop();
    m_client.disconnectFromDevice();
    m_sim.disconnect(this);
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
    }
    Q_EMIT finished(exitCode);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_roundtrip"_s);
    const QStringList arguments = QCoreApplication::arguments();
    RoundTripBench bench(arguments.value(1, u"pty"_s));
    QObject::connect(&bench, &RoundTripBench::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &bench, &RoundTripBench::start);
    return QCoreApplication::exec();
}

#include "bench_roundtrip.moc"
