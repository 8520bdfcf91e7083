#pragma once

#include <QObject>

namespace iotpro {
class DeviceClient;
namespace commissioning {
class CommissioningSession;
}
} // namespace iotpro

namespace iotpro::ui {

class ConnectionController;

/// Tells the commissioning session about the link as the connection controller sees it (a
/// module connected, the link gone) and reads the module's configuration whenever the session
/// wants it. Needs no widgets.
class WizardModuleLink : public QObject
{
    Q_OBJECT

public:
    WizardModuleLink(commissioning::CommissioningSession& session, ConnectionController& connection,
        DeviceClient& client, QObject* parent = nullptr);

private:
    void onConnectionChanged();
    void readModuleState();

    commissioning::CommissioningSession& m_session;
    ConnectionController& m_connection;
    DeviceClient& m_client;
    bool m_connected = false;
    /// Counts reads, so that only the answer to the latest one is taken.
    quint64 m_read = 0;
};

} // namespace iotpro::ui
