#include "SerialTransport.h"

#include <QLoggingCategory>
#include <QTimer>

namespace iotpro {

Q_LOGGING_CATEGORY(lcSerial, "iotpro.transport.serial", QtInfoMsg)

namespace {
// The module's USB CDC-ACM port ignores line settings; these suit a USB-UART bridge too.
constexpr qint32 kBaudRate = 115200;
} // namespace

SerialTransport::SerialTransport(const QString& portPath, QObject* parent)
    : Transport(parent)
    , m_portPath(portPath)
{
    m_port.setPortName(portPath);
    connect(&m_port, &QSerialPort::readyRead, this, [this] { Q_EMIT bytesReceived(m_port.readAll()); });
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialTransport::onError);
}

SerialTransport::~SerialTransport()
{
    m_port.close();
}

DeviceAddress SerialTransport::address() const
{
    return DeviceAddress::serial(m_portPath);
}

void SerialTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    // Report the outcome from the event loop so callers see the same order on every link.
    QTimer::singleShot(0, this, [this] {
        if (state() != State::Opening)
            return;
        if (!m_port.open(QIODevice::ReadWrite)) {
            return; // onError() has reported it
        }
        m_port.setBaudRate(kBaudRate);
        m_port.setDataBits(QSerialPort::Data8);
        m_port.setParity(QSerialPort::NoParity);
        m_port.setStopBits(QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        m_port.clear();
        qCDebug(lcSerial) << "opened" << m_portPath;
        setState(State::Open);
    });
}

void SerialTransport::close()
{
    if (m_port.isOpen())
        m_port.close();
    setState(State::Closed);
}

void SerialTransport::write(const QByteArray& bytes)
{
    if (state() == State::Open)
        m_port.write(bytes);
}

void SerialTransport::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    const QString where = address().toString();
    qCDebug(lcSerial) << "error" << error << m_port.errorString();
    if (state() == State::Open) {
        // Once open, whatever the OS calls it (EIO, ENODEV, EACCES…), the port went away.
        fail(Errors::make(ErrorKind::LinkLost,
            tr("%1 went away: the cable was pulled or the module restarted. Check the USB cable, then "
               "reconnect.")
                .arg(where)));
        return;
    }
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        fail(Errors::make(ErrorKind::OpenFailed,
            tr("%1 does not exist. Check the USB cable and pick the port again.").arg(where)));
        break;
    case QSerialPort::PermissionError:
        fail(Errors::make(ErrorKind::OpenFailed,
            tr("%1 is in use by another program or you lack permission (add yourself to the "
               "\"dialout\" group and log in again).")
                .arg(where)));
        break;
    case QSerialPort::OpenError:
        fail(Errors::make(ErrorKind::OpenFailed, tr("%1 is already open.").arg(where)));
        break;
    default:
        fail(Errors::make(ErrorKind::OpenFailed,
            tr("%1: %2. Check the USB cable and that the module is powered.")
                .arg(where, m_port.errorString())));
        break;
    }
}

} // namespace iotpro
