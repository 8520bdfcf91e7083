#pragma once

#include "Transport.h"

#include <QTcpSocket>
#include <QTimer>

namespace iotpro {

/// The module protocol over TCP: the virtual module, or a module behind a serial server.
class TcpTransport final : public Transport
{
    Q_OBJECT

public:
    TcpTransport(const QString& host, quint16 port, QObject* parent = nullptr);

    DeviceAddress address() const override;
    void open() override;
    void close() override;
    void write(const QByteArray& bytes) override;

private:
    void onError(QAbstractSocket::SocketError error);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_connectTimer;
};

} // namespace iotpro
