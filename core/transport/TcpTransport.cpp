#include "TcpTransport.h"

namespace iotpro {

namespace {
constexpr std::chrono::seconds kConnectTimeout(3);
} // namespace

TcpTransport::TcpTransport(const QString& host, quint16 port, QObject* parent)
    : Transport(parent)
    , m_host(host)
    , m_port(port)
{
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(kConnectTimeout);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Errors::make(ErrorKind::OpenFailed,
            tr("%1 did not accept a connection within %2 s.")
                .arg(address().toString())
                .arg(std::chrono::seconds(kConnectTimeout).count())));
    });
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_connectTimer.stop();
        setState(State::Open);
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { Q_EMIT bytesReceived(m_socket.readAll()); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::onError);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        fail(Errors::make(ErrorKind::LinkLost, tr("%1 closed the connection.").arg(address().toString())));
    });
}

DeviceAddress TcpTransport::address() const
{
    return DeviceAddress::tcp(m_host, m_port);
}

void TcpTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    m_connectTimer.start();
    m_socket.connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    m_connectTimer.stop();
    // Closed first so the socket's own disconnected() is not taken for a lost link.
    setState(State::Closed);
    m_socket.abort();
}

void TcpTransport::write(const QByteArray& bytes)
{
    if (state() == State::Open)
        m_socket.write(bytes);
}

void TcpTransport::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() reports it
    fail(Errors::make(state() == State::Open ? ErrorKind::LinkLost : ErrorKind::OpenFailed,
        tr("%1: %2.").arg(address().toString(), m_socket.errorString())));
}

} // namespace iotpro
