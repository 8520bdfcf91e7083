#include "ModbusTestServer.h"

#include <modbus.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kPollMs = 50;

/// Waits until `socket` is readable or the server is told to stop.
bool waitReadable(int socket, const std::atomic<bool>& stop)
{
    while (!stop) {
        pollfd descriptor { socket, POLLIN, 0 };
        const int ready = ::poll(&descriptor, 1, kPollMs);
        if (ready > 0)
            return true;
        if (ready < 0)
            return false;
    }
    return false;
}

} // namespace

ModbusTestServer::ModbusTestServer(int answeredUnit, int registers)
    : m_answeredUnit(answeredUnit)
    , m_context(modbus_new_tcp("127.0.0.1", 0))
    , m_mapping(modbus_mapping_new(0, 0, registers, registers))
{ }

ModbusTestServer::~ModbusTestServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenSocket >= 0)
        ::close(m_listenSocket);
    modbus_mapping_free(m_mapping);
    modbus_close(m_context);
    modbus_free(m_context);
}

bool ModbusTestServer::start()
{
    m_listenSocket = modbus_tcp_listen(m_context, 1);
    if (m_listenSocket < 0)
        return false;
    sockaddr_in bound {};
    socklen_t length = sizeof(bound);
    if (::getsockname(m_listenSocket, reinterpret_cast<sockaddr*>(&bound), &length) != 0)
        return false;
    m_port = ntohs(bound.sin_port);
    m_thread = std::thread([this] { serve(); });
    return true;
}

void ModbusTestServer::setInputRegisters(int address, const QList<quint16>& words)
{
    for (qsizetype i = 0; i < words.size(); ++i)
        m_mapping->tab_input_registers[address + i] = words.at(i);
}

QList<quint16> ModbusTestServer::holdingRegisters(int address, int count) const
{
    QList<quint16> words;
    for (int i = 0; i < count; ++i)
        words.append(m_mapping->tab_registers[address + i]);
    return words;
}

void ModbusTestServer::serve()
{
    const int headerLength = modbus_get_header_length(m_context);
    while (!m_stop) {
        if (!waitReadable(m_listenSocket, m_stop))
            return;
        int listening = m_listenSocket;
        if (modbus_tcp_accept(m_context, &listening) < 0)
            continue;
        std::array<uint8_t, MODBUS_TCP_MAX_ADU_LENGTH> request {};
        while (waitReadable(modbus_get_socket(m_context), m_stop)) {
            const int length = modbus_receive(m_context, request.data());
            if (length < 0)
                break; // the client went
            if (length == 0)
                continue;
            if (request[std::size_t(headerLength - 1)] == m_answeredUnit)
                modbus_reply(m_context, request.data(), length, m_mapping);
        }
        ::close(modbus_get_socket(m_context));
    }
}
