#include "IoMonitor.h"

#include "device/CheckRequests.h"

#include <QTimer>

namespace iotpro::commissioning {

IoMonitor::IoMonitor(DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void IoMonitor::start()
{
    stop();
    m_poll = new QObject(this);
    read();
}

void IoMonitor::stop()
{
    delete m_poll;
}

void IoMonitor::read()
{
    CheckRequests(m_client).ioRead(m_poll, [this](Result<IoState> state) {
        if (!state) {
            stop();
            return Q_EMIT failed(state.error());
        }
        Q_EMIT ioState(state.value());
        if (m_poll)
            QTimer::singleShot(PollInterval, m_poll, [this] { read(); });
    });
}

} // namespace iotpro::commissioning
