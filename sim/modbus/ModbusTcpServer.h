#pragma once

#include "ModbusUnit.h"

#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <map>
#include <memory>

struct _modbus;

namespace iotpro::sim {

/// The simulator's Modbus TCP port on 127.0.0.1: a libmodbus server that answers each unit id
/// from its ModbusUnit and anything else with exception 0B (gateway target failed to respond),
/// as a Modbus gateway does.
///
/// It runs on the Qt event loop, woken by QSocketNotifier, not on a thread of its own: the
/// registers are the metering engine's and the test source's, which live on the main thread,
/// so a server thread would need locks around both. A request on loopback arrives whole, so
/// libmodbus's receive never waits long on the loop.
class ModbusTcpServer : public QObject
{
    Q_OBJECT

public:
    explicit ModbusTcpServer(QObject* parent = nullptr);
    ~ModbusTcpServer() override;

    /// Serves `unit` (which must outlive the server) as `unitId`.
    void addUnit(int unitId, ModbusUnit& unit);
    /// Listens on 127.0.0.1:`port`; 0 picks a free port. False with errorString() otherwise.
    bool listen(quint16 port);
    /// modbus-tcp:127.0.0.1:PORT
    QString address() const;
    const QString& errorString() const { return m_errorString; }

private:
    struct ContextDeleter
    {
        void operator()(_modbus* context) const;
    };

    void accept();
    void serve(int socket);
    void drop(int socket);
    /// 0 to serve the request, or the exception code to refuse it with.
    int screen(ModbusUnit& unit, const quint8* request, int length) const;

    std::unique_ptr<_modbus, ContextDeleter> m_context;
    std::map<int, ModbusUnit*> m_units;
    int m_listenSocket = -1;
    quint16 m_port = 0;
    std::unique_ptr<QSocketNotifier> m_listenNotifier;
    std::map<int, std::unique_ptr<QSocketNotifier>> m_clients;
    QString m_errorString;
};

} // namespace iotpro::sim
