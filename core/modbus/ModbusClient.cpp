#include "ModbusClient.h"

#include "ModbusWorker.h"

#include <QDeadlineTimer>

namespace iotpro::modbus {

namespace {

// Longer than any one libmodbus request with its retries, so the worker ends cleanly.
constexpr int kStopWaitMs = 10000;

} // namespace

ModbusClient::ModbusClient(QObject* parent)
    : QObject(parent)
    , m_worker(new ModbusWorker)
{
    m_thread.setObjectName(QStringLiteral("modbus"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ModbusClient::openRequested, m_worker, &ModbusWorker::open);
    connect(this, &ModbusClient::readRequested, m_worker, &ModbusWorker::read);
    connect(this, &ModbusClient::writeRequested, m_worker, &ModbusWorker::write);
    connect(m_worker, &ModbusWorker::finished, this, &ModbusClient::onFinished);
    m_thread.start();
}

ModbusClient::~ModbusClient()
{
    m_thread.quit();
    m_thread.wait(QDeadlineTimer(kStopWaitMs));
}

quint64 ModbusClient::enqueue(QObject* context, Completion completion)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, { context, std::move(completion) });
    return id;
}

void ModbusClient::onFinished(quint64 id, const ModbusOutcome& outcome)
{
    m_stats = outcome.stats;
    const Pending pending = m_pending.take(id);
    if (pending.context && pending.completion)
        pending.completion(outcome);
}

void ModbusClient::open(const ModbusAddress& address, const ModbusTiming& timing, QObject* context, Callback<void> done)
{
    const quint64 id = enqueue(context, [done = std::move(done)](const ModbusOutcome& outcome) {
        done(outcome.error ? Result<void>(*outcome.error) : Result<void>());
    });
    Q_EMIT openRequested(id, address, timing, QPrivateSignal());
}

void ModbusClient::read(int unitId, const RegisterMap& map, const QList<RegisterDefinition>& definitions,
    QObject* context, Callback<RegisterValues> done)
{
    const quint64 id = enqueue(context, [done = std::move(done)](const ModbusOutcome& outcome) {
        done(outcome.error ? Result<RegisterValues>(*outcome.error) : Result<RegisterValues>(outcome.values));
    });
    Q_EMIT readRequested(
        id, ModbusReadRequest { unitId, definitions, map.maxRegistersPerRead, map.maxReadGap }, QPrivateSignal());
}

void ModbusClient::write(int unitId, const QList<RegisterWrite>& writes, QObject* context, Callback<void> done)
{
    const quint64 id = enqueue(context, [done = std::move(done)](const ModbusOutcome& outcome) {
        done(outcome.error ? Result<void>(*outcome.error) : Result<void>());
    });
    Q_EMIT writeRequested(id, ModbusWriteRequest { unitId, writes }, QPrivateSignal());
}

} // namespace iotpro::modbus
