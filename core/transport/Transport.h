#pragma once

#include "DeviceAddress.h"
#include "common/Error.h"

#include <QByteArray>
#include <QObject>

#include <chrono>

namespace iotpro {

/// A byte-stream link to one module. Knows nothing of frames or messages.
///
/// Life cycle: open() -> opened() ... close() -> closed(). A failure to open or a link that
/// breaks emits errorOccurred() exactly once for that cycle, then closed(): an unplugged
/// cable is a state change with one error, never a storm of them.
class Transport : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Open };
    Q_ENUM(State)

    using QObject::QObject;
    ~Transport() override = default;

    virtual DeviceAddress address() const = 0;
    /// Request timeout that suits this link's latency.
    virtual std::chrono::milliseconds suggestedTimeout() const { return std::chrono::milliseconds(1000); }

    virtual void open() = 0;
    virtual void close() = 0;
    /// Queues bytes for sending; ignored unless the link is open.
    virtual void write(const QByteArray& bytes) = 0;

    State state() const { return m_state; }

Q_SIGNALS:
    void opened();
    void bytesReceived(const QByteArray& bytes);
    void errorOccurred(const iotpro::Error& error);
    void closed();

protected:
    /// For implementations: moves to `state` and emits opened()/closed() on the edges.
    void setState(State state);
    /// For implementations: reports `error` once and closes.
    void fail(const Error& error);

private:
    State m_state = State::Closed;
};

} // namespace iotpro
