#include "TcpEndpoint.h"

#include "ProtocolConnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcTcp, "iotpro.sim.tcp", QtInfoMsg)

using namespace Qt::StringLiterals;

TcpEndpoint::TcpEndpoint(const ModuleServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpEndpoint::acceptClients);
}

bool TcpEndpoint::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        m_errorString
            = tr("Cannot listen on 127.0.0.1:%1: %2.").arg(QString::number(port), m_server.errorString());
        return false;
    }
    qCDebug(lcTcp) << "serving on port" << m_server.serverPort();
    return true;
}

QString TcpEndpoint::address() const
{
    return u"tcp:127.0.0.1:"_s + QString::number(m_server.serverPort());
}

void TcpEndpoint::acceptClients()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        const QString peerName
            = u"tcp:"_s + socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
        qCDebug(lcTcp) << "client" << peerName << "connected";
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // The connection is the socket's child: both go, its live stream too, when the client
        // disconnects.
        auto* connection = new ProtocolConnection(
            m_services, peerName, [socket] { return socket->bytesToWrite(); }, socket);
        connect(socket, &QTcpSocket::readyRead, connection,
            [socket, connection] { connection->receive(socket->readAll()); });
        connect(connection, &ProtocolConnection::frameReady, socket,
            [socket](const QByteArray& frame) { socket->write(frame); });
        connect(socket, &QTcpSocket::disconnected, socket, [socket, peerName] {
            qCDebug(lcTcp) << "client" << peerName << "disconnected";
            socket->deleteLater();
        });
    }
}

} // namespace iotpro::sim
