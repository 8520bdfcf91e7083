#include "StdinEofWatcher.h"

#include <QLoggingCategory>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcStdin, "iotpro.sim.stdin", QtInfoMsg)

StdinEofWatcher::StdinEofWatcher(QObject* parent)
    : QObject(parent)
{
    if (::fcntl(STDIN_FILENO, F_GETFD) < 0) {
        QTimer::singleShot(0, this, &StdinEofWatcher::finish);
        return;
    }
    // Standard input stays blocking (O_NONBLOCK would change it for the parent too); a single
    // read per readiness notification cannot block.
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StdinEofWatcher::readInput);
}

void StdinEofWatcher::readInput()
{
    char buffer[512];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count > 0 || (count < 0 && (errno == EINTR || errno == EAGAIN)))
        return;
    finish();
}

void StdinEofWatcher::finish()
{
    qCDebug(lcStdin) << "standard input ended";
    if (m_notifier)
        m_notifier->setEnabled(false);
    Q_EMIT endOfInput();
}

} // namespace iotpro::sim
