#include "VirtualModuleLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace iotpro {

Q_LOGGING_CATEGORY(lcVirtualModule, "iotpro.device.virtual")

namespace {

/// The first line is one device address; anything longer is not what iotpro-sim prints.
constexpr qint64 kMaxAddressLineLength = 1024;
/// SIGTERM ends the virtual module at once; the bound only matters if it hangs.
constexpr int kTerminateGraceMs = 2000;
constexpr int kKillGraceMs = 1000;

} // namespace

VirtualModuleLauncher::VirtualModuleLauncher(QString program, QString stateDirectory, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_stateDirectory(std::move(stateDirectory))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_startupTimer.setSingleShot(true);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &VirtualModuleLauncher::onStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &VirtualModuleLauncher::onStandardError);
    connect(&m_process, &QProcess::errorOccurred, this, &VirtualModuleLauncher::onProcessError);
    connect(&m_process, &QProcess::finished, this, &VirtualModuleLauncher::onFinished);
    connect(&m_startupTimer, &QTimer::timeout, this, [this] {
        fail(Error { ErrorKind::Timeout, tr("The virtual module did not start"),
            tr("It did not report its address within %1 s.")
                .arg(QLocale().toString(static_cast<double>(m_startupTimeout.count()) / 1000.0, 'g', 3)) });
    });
}

VirtualModuleLauncher::~VirtualModuleLauncher()
{
    // No signals from a half-destroyed object: end the child quietly.
    m_process.disconnect(this);
    stop();
}

QString VirtualModuleLauncher::bundledProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("iotpro-sim"));
}

QString VirtualModuleLauncher::defaultStateDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("virtual-module"));
}

QString VirtualModuleLauncher::labelCode() const
{
    const qsizetype pop = m_extraArguments.lastIndexOf(QStringLiteral("--pop"));
    return pop >= 0 && pop + 1 < m_extraArguments.size() ? m_extraArguments.at(pop + 1)
                                                         : DefaultLabelCode.toString();
}

void VirtualModuleLauncher::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VirtualModuleLauncher::start()
{
    if (m_state != State::Stopped)
        return;
    m_address.reset();
    m_lastErrorLine.clear();
    m_stopRequested = false;
    setState(State::Starting);

    if (!QFileInfo(m_program).isExecutable()) {
        fail(Error { ErrorKind::OpenFailed, tr("Virtual module not found"),
            tr("%1 is missing or not executable. Reinstall IoT Pro Commissioner.")
                .arg(QDir::toNativeSeparators(m_program)) });
        return;
    }
    QStringList arguments { QStringLiteral("--pty"), QStringLiteral("--exit-on-stdin-eof"),
        QStringLiteral("--state-dir"), m_stateDirectory, QStringLiteral("--pop"), DefaultLabelCode.toString() };
    for (const QString& keyFile : std::as_const(m_trustedKeyFiles))
        arguments << QStringLiteral("--trust") << keyFile;
    m_process.setProgram(m_program);
    // The extra arguments come last: a --pop there wins, as labelCode() says.
    m_process.setArguments(arguments + m_extraArguments);
    qCDebug(lcVirtualModule) << "starting" << m_program << m_process.arguments();
    // Read-write: our end of its stdin stays open for as long as we live (--exit-on-stdin-eof).
    m_process.start(QIODevice::ReadWrite);
    m_startupTimer.start(m_startupTimeout);
}

void VirtualModuleLauncher::stop()
{
    m_startupTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_stopRequested = true;
        // A bounded synchronous wait keeps the life cycle simple: when stop() returns the
        // pseudo-terminal is gone and start() may run again.
        m_process.terminate();
        if (!m_process.waitForFinished(kTerminateGraceMs)) {
            qCWarning(lcVirtualModule) << "the virtual module ignored SIGTERM; killing it";
            m_process.kill();
            m_process.waitForFinished(kKillGraceMs);
        }
    }
    m_address.reset();
    setState(State::Stopped);
}

void VirtualModuleLauncher::onStandardOutput()
{
    if (m_state != State::Starting) {
        // Later lines name further endpoints; the first one is all we use.
        const QByteArray rest = m_process.readAllStandardOutput();
        qCDebug(lcVirtualModule) << "iotpro-sim:" << rest.trimmed();
        return;
    }
    if (!m_process.canReadLine()) {
        if (m_process.bytesAvailable() > kMaxAddressLineLength)
            fail(Error { ErrorKind::BadReply, tr("The virtual module did not start"),
                tr("It printed something other than its address.") });
        return;
    }
    const QString line = QString::fromUtf8(m_process.readLine(kMaxAddressLineLength)).trimmed();
    Result<DeviceAddress> address = DeviceAddress::parse(line);
    if (!address) {
        fail(Error { ErrorKind::BadReply, tr("The virtual module did not start"),
            tr("It printed \"%1\" instead of its address.").arg(line) });
        return;
    }
    m_startupTimer.stop();
    m_address = address.value();
    qCDebug(lcVirtualModule) << "serving on" << m_address->toString();
    setState(State::Running);
    Q_EMIT started(*m_address);
    if (m_process.bytesAvailable() > 0)
        onStandardOutput();
}

void VirtualModuleLauncher::onStandardError()
{
    const QList<QByteArray> lines = m_process.readAllStandardError().split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        qCInfo(lcVirtualModule) << "iotpro-sim:" << line;
        m_lastErrorLine = line.left(kMaxAddressLineLength);
    }
}

void VirtualModuleLauncher::onProcessError(QProcess::ProcessError error)
{
    // Every other error is followed by finished(), which reports it.
    if (error != QProcess::FailedToStart)
        return;
    fail(Error { ErrorKind::OpenFailed, tr("The virtual module did not start"),
        tr("%1 could not be started: %2").arg(QDir::toNativeSeparators(m_program), m_process.errorString()) });
}

void VirtualModuleLauncher::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    m_startupTimer.stop();
    onStandardError(); // its last words explain the exit
    if (m_state == State::Starting && m_process.bytesAvailable() > 0)
        onStandardOutput(); // what it printed just before it ended
    const State was = m_state;
    if (m_stopRequested || was == State::Stopped) {
        setState(State::Stopped);
        return;
    }
    QString detail = was == State::Starting
        ? tr("It ended before it was ready (%1).").arg(exitDescription(exitCode, exitStatus))
        : tr("It ended unexpectedly (%1).").arg(exitDescription(exitCode, exitStatus));
    if (!m_lastErrorLine.isEmpty())
        detail += u' ' + tr("It said: %1").arg(QString::fromUtf8(m_lastErrorLine));
    if (was == State::Starting)
        fail(Error { ErrorKind::OpenFailed, tr("The virtual module did not start"), detail });
    else
        fail(Error { ErrorKind::LinkLost, tr("The virtual module stopped"), detail });
}

QString VirtualModuleLauncher::exitDescription(int exitCode, QProcess::ExitStatus exitStatus) const
{
    return exitStatus == QProcess::CrashExit ? tr("it crashed or was killed") : tr("exit code %1").arg(exitCode);
}

void VirtualModuleLauncher::fail(const Error& error)
{
    qCWarning(lcVirtualModule).noquote() << error.toString();
    stop(); // a child that misbehaved at start must not linger
    Q_EMIT failed(error);
}

} // namespace iotpro
