#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace iotpro::sim {

/// Turns SIGTERM and SIGINT into terminationRequested() on the event loop, where it is safe
/// to quit cleanly (a signal handler may do almost nothing). Also ignores SIGPIPE, so that
/// writing to a peer that went away is an error return, not the end of the process.
/// One instance at a time: the process has one set of signal handlers.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    /// Restores the default handlers.
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void drainSignals();

    /// Self-pipe: the handler writes the signal number to [1], the notifier reads [0].
    int m_sockets[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace iotpro::sim
