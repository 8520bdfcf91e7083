#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A real `iotpro-sim` for integration tests: started with a private state directory,
/// its first stdout line taken as the address to connect to.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();

    /// Starts `iotpro-sim --pty ARGS…` (or with the given args verbatim if they name an
    /// endpoint) and waits for its address line; false with failureReason() otherwise.
    bool start(const QStringList& args = {});
    /// SIGKILL: the cable pulled, or a power cut.
    void kill();
    /// SIGTERM and wait; the simulator's exit code.
    int terminate();

    const QString& address() const { return m_address; }
    /// Lines after the first (other endpoints).
    const QStringList& extraLines() const { return m_extraLines; }
    QString stateDir() const { return m_stateDir.path(); }
    QString failureReason() const { return m_failure; }
    QProcess& process() { return m_process; }

private:
    QTemporaryDir m_stateDir;
    QProcess m_process;
    QString m_address;
    QStringList m_extraLines;
    QString m_failure;
};

/// Path of a program built into the project's bin directory.
QString binaryPath(const QString& name);

/// The environment for the project's programs run by a test: no display and no platform chosen
/// (as on a production PC's SSH session or in CI), and a data and config home of this test run,
/// so no job history or key store of the user's is read or written.
QProcessEnvironment headlessEnvironment();

/// Runs a program to completion with a hang guard; `standardInput` is written to it and
/// closed; stdout/stderr collected. A program that hung or crashed has exitCode -1.
struct ProgramRun
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};
ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 15000,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
    const QByteArray& standardInput = {});
