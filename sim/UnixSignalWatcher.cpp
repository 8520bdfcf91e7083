#include "UnixSignalWatcher.h"

#include <QLoggingCategory>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcSignals, "iotpro.sim.signals", QtInfoMsg)

namespace {

constexpr std::array kTerminationSignals { SIGTERM, SIGINT };

// The one thing a signal handler can reach: the write end of the active watcher's self-pipe.
volatile std::sig_atomic_t g_signalWriteFd = -1;

extern "C" void forwardSignal(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Nothing useful can be done if the pipe is full: a termination is already queued then.
    [[maybe_unused]] const ssize_t written = ::write(g_signalWriteFd, &byte, 1);
    errno = savedErrno;
}

void setHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject* parent)
    : QObject(parent)
{
    Q_ASSERT_X(g_signalWriteFd < 0, "UnixSignalWatcher", "only one watcher may exist at a time");
    setHandler(SIGPIPE, SIG_IGN);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, m_sockets) != 0) {
        qCWarning(lcSignals) << "cannot watch SIGTERM and SIGINT, socketpair failed:" << std::strerror(errno);
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_sockets[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &UnixSignalWatcher::drainSignals);
    g_signalWriteFd = m_sockets[1];
    for (const int signalNumber : kTerminationSignals)
        setHandler(signalNumber, forwardSignal);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    if (!m_notifier)
        return;
    for (const int signalNumber : kTerminationSignals)
        setHandler(signalNumber, SIG_DFL);
    g_signalWriteFd = -1;
    m_notifier.reset();
    ::close(m_sockets[0]);
    ::close(m_sockets[1]);
}

void UnixSignalWatcher::drainSignals()
{
    unsigned char signalNumbers[16];
    ssize_t count = 0;
    while ((count = ::read(m_sockets[0], signalNumbers, sizeof signalNumbers)) > 0) {
        for (ssize_t i = 0; i < count; ++i) {
            qCDebug(lcSignals) << "received signal" << signalNumbers[i];
            Q_EMIT terminationRequested(signalNumbers[i]);
        }
    }
}

} // namespace iotpro::sim
