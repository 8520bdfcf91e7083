#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace iotpro::sim {

/// Reports the end of standard input, for launchers that end the module by closing the pipe
/// they gave it. Whatever arrives on standard input is read and ignored.
class StdinEofWatcher : public QObject
{
    Q_OBJECT

public:
    /// A closed standard input reports endOfInput() from the event loop at once.
    explicit StdinEofWatcher(QObject* parent = nullptr);

Q_SIGNALS:
    void endOfInput();

private:
    void readInput();
    void finish();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace iotpro::sim
