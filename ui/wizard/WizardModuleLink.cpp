#include "WizardModuleLink.h"

#include "ConnectionController.h"
#include "commissioning/CommissioningSession.h"
#include "device/ConfigRequests.h"

namespace iotpro::ui {

WizardModuleLink::WizardModuleLink(commissioning::CommissioningSession& session,
    ConnectionController& connection, DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_connection(connection)
    , m_client(client)
{
    connect(&m_connection, &ConnectionController::stateChanged, this, &WizardModuleLink::onConnectionChanged);
    connect(&m_session, &commissioning::CommissioningSession::moduleStateWanted, this,
        &WizardModuleLink::readModuleState);
    onConnectionChanged();
}

void WizardModuleLink::onConnectionChanged()
{
    const bool connected = m_connection.phase() == ConnectionPhase::Connected && m_connection.deviceInfo();
    if (connected == m_connected)
        return;
    m_connected = connected;
    ++m_read; // an answer still on its way belongs to the link before
    if (connected)
        m_session.linkUp(*m_connection.deviceInfo());
    else
        m_session.linkDown();
}

void WizardModuleLink::readModuleState()
{
    if (!m_connected)
        return;
    const quint64 read = ++m_read;
    ConfigRequests(m_client).read(this, [this, read](Result<ConfigState> state) {
        if (read != m_read)
            return;
        if (state)
            m_session.moduleStateRead(state.value());
        else
            m_session.moduleStateReadFailed(state.error());
    });
}

} // namespace iotpro::ui
