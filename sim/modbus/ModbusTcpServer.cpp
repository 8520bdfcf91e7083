#include "ModbusTcpServer.h"

#include <modbus.h>

#include <QLoggingCategory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcModbusServer, "iotpro.sim.modbus", QtInfoMsg)

namespace {

constexpr int kBacklog = 4;

quint16 bigEndianWord(const quint8* bytes)
{
    return static_cast<quint16>((bytes[0] << 8) | bytes[1]);
}

} // namespace

void ModbusTcpServer::ContextDeleter::operator()(_modbus* context) const
{
    modbus_free(context);
}

ModbusTcpServer::ModbusTcpServer(QObject* parent)
    : QObject(parent)
{ }

ModbusTcpServer::~ModbusTcpServer()
{
    for (const auto& [socket, notifier] : m_clients)
        ::close(socket);
    m_clients.clear();
    m_listenNotifier.reset();
    if (m_listenSocket >= 0)
        ::close(m_listenSocket);
}

void ModbusTcpServer::addUnit(int unitId, ModbusUnit& unit)
{
    m_units[unitId] = &unit;
}

bool ModbusTcpServer::listen(quint16 port)
{
    m_context.reset(modbus_new_tcp("127.0.0.1", port));
    if (m_context)
        m_listenSocket = modbus_tcp_listen(m_context.get(), kBacklog);
    if (!m_context || m_listenSocket < 0) {
        m_errorString = tr("cannot serve Modbus TCP on 127.0.0.1:%1: %2")
                            .arg(port)
                            .arg(QString::fromLocal8Bit(modbus_strerror(errno)));
        return false;
    }
    sockaddr_in bound {};
    socklen_t length = sizeof(bound);
    ::getsockname(m_listenSocket, reinterpret_cast<sockaddr*>(&bound), &length);
    m_port = ntohs(bound.sin_port);
    m_listenNotifier = std::make_unique<QSocketNotifier>(m_listenSocket, QSocketNotifier::Read);
    connect(m_listenNotifier.get(), &QSocketNotifier::activated, this, &ModbusTcpServer::accept);
    return true;
}

QString ModbusTcpServer::address() const
{
    return QStringLiteral("modbus-tcp:127.0.0.1:%1").arg(m_port);
}

void ModbusTcpServer::accept()
{
    int listening = m_listenSocket;
    const int socket = modbus_tcp_accept(m_context.get(), &listening);
    if (socket < 0)
        return;
    qCDebug(lcModbusServer) << "client connected on socket" << socket;
    auto notifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    connect(notifier.get(), &QSocketNotifier::activated, this, [this, socket] { serve(socket); });
    m_clients[socket] = std::move(notifier);
}

void ModbusTcpServer::drop(int socket)
{
    qCDebug(lcModbusServer) << "client on socket" << socket << "gone";
    // Deleting a notifier from its own signal is allowed once it is disabled.
    if (const auto it = m_clients.find(socket); it != m_clients.end()) {
        it->second->setEnabled(false);
        it->second.release()->deleteLater();
        m_clients.erase(it);
    }
    ::close(socket);
}

int ModbusTcpServer::screen(ModbusUnit& unit, const quint8* request, int length) const
{
    const int header = modbus_get_header_length(m_context.get());
    const quint8 function = request[header];
    switch (function) {
    case MODBUS_FC_READ_HOLDING_REGISTERS:
    case MODBUS_FC_READ_INPUT_REGISTERS:
        return 0;
    case MODBUS_FC_WRITE_SINGLE_REGISTER:
        return unit.checkWrite(bigEndianWord(request + header + 1), { bigEndianWord(request + header + 3) });
    case MODBUS_FC_WRITE_MULTIPLE_REGISTERS: {
        const int count = bigEndianWord(request + header + 3);
        // Function, address, count, byte count, then the values.
        const int values = header + 6;
        if (values + 2 * count > length)
            return kModbusIllegalDataValue;
        QList<quint16> words;
        for (int i = 0; i < count; ++i)
            words.append(bigEndianWord(request + values + 2 * i));
        return unit.checkWrite(bigEndianWord(request + header + 1), words);
    }
    default:
        return MODBUS_EXCEPTION_ILLEGAL_FUNCTION;
    }
}

void ModbusTcpServer::serve(int socket)
{
    modbus_t* context = m_context.get();
    modbus_set_socket(context, socket);
    std::array<quint8, MODBUS_TCP_MAX_ADU_LENGTH> request {};
    const int length = modbus_receive(context, request.data());
    if (length < 0)
        return drop(socket);
    if (length == 0)
        return;
    const int header = modbus_get_header_length(context);
    const int unitId = request[std::size_t(header - 1)];
    const auto found = m_units.find(unitId);
    if (found == m_units.end()) {
        modbus_reply_exception(context, request.data(), MODBUS_EXCEPTION_GATEWAY_TARGET);
        return;
    }
    ModbusUnit& unit = *found->second;
    if (const int exception = screen(unit, request.data(), length); exception != 0) {
        modbus_reply_exception(context, request.data(), static_cast<unsigned int>(exception));
        return;
    }
    const quint8 function = request[std::size_t(header)];
    modbus_reply(context, request.data(), length, unit.registersNow().mapping());
    if (function == MODBUS_FC_WRITE_SINGLE_REGISTER || function == MODBUS_FC_WRITE_MULTIPLE_REGISTERS)
        unit.written();
}

} // namespace iotpro::sim
