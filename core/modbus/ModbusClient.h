#pragma once

#include "ModbusTypes.h"
#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace iotpro::modbus {

class ModbusWorker;

/// A Modbus RTU or TCP client for the GUI thread: libmodbus blocks, so it runs on a worker
/// thread of this object's own, reached through queued signals; every call returns at once
/// and its callback runs later on the caller's thread, in the order the requests were made.
/// A callback is dropped when its context object is gone.
class ModbusClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ModbusClient(QObject* parent = nullptr);
    /// Stops the worker thread once the request it is serving ends (a bounded wait).
    ~ModbusClient() override;

    /// Opens the link to `address` (a later open replaces it).
    void open(const ModbusAddress& address, const ModbusTiming& timing, QObject* context, Callback<void> done);
    /// Reads `definitions` from unit `unitId` in as few requests as `map`'s limits allow.
    void read(int unitId, const RegisterMap& map, const QList<RegisterDefinition>& definitions, QObject* context,
        Callback<RegisterValues> done);
    /// Writes `writes` to unit `unitId`: consecutive registers in one request (function 16).
    void write(int unitId, const QList<RegisterWrite>& writes, QObject* context, Callback<void> done);

    /// The link's statistics as of the last finished request.
    const ModbusStats& stats() const { return m_stats; }

Q_SIGNALS:
    // To the worker thread only; use the functions above.
    void openRequested(quint64 id, const iotpro::modbus::ModbusAddress& address,
        const iotpro::modbus::ModbusTiming& timing, QPrivateSignal);
    void readRequested(quint64 id, const iotpro::modbus::ModbusReadRequest& request, QPrivateSignal);
    void writeRequested(quint64 id, const iotpro::modbus::ModbusWriteRequest& request, QPrivateSignal);

private:
    using Completion = std::function<void(const ModbusOutcome&)>;
    quint64 enqueue(QObject* context, Completion completion);
    void onFinished(quint64 id, const ModbusOutcome& outcome);

    struct Pending
    {
        QPointer<QObject> context;
        Completion completion;
    };

    QThread m_thread;
    ModbusWorker* m_worker = nullptr; ///< owned by m_thread: deleted when it finishes
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    ModbusStats m_stats;
};

} // namespace iotpro::modbus
