#pragma once

#include "Transport.h"

#include <QSerialPort>

namespace iotpro {

/// USB CDC-ACM (or any tty, a pseudo-terminal included) through QSerialPort.
class SerialTransport final : public Transport
{
    Q_OBJECT

public:
    explicit SerialTransport(const QString& portPath, QObject* parent = nullptr);
    ~SerialTransport() override;

    DeviceAddress address() const override;
    void open() override;
    void close() override;
    void write(const QByteArray& bytes) override;

private:
    void onError(QSerialPort::SerialPortError error);

    QString m_portPath; ///< as the user named it; QSerialPort::portName() drops "/dev/"
    QSerialPort m_port;
};

} // namespace iotpro
