#include "PtyEndpoint.h"

#include "ProtocolConnection.h"

#include <QLoggingCategory>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcPty, "iotpro.sim.pty", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t kReadChunkSize = 4096;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void closeIfOpen(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

PtyEndpoint::PtyEndpoint(const ModuleServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
{ }

PtyEndpoint::~PtyEndpoint()
{
    // Notifiers must go before the descriptors they watch.
    m_readNotifier.reset();
    m_writeNotifier.reset();
    closeIfOpen(m_slaveFd);
    closeIfOpen(m_masterFd);
}

bool PtyEndpoint::fail(const QString& what)
{
    m_errorString = tr("Cannot create a pseudo-terminal: %1 failed (%2).").arg(what, errnoText(errno));
    closeIfOpen(m_slaveFd);
    closeIfOpen(m_masterFd);
    return false;
}

bool PtyEndpoint::open()
{
    Q_ASSERT_X(m_masterFd < 0, "PtyEndpoint::open", "opened twice");
    m_masterFd = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m_masterFd < 0)
        return fail(u"posix_openpt"_s);
    if (::grantpt(m_masterFd) != 0)
        return fail(u"grantpt"_s);
    if (::unlockpt(m_masterFd) != 0)
        return fail(u"unlockpt"_s);
    char slavePath[PATH_MAX];
    if (const int error = ::ptsname_r(m_masterFd, slavePath, sizeof slavePath); error != 0) {
        errno = error;
        return fail(u"ptsname_r"_s);
    }
    m_slavePath = QString::fromLocal8Bit(slavePath);
    m_slaveFd = ::open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m_slaveFd < 0)
        return fail(u"open"_s);
    // Raw, like a USB CDC port: no echo, no line editing, no CR/LF translation, all 256 byte
    // values pass. Terminal settings belong to the slave, which clients then share.
    termios settings {};
    if (::tcgetattr(m_slaveFd, &settings) != 0)
        return fail(u"tcgetattr"_s);
    ::cfmakeraw(&settings);
    if (::tcsetattr(m_slaveFd, TCSANOW, &settings) != 0)
        return fail(u"tcsetattr"_s);
    if (::fcntl(m_masterFd, F_SETFL, ::fcntl(m_masterFd, F_GETFL) | O_NONBLOCK) != 0)
        return fail(u"fcntl"_s);

    m_connection = new ProtocolConnection(
        m_services, m_slavePath, [this] { return m_pendingOutput.size(); }, this);
    connect(m_connection, &ProtocolConnection::frameReady, this, &PtyEndpoint::writeToClient);
    m_readNotifier = std::make_unique<QSocketNotifier>(m_masterFd, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &PtyEndpoint::readFromClient);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_masterFd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &PtyEndpoint::flushOutput);
    qCDebug(lcPty) << "serving on" << m_slavePath;
    return true;
}

QString PtyEndpoint::address() const
{
    return u"serial:"_s + m_slavePath;
}

void PtyEndpoint::readFromClient()
{
    char buffer[kReadChunkSize];
    for (;;) {
        const ssize_t count = ::read(m_masterFd, buffer, sizeof buffer);
        if (count > 0) {
            m_connection->receive(QByteArrayView(buffer, count));
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // Not expected while m_slaveFd is open; stop watching rather than spin on it.
        qCWarning(lcPty) << "reading" << m_slavePath
                         << "failed:" << (count < 0 ? errnoText(errno) : u"end of file"_s);
        m_readNotifier->setEnabled(false);
        return;
    }
}

void PtyEndpoint::writeToClient(const QByteArray& frame)
{
    m_pendingOutput.append(frame);
    flushOutput();
}

void PtyEndpoint::flushOutput()
{
    while (!m_pendingOutput.isEmpty()) {
        const ssize_t count = ::write(
            m_masterFd, m_pendingOutput.constData(), static_cast<std::size_t>(m_pendingOutput.size()));
        if (count > 0) {
            m_pendingOutput.remove(0, count);
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            qCWarning(lcPty) << "writing" << m_slavePath << "failed:" << errnoText(errno);
            m_pendingOutput.clear();
        }
        break;
    }
    // Watch for room only while something waits, or the notifier would fire continuously.
    m_writeNotifier->setEnabled(!m_pendingOutput.isEmpty());
}

} // namespace iotpro::sim
