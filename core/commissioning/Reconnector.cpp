#include "Reconnector.h"

#include "device/DeviceClient.h"

#include <QTimer>

namespace iotpro::commissioning {

Reconnector::Reconnector(DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void Reconnector::start(std::chrono::milliseconds window)
{
    m_deadline = QDeadlineTimer(window);
    if (!m_client.address()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT gaveUp(Errors::make(ErrorKind::NotConnected, tr("There is no module address to connect to.")));
        });
        return;
    }
    m_client.disconnectFromDevice();
    connect(&m_client, &DeviceClient::connected, this, [this] { Q_EMIT reconnected(); });
    connect(&m_client, &DeviceClient::connectionFailed, this, [this](const Error& error) {
        if (m_deadline.hasExpired())
            Q_EMIT gaveUp(error);
        else
            QTimer::singleShot(RetryInterval, this, &Reconnector::attempt);
    });
    attempt();
}

void Reconnector::attempt()
{
    m_client.connectToDevice(*m_client.address());
}

} // namespace iotpro::commissioning
