#include "SimProcess.h"

#include <QDeadlineTimer>

QString binaryPath(const QString& name)
{
    return QStringLiteral(IOTPRO_BIN_DIR) + u'/' + name;
}

QProcessEnvironment headlessEnvironment()
{
    static const QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_qs);
    env.remove(u"WAYLAND_DISPLAY"_qs);
    env.remove(u"QT_QPA_PLATFORM"_qs);
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    return env;
}

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool SimProcess::start(const QStringList& args)
{
    QStringList arguments = args;
    if (!arguments.contains(u"--pty") && !arguments.contains(u"--tcp"))
        arguments.prepend(u"--pty"_qs);
    if (!arguments.contains(u"--state-dir"))
        arguments << u"--state-dir"_qs << m_stateDir.path();
    m_process.setProgram(binaryPath(u"iotpro-sim"_qs));
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_failure = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_failure = u"iotpro-sim printed no address: "_qs + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    m_address = QString::fromUtf8(m_process.readLine()).trimmed();
    // Give later endpoint lines a moment; they are printed right after the first.
    m_process.waitForReadyRead(100);
    m_extraLines.clear(); // a restarted module prints its endpoints anew
    while (m_process.canReadLine())
        m_extraLines << QString::fromUtf8(m_process.readLine()).trimmed();
    return true;
}

void SimProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

int SimProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs,
    const QProcessEnvironment& environment, const QByteArray& standardInput)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    process.write(standardInput);
    process.closeWriteChannel();
    ProgramRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished)
        process.kill();
    process.waitForFinished(1000);
    run.exitCode = run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
