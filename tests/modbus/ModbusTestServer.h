#pragma once

#include <QList>
#include <QtGlobal>

#include <atomic>
#include <thread>

struct _modbus;
struct _modbus_mapping_t;

/// A libmodbus TCP server on 127.0.0.1 for the client's tests, serving one connection at a time
/// on a thread of its own. It answers unit `answeredUnit` from its register mapping (libmodbus's
/// own replies and exceptions) and leaves every other unit id without an answer.
class ModbusTestServer
{
public:
    /// Input and holding registers 0 to `registers` - 1.
    explicit ModbusTestServer(int answeredUnit = 1, int registers = 256);
    ~ModbusTestServer();

    /// Listens on a free port; false when it cannot.
    bool start();
    quint16 port() const { return m_port; }

    /// Sets registers before start() (the server thread owns them afterwards).
    void setInputRegisters(int address, const QList<quint16>& words);
    QList<quint16> holdingRegisters(int address, int count) const;

private:
    void serve();

    int m_answeredUnit;
    _modbus* m_context = nullptr;
    _modbus_mapping_t* m_mapping = nullptr;
    int m_listenSocket = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};
