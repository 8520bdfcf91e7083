#pragma once

#include "ModuleServices.h"

#include <QObject>
#include <QString>
#include <QTcpServer>

namespace iotpro::sim {

/// Serves the protocol on 127.0.0.1, one ProtocolConnection per client: the stand-in for a
/// module reached over the network, and a link that several tests can share.
class TcpEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit TcpEndpoint(const ModuleServices& services, QObject* parent = nullptr);

    /// Listens on `port` (0 = any free port); false on failure (see errorString()).
    bool listen(quint16 port);
    /// "tcp:127.0.0.1:PORT" with the real port, once listening.
    QString address() const;
    /// One line saying why listen() failed.
    const QString& errorString() const { return m_errorString; }

private:
    void acceptClients();

    const ModuleServices m_services;
    QTcpServer m_server;
    QString m_errorString;
};

} // namespace iotpro::sim
