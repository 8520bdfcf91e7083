#pragma once

#include "common/Error.h"
#include "transport/DeviceAddress.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>
#include <optional>

namespace iotpro {

/// Runs the virtual module (`iotpro-sim --pty`) as a child process and reports the address it
/// serves on. The child ends when this launcher stops it or is destroyed; because it runs with
/// --exit-on-stdin-eof it also ends if this process dies without cleaning up.
class VirtualModuleLauncher : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running };
    Q_ENUM(State)

    /// `program` is the iotpro-sim executable; `stateDirectory` where it keeps its state.
    VirtualModuleLauncher(QString program, QString stateDirectory, QObject* parent = nullptr);
    ~VirtualModuleLauncher() override;

    /// iotpro-sim next to the running application, as the build and the installers place it.
    static QString bundledProgram();
    /// <AppDataLocation>/virtual-module: needs the application's name to be set.
    static QString defaultStateDirectory();

    State state() const { return m_state; }
    /// Valid while Running.
    std::optional<DeviceAddress> address() const { return m_address; }
    /// The child's process id while it runs, else 0.
    qint64 processId() const { return m_process.processId(); }

    /// Further iotpro-sim arguments for the next start (a scenario, injected faults).
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }

    /// The code on the virtual module's label (docs/simulator.md), unless the extra arguments
    /// give another with --pop.
    static constexpr QStringView DefaultLabelCode = u"7391-2204";
    /// The label code of the virtual module as started: a real module has it on its label.
    QString labelCode() const;
    /// Public key files (FILE.pub) the virtual module enrols as configuration signers when it
    /// starts, as production enrols a real module's: the user's own signing keys, so that it
    /// accepts configurations they sign. Takes effect at the next start.
    void setTrustedKeyFiles(const QStringList& files) { m_trustedKeyFiles = files; }
    const QStringList& trustedKeyFiles() const { return m_trustedKeyFiles; }

    /// How long the child may take to print its address; default 10 s.
    void setStartupTimeout(std::chrono::milliseconds timeout) { m_startupTimeout = timeout; }

    /// Starts the child; ends in started() or failed() (at once if the program is missing).
    /// Does nothing unless Stopped.
    void start();
    /// Ends the child (SIGTERM, then SIGKILL if it hangs) and returns once it is gone. A stop
    /// is not a failure: failed() is not emitted.
    void stop();

Q_SIGNALS:
    void stateChanged(iotpro::VirtualModuleLauncher::State state);
    /// The virtual module is serving on `address`.
    void started(const iotpro::DeviceAddress& address);
    /// It could not start, or it ended without being asked to. Emitted once per start().
    void failed(const iotpro::Error& error);

private:
    void setState(State state);
    void onStandardOutput();
    void onStandardError();
    void onProcessError(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void fail(const Error& error);
    QString exitDescription(int exitCode, QProcess::ExitStatus exitStatus) const;

    const QString m_program;
    const QString m_stateDirectory;
    QStringList m_extraArguments;
    QStringList m_trustedKeyFiles;
    QProcess m_process;
    QTimer m_startupTimer;
    std::chrono::milliseconds m_startupTimeout { 10000 };
    State m_state = State::Stopped;
    std::optional<DeviceAddress> m_address;
    QByteArray m_lastErrorLine;
    bool m_stopRequested = false;
};

} // namespace iotpro
